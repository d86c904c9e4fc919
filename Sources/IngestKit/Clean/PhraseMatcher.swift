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

    /// The phrases by their first byte: a text is only compared with the phrases that begin
    /// with the byte at hand.
    private let phrasesByFirstByte: [[[UInt8]]]
    /// Whole-text phrases, looked up at once.
    private let wholePhrases: Set<[UInt8]>
    private let anchor: Anchor

    /// A matcher for `phrases` (matched case-insensitively), anchored as given.
    init(_ phrases: [String], anchor: Anchor) {
        var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
        var whole: Set<[UInt8]> = []
        for phrase in phrases {
            let bytes = Array(phrase.lowercased().utf8)
            guard let first = bytes.first else { continue }
            if anchor == .whole {
                whole.insert(bytes)
            } else {
                byFirstByte[Int(first)].append(bytes)
            }
        }
        phrasesByFirstByte = byFirstByte
        wholePhrases = whole
        self.anchor = anchor
    }

    /// Whether any phrase stands in `text`, given as lowercased UTF-8 bytes.
    func matches(_ text: [UInt8]) -> Bool {
        switch anchor {
        case .anywhere:
            return containsWord(in: text)
        case .start:
            guard let first = text.first else { return false }
            return phrasesByFirstByte[Int(first)].contains {
                text.starts(with: $0) && Self.isBoundary(text, at: $0.count, phrase: $0)
            }
        case .whole:
            return wholePhrases.contains(Array(Self.trimmedTrailingPunctuation(text)))
        }
    }

    /// Lowercased UTF-8 bytes of `text`, the form `matches` takes.
    static func key(_ text: String) -> [UInt8] {
        Array(text.lowercased().utf8)
    }

    /// Whether a phrase stands anywhere in `text` as whole words.
    private func containsWord(in text: [UInt8]) -> Bool {
        for start in text.indices {
            let candidates = phrasesByFirstByte[Int(text[start])]
            guard !candidates.isEmpty else { continue }
            for phrase in candidates where phrase.count <= text.count - start
                && Self.isBoundary(text, at: start - 1, phrase: phrase, leading: true) {
                var offset = 1
                while offset < phrase.count, text[start + offset] == phrase[offset] { offset += 1 }
                if offset == phrase.count, Self.isBoundary(text, at: start + phrase.count, phrase: phrase) {
                    return true
                }
            }
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
        trimming: while end > 0 {
            switch text[end - 1] {
            case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: " "): end -= 1
            default: break trimming
            }
        }
        return text[0..<end]
    }
}
