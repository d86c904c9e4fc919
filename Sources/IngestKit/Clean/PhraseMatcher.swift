/// Finds lexicon phrases in text as whole words, on lowercased UTF-8 bytes: fast enough to run
/// over every block of every page.
struct PhraseMatcher: Sendable {
    /// How a phrase must stand in the text to count.
    enum Anchor: Sendable {
        /// Anywhere, as whole words.
        case anywhere
        /// At the very start of the text.
        case start
        /// The whole text (trailing punctuation aside).
        case whole
    }

    private let phrases: [[UInt8]]
    private let anchor: Anchor

    /// A matcher for `phrases` (matched case-insensitively), anchored as given.
    init(_ phrases: [String], anchor: Anchor) {
        self.phrases = phrases.map { Array($0.lowercased().utf8) }
        self.anchor = anchor
    }

    /// Whether any phrase stands in `text`, given as lowercased UTF-8 bytes.
    func matches(_ text: [UInt8]) -> Bool {
        switch anchor {
        case .anywhere:
            return phrases.contains { Self.containsWord($0, in: text) }
        case .start:
            return phrases.contains { text.starts(with: $0) && Self.isBoundary(text, at: $0.count, phrase: $0) }
        case .whole:
            let trimmed = Self.trimmedTrailingPunctuation(text)
            return phrases.contains { $0.elementsEqual(trimmed) }
        }
    }

    /// Lowercased UTF-8 bytes of `text`, the form `matches` takes.
    static func key(_ text: String) -> [UInt8] {
        Array(text.lowercased().utf8)
    }

    private static func containsWord(_ phrase: [UInt8], in text: [UInt8]) -> Bool {
        guard let first = phrase.first, phrase.count <= text.count else { return false }
        var start = 0
        let lastStart = text.count - phrase.count
        while start <= lastStart {
            if text[start] == first, isBoundary(text, at: start - 1, phrase: phrase, leading: true) {
                var offset = 1
                while offset < phrase.count, text[start + offset] == phrase[offset] { offset += 1 }
                if offset == phrase.count, isBoundary(text, at: start + phrase.count, phrase: phrase) {
                    return true
                }
            }
            start += 1
        }
        return false
    }

    /// A phrase that begins or ends with a letter must meet a non-letter there.
    private static func isBoundary(_ text: [UInt8], at index: Int, phrase: [UInt8], leading: Bool = false) -> Bool {
        let edge = leading ? phrase.first : phrase.last
        guard let edge, isWordByte(edge) else { return true }
        guard index >= 0, index < text.count else { return true }
        return !isWordByte(text[index])
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    private static func trimmedTrailingPunctuation(_ text: [UInt8]) -> ArraySlice<UInt8> {
        var end = text.count
        while end > 0, [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: " ")].contains(text[end - 1]) {
            end -= 1
        }
        return text[0..<end]
    }
}
