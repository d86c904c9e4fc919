/// The status line and header fields of an HTTP response as a WARC `response` record holds it
/// in front of the page's bytes.
struct HTTPResponseHead: Sendable {
    /// The status code (200, 301, 404 …).
    var status: Int
    /// The header fields in order.
    var fields: [(name: String, value: String)]
    /// How many bytes of the block the head takes, the empty line that ends it included.
    var length: Int

    /// The value of the first field named `name` (without regard to case).
    func value(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Whether the status is a success (2xx).
    var isSuccess: Bool { (200...299).contains(status) }

    /// Parses the head at the start of `bytes` (a record's block, or its first bytes).
    /// - Returns: `nil` when `bytes` does not start with an `HTTP/` status line, or holds no
    ///   empty line to end the head.
    static func parse(_ bytes: ArraySlice<UInt8>) -> HTTPResponseHead? {
        guard bytes.starts(with: "HTTP/".utf8), let end = headEnd(in: bytes) else { return nil }
        var lines = HeaderLines(bytes[bytes.startIndex..<end.content])
        guard let statusLine = lines.next() else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, let status = Int(parts[1]), let fields = lines.fields() else { return nil }
        return HTTPResponseHead(status: status, fields: fields, length: end.total - bytes.startIndex)
    }

    /// Where the head's content ends (after the newline of its last line) and where the body
    /// starts (after the empty line): CR LF CR LF, or bare LF LF.
    private static func headEnd(in bytes: ArraySlice<UInt8>) -> (content: Int, total: Int)? {
        var index = bytes.startIndex
        while let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) {
            var next = newline + 1
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: "\r") { next += 1 }
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: "\n") { return (newline + 1, next + 1) }
            index = newline + 1
        }
        return nil
    }
}
