/// A section's anchor: an element whose `id` or class spells the heading it opens with
/// (`id="how-popular-are-meditation-and-mindfulness"` around "How popular are meditation and
/// mindfulness?"), generated so that links can point at the section. Its words name the
/// section's subject, not a widget, so none of them is read as a boilerplate marker (the
/// `popular` of "popular posts"). Widgets are named in a word or two (`related-posts`,
/// `comments`), so only tokens that spell at least `minimumWords` words of the heading are an anchor.
struct HeadingAnchor {
    /// The fewest of an element's tokens that are words of its heading for them to be an anchor.
    static let minimumWords = 3

    /// The heading's words (`Headline.words`): a slug spells a heading's words, not its signs
    /// (the `¶` of a documentation heading).
    private let words: Set<String>

    /// The anchor that would spell `heading`, the text of an element's first block.
    init(heading: String) {
        words = Set(Headline.words(heading))
    }

    /// `tokens` (an element's, its tag name first) without the heading's words, when at least
    /// `minimumWords` of them are its words; else `tokens`.
    func tokens(_ tokens: ArraySlice<String>) -> ArraySlice<String> {
        guard tokens.count > Self.minimumWords, words.count >= Self.minimumWords else { return tokens }
        var spelled = 0
        for token in tokens.dropFirst() where words.contains(token) { spelled += 1 }
        guard spelled >= Self.minimumWords else { return tokens }
        return tokens.prefix(1) + tokens.dropFirst().filter { !words.contains($0) }
    }
}
