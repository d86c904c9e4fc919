/// The lines of a header block (WARC's or HTTP's), each without its CR LF (or bare LF).
struct HeaderLines {
    private let bytes: ArraySlice<UInt8>
    private var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    /// The next line, decoded as UTF-8 with invalid bytes replaced; `nil` after the last one.
    mutating func next() -> String? {
        guard index < bytes.endIndex else { return nil }
        let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        var lineEnd = end
        if lineEnd > index, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let line = String(decoding: bytes[index..<lineEnd], as: UTF8.self)
        index = end < bytes.endIndex ? end + 1 : end
        return line
    }

    /// The remaining lines as `Name: value` fields, a line starting with a space or tab
    /// continuing the field before it; `nil` when a line is neither.
    mutating func fields() -> [(name: String, value: String)]? {
        var fields: [(name: String, value: String)] = []
        while let line = next() {
            if line.isEmpty { continue }
            if line.first == " " || line.first == "\t" {
                guard !fields.isEmpty else { return nil }
                fields[fields.count - 1].value += " " + line.trimmed(" \t")
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmed(" \t")
            guard !name.isEmpty else { return nil }
            fields.append((name: name, value: line[line.index(after: colon)...].trimmed(" \t")))
        }
        return fields
    }
}
