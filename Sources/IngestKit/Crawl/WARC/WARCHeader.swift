/// The header block of one WARC record (`WARC/1.1`, then `Name: value` lines), with the
/// fields a reader needs by name. Field names are matched without regard to case.
struct WARCHeader: Sendable, Equatable {
    /// The version line's version (`1.0`, `1.1`).
    var version: String
    /// The fields in order, continuation lines joined to their field.
    var fields: [(name: String, value: String)]

    static func == (lhs: WARCHeader, rhs: WARCHeader) -> Bool {
        lhs.version == rhs.version && lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    /// The value of the first field named `name`.
    func value(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// `WARC-Type`, lowercased (`response`, `resource`, `request` …).
    var type: String? { value("WARC-Type")?.lowercased() }
    /// `Content-Length`: the size of the record's block.
    var contentLength: Int? { value("Content-Length").flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil } }
    /// `WARC-Target-URI` as written.
    var targetURI: String? { value("WARC-Target-URI") }
    /// The record's `Content-Type` (of its block).
    var contentType: String? { value("Content-Type") }

    /// Parses a header block: its bytes up to, not including, the empty line that ends it.
    /// - Returns: `nil` when the block does not start with a `WARC/` version line or a line is
    ///   not a field.
    static func parse(_ block: ArraySlice<UInt8>) -> WARCHeader? {
        var lines = HeaderLines(block)
        guard let first = lines.next(), first.hasPrefix("WARC/") else { return nil }
        let version = String(first.dropFirst("WARC/".count)).trimmed(" \t")
        guard !version.isEmpty else { return nil }
        guard let fields = lines.fields() else { return nil }
        return WARCHeader(version: version, fields: fields)
    }
}
