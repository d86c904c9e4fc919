/// A section's anchor: an element whose `id` or class spells the heading it opens with
/// (`id="how-popular-are-meditation-and-mindfulness"` around "How popular are meditation and
/// mindfulness?"), generated so that links can point at the section. Its words name the
/// section's subject, not a widget, so none of them is read as a boilerplate marker (the
/// `popular` of "popular posts"). Widgets are named in a word or two (`related-posts`,
/// `comments`), so only tokens that spell at least `minimumWords` words of the heading are an anchor.
enum HeadingAnchor {
    /// The fewest of an element's tokens that are words of its heading for them to be an anchor.
    static let minimumWords = 3

    /// `tokens` (an element's, its tag name first) without the words of `heading`, the text of
    /// the element's first block, when at least `minimumWords` of them are its words; else `tokens`.
    static func tokens(_ tokens: ArraySlice<String>, openingWith heading: String) -> ArraySlice<String> {
        guard tokens.count > minimumWords else { return tokens }
        let words = Set(words(of: heading))
        let rest = tokens.dropFirst()
        let spelled = rest.filter { words.contains($0) }.count
        guard spelled >= minimumWords else { return tokens }
        return tokens.prefix(1) + rest.filter { !words.contains($0) }
    }

    /// The words of `text` in ASCII letters and digits, lowercased, split at every other byte: a
    /// slug spells a heading's words, not its signs (the `¶` of a documentation heading).
    private static func words(of text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
