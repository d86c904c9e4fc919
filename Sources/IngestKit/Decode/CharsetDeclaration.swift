/// Finds the encoding an HTML page declares for itself near its start: an XML declaration's
/// `encoding="…"` at the very start, else the first `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` that names a known encoding.
///
/// It walks the bytes the way WHATWG's prescan does, tag by tag, so that a `charset` attribute
/// on another element (`<script charset="utf-8" src="…">`) or a `<meta>` inside a comment is
/// not taken for the page's declaration.
enum CharsetDeclaration {
    /// What a page declares.
    enum Declared: Equatable {
        /// An encoding this stage or iconv reads.
        case encoding(TextEncoding)
        /// Only labels that name no known encoding; the first of them.
        case unknown(label: String)
    }

    /// What `bytes` (a page's first bytes) declare: the first declaration whose label names a
    /// known encoding, else the first label declared, or `nil` when there is no declaration
    /// (an empty label is none).
    static func declared(inHTML bytes: ArraySlice<UInt8>) -> Declared? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Prescanner(bytes: buffer)
            var firstLabel: String?
            if let label = scanner.xmlDeclarationEncoding() {
                if let encoding = TextEncoding(label: label) { return .encoding(encoding) }
                firstLabel = label
            }
            while let label = scanner.nextMetaCharset() {
                if let encoding = TextEncoding(label: label) { return .encoding(encoding) }
                if !label.allSatisfy(\.isWhitespace) { firstLabel = firstLabel ?? label }
            }
            return firstLabel.map { .unknown(label: $0) }
        }
    }

    /// The encoding the `charset` parameter of a `Content-Type` value names
    /// (`text/html; charset="ISO-8859-1"`), or `nil` when it names none this stage or iconv
    /// knows: the HTML standard then goes on to the page's own declaration.
    static func declared(inContentType value: String) -> Declared? {
        for parameter in value.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmed(" \t").lowercased() == "charset" else { continue }
            let label = parts[1].trimmed(" \t\"'")
            return TextEncoding(label: label).map { .encoding($0) }
        }
        return nil
    }
}

