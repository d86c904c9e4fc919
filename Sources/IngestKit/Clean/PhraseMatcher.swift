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
    /// The phrases by their first byte, so that a scan tries at each position of the text only
    /// the few phrases that can start there, instead of scanning the text once per phrase.
    private let phrasesByFirstByte: [[[UInt8]]]
    private let anchor: Anchor

    /// A matcher for `phrases` (matched case-insensitively), anchored as given.
    init(_ phrases: [String], anchor: Anchor) {
        self.phrases = phrases.map { Array($0.lowercased().utf8) }
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for phrase in self.phrases {
            if let first = phrase.first { buckets[Int(first)].append(phrase) }
        }
        phrasesByFirstByte = buckets
        self.anchor = anchor
    }

    /// Whether any phrase stands in `text`, given as lowercased UTF-8 bytes.
    func matches(_ text: [UInt8]) -> Bool {
        switch anchor {
        case .anywhere:
            return containsWord(in: text)
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

    /// Whether a phrase stands in `text` as whole words, at any position.
    private func containsWord(in text: [UInt8]) -> Bool {
        for start in text.indices {
            let first = text[start]
            let candidates = phrasesByFirstByte[Int(first)]
            guard !candidates.isEmpty else { continue }
            // Every candidate begins with `first`, so one look at the byte before decides for all.
            if Self.isWordByte(first), start > 0, Self.isWordByte(text[start - 1]) { continue }
            for phrase in candidates where phrase.count <= text.count - start {
                var offset = 1
                while offset < phrase.count, text[start + offset] == phrase[offset] { offset += 1 }
                if offset == phrase.count, Self.isBoundary(text, at: start + phrase.count, phrase: phrase) {
                    return true
                }
            }
        }
        return false
    }

    /// A phrase that ends with a letter must meet a non-letter after it.
    private static func isBoundary(_ text: [UInt8], at index: Int, phrase: [UInt8]) -> Bool {
        guard let edge = phrase.last, isWordByte(edge) else { return true }
        guard index < text.count else { return true }
        return !isWordByte(text[index])
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    private static func trimmedTrailingPunctuation(_ text: [UInt8]) -> ArraySlice<UInt8> {
        var end = text.count
        while end > 0 {
            switch text[end - 1] {
            case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: " "): end -= 1
            default: return text[0..<end]
            }
        }
        return text[0..<end]
    }
}
