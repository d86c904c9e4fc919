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

    /// One phrase and the group it belongs to.
    private struct Phrase: Sendable {
        var bytes: [UInt8]
        var group: Int
    }

    /// The phrases by their first byte: a text is only compared with the phrases that begin
    /// with the byte at hand.
    private let phrasesByFirstByte: [[Phrase]]
    /// Whole-text phrases and the first group each belongs to, looked up at once.
    private let wholePhrases: [[UInt8]: Int]
    private let anchor: Anchor

    /// A matcher for `phrases` (matched case-insensitively), anchored as given.
    init(_ phrases: [String], anchor: Anchor) {
        self.init(groups: [phrases], anchor: anchor)
    }

    /// A matcher for several groups of phrases at once (matched case-insensitively), anchored
    /// as given: `firstGroup(in:)` tells which is the first group with a phrase in a text, in one
    /// pass over it.
    init(groups: [[String]], anchor: Anchor) {
        var byFirstByte = [[Phrase]](repeating: [], count: 256)
        var whole: [[UInt8]: Int] = [:]
        for (group, phrases) in groups.enumerated() {
            for phrase in phrases {
                let bytes = Array(phrase.lowercased().utf8)
                guard let first = bytes.first else { continue }
                if anchor == .whole {
                    if whole[bytes] == nil { whole[bytes] = group }
                } else {
                    byFirstByte[Int(first)].append(Phrase(bytes: bytes, group: group))
                }
            }
        }
        phrasesByFirstByte = byFirstByte
        wholePhrases = whole
        self.anchor = anchor
    }

    /// Whether any phrase stands in `text`, given as lowercased UTF-8 bytes.
    func matches(_ text: [UInt8]) -> Bool {
        firstGroup(in: text) != nil
    }

    /// The first group (in the order given) with a phrase that stands in `text`, given as
    /// lowercased UTF-8 bytes; `nil` when none does.
    func firstGroup(in text: [UInt8]) -> Int? {
        switch anchor {
        case .anywhere:
            return firstGroupAnywhere(in: text)
        case .start:
            guard let first = text.first else { return nil }
            return phrasesByFirstByte[Int(first)].lazy
                .filter { text.starts(with: $0.bytes) && Self.isBoundary(text, at: $0.bytes.count, phrase: $0.bytes) }
                .map(\.group).min()
        case .whole:
            return wholePhrases[Array(Self.trimmedTrailingPunctuation(text))]
        }
    }

    /// Lowercased UTF-8 bytes of `text`, the form `matches` takes.
    static func key(_ text: String) -> [UInt8] {
        Array(text.lowercased().utf8)
    }

    /// The first group with a phrase anywhere in `text` as whole words.
    private func firstGroupAnywhere(in text: [UInt8]) -> Int? {
        var best: Int?
        for start in text.indices {
            let candidates = phrasesByFirstByte[Int(text[start])]
            // Every candidate begins with this byte: inside a word, none of them starts a word.
            guard !candidates.isEmpty, start == 0 || !Self.isWordByte(text[start]) || !Self.isWordByte(text[start - 1]) else { continue }
            for phrase in candidates where phrase.group < (best ?? .max) && phrase.bytes.count <= text.count - start {
                let bytes = phrase.bytes
                var offset = 1
                while offset < bytes.count, text[start + offset] == bytes[offset] { offset += 1 }
                if offset == bytes.count, Self.isBoundary(text, at: start + bytes.count, phrase: bytes) {
                    if phrase.group == 0 { return 0 }
                    best = phrase.group
                }
            }
        }
        return best
    }

    /// A phrase that ends with a letter must meet a non-letter after it (where it begins, the
    /// search checks once for every phrase at a position).
    private static func isBoundary(_ text: [UInt8], at index: Int, phrase: [UInt8]) -> Bool {
        guard let edge = phrase.last, isWordByte(edge) else { return true }
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