/// A cursor over a page's first bytes that reads just enough HTML to find charset declarations.
private struct Prescanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// What follows `<` in a comment, a doctype, a processing instruction or a stray `</`.
    private static let markupDeclarationStarts: [UInt8] = [
        UInt8(ascii: "!"), UInt8(ascii: "/"), UInt8(ascii: "?"),
    ]

    /// One attribute of a tag, as byte ranges into `bytes`.
    struct Attribute {
        var name: Range<Int>
        var value: Range<Int>
    }

    /// The `encoding` of an XML declaration that starts the page.
    mutating func xmlDeclarationEncoding() -> String? {
        guard hasPrefix("<?xml", at: 0) else { return nil }
        let end = firstIndex(of: "?>", from: 0) ?? bytes.count
        guard let key = firstIndex(of: "encoding", from: 0, before: end) else { return nil }
        position = key + "encoding".utf8.count
        skipWhitespace()
        guard position < end, bytes[position] == UInt8(ascii: "=") else { return nil }
        position += 1
        skipWhitespace()
        let value = readValue()
        position = 0
        return value.isEmpty ? nil : string(value)
    }

    /// The label of the next `<meta>` that declares a charset, or `nil` at the end.
    mutating func nextMetaCharset() -> String? {
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                position += 1
                continue
            }
            if hasPrefix("<!--", at: position) {
                position = (firstIndex(of: "-->", from: position + 4) ?? bytes.count) + 3
            } else if hasPrefix("<meta", at: position), position + 5 < bytes.count,
                      isWhitespace(bytes[position + 5]) || bytes[position + 5] == UInt8(ascii: "/") {
                position += 5
                if let label = metaCharset(readAttributes()) { return label }
            } else if isTagStart(at: position) {
                while position < bytes.count, !isWhitespace(bytes[position]),
                      bytes[position] != UInt8(ascii: ">") {
                    position += 1
                }
                _ = readAttributes()
            } else if position + 1 < bytes.count, Self.markupDeclarationStarts.contains(bytes[position + 1]) {
                position = (firstIndex(of: ">", from: position) ?? bytes.count) + 1
            } else {
                position += 1
            }
        }
        return nil
    }

    /// The charset a `<meta>` with these attributes declares: its `charset`, else the charset in
    /// the `content` of an `http-equiv="content-type"`.
    private func metaCharset(_ attributes: [Attribute]) -> String? {
        func value(of name: String) -> Range<Int>? {
            attributes.first { equalsIgnoringCase($0.name, name) }?.value
        }
        if let charset = value(of: "charset") { return string(charset) }
        guard let httpEquiv = value(of: "http-equiv"), equalsIgnoringCase(httpEquiv, "content-type"),
              let content = value(of: "content") else { return nil }
        return charset(inContent: content)
    }

    /// The charset in a Content-Type value such as `text/html; charset="iso-8859-1"`.
    private func charset(inContent content: Range<Int>) -> String? {
        var search = content.lowerBound
        while let key = firstIndex(of: "charset", from: search, before: content.upperBound) {
            var cursor = key + "charset".utf8.count
            while cursor < content.upperBound, isWhitespace(bytes[cursor]) { cursor += 1 }
            guard cursor < content.upperBound, bytes[cursor] == UInt8(ascii: "=") else {
                search = key + 1
                continue
            }
            cursor += 1
            while cursor < content.upperBound, isWhitespace(bytes[cursor]) { cursor += 1 }
            var end = cursor
            if cursor < content.upperBound, isQuote(bytes[cursor]) {
                let quote = bytes[cursor]
                cursor += 1
                end = cursor
                while end < content.upperBound, bytes[end] != quote { end += 1 }
            } else {
                while end < content.upperBound, bytes[end] != UInt8(ascii: ";"), !isWhitespace(bytes[end]) {
                    end += 1
                }
            }
            return end > cursor ? string(cursor..<end) : nil
        }
        return nil
    }

    /// Reads a tag's attributes up to and past its `>`.
    private mutating func readAttributes() -> [Attribute] {
        var attributes: [Attribute] = []
        while true {
            while position < bytes.count,
                  isWhitespace(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
                position += 1
            }
            guard position < bytes.count else { return attributes }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return attributes
            }
            let nameStart = position
            position += 1  // a name may start with `=`
            while position < bytes.count, !isWhitespace(bytes[position]),
                  ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[position]) {
                position += 1
            }
            let name = nameStart..<position
            skipWhitespace()
            var value = position..<position
            if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                position += 1
                skipWhitespace()
                value = readValue()
            }
            attributes.append(Attribute(name: name, value: value))
        }
    }

    /// Reads a quoted or unquoted attribute value and returns its bytes without quotes.
    private mutating func readValue() -> Range<Int> {
        guard position < bytes.count else { return position..<position }
        let quote = bytes[position]
        if isQuote(quote) {
            let start = position + 1
            var end = start
            while end < bytes.count, bytes[end] != quote { end += 1 }
            position = min(end + 1, bytes.count)
            return start..<end
        }
        let start = position
        while position < bytes.count, !isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
            position += 1
        }
        return start..<position
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
    }

    /// Whether `index` starts an opening or closing tag: `<` or `</` and an ASCII letter.
    private func isTagStart(at index: Int) -> Bool {
        var letter = index + 1
        if letter < bytes.count, bytes[letter] == UInt8(ascii: "/") { letter += 1 }
        guard letter < bytes.count else { return false }
        let lowered = bytes[letter] | 0x20
        return lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z")
    }

    private func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// Whether the bytes at `index` are `prefix`, ignoring ASCII case.
    private func hasPrefix(_ prefix: String, at index: Int) -> Bool {
        var cursor = index
        for expected in prefix.utf8 {
            guard cursor < bytes.count, lowercased(bytes[cursor]) == expected else { return false }
            cursor += 1
        }
        return true
    }

    private func equalsIgnoringCase(_ range: Range<Int>, _ text: String) -> Bool {
        range.count == text.utf8.count && hasPrefix(text, at: range.lowerBound)
    }

    /// The first index at or after `start` and before `end` where `needle` starts, ignoring case.
    private func firstIndex(of needle: String, from start: Int, before end: Int? = nil) -> Int? {
        let limit = (end ?? bytes.count) - needle.utf8.count
        guard start <= limit else { return nil }
        return (start...limit).first { hasPrefix(needle, at: $0) }
    }

    private func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
