/// Finds the article's title among its blocks: the heading that opens the article, not the
/// site's name or a booking call above it.
enum TitleFinder {
    /// A paragraph of at least this many words is the article's running text: the title is the
    /// last heading before the first such paragraph.
    static let minimumWordsOfProse = 15

    /// Where the title stands in `blocks` (skipping those marked removed) and its text.
    struct Found {
        /// The index of the title's heading block, when the title is one of the blocks.
        var index: Int?
        /// The title.
        var text: String
    }

    /// The title of a page whose blocks are `blocks`, of which those with `removed[i] == true`
    /// are already known to be boilerplate. A web page without an `h1` is titled by its headline
    /// (`Headline`), the heading that says what one of its declared titles says, before the
    /// declared title itself, which is often written for search engines.
    static func find(in blocks: [Block], removed: [Bool], declaredTitle: String?, alternativeTitles: [String] = [],
                     format: SourceFormat) -> Found? {
        let live = blocks.indices.filter { !removed[$0] }
        switch format {
        case .text:
            // The article's own `# ` heading before its running text wins over the front matter's
            // title, which is often the page's `<title>` as a crawler stored it.
            let firstProse = live.first { isProse(blocks[$0]) || isSentence(blocks[$0]) } ?? blocks.endIndex
            if let marked = live.first(where: { blocks[$0].headingLevel == 1 && !blocks[$0].context.headingIsInferred }),
               marked < firstProse {
                return Found(index: marked, text: blocks[marked].text)
            }
            if let declared = declaredTitle, !declared.isEmpty {
                let index = live.first { blocks[$0].headingLevel != nil && blocks[$0].text == declared }
                return Found(index: index, text: declared)
            }
            if let marked = live.first(where: { blocks[$0].headingLevel == 1 && !blocks[$0].context.headingIsInferred }) {
                return Found(index: marked, text: blocks[marked].text)
            }
            guard let firstProse = live.first(where: { isProse(blocks[$0]) || isSentence(blocks[$0]) }) else {
                return live.first { blocks[$0].headingLevel != nil }.map { Found(index: $0, text: blocks[$0].text) }
            }
            guard let heading = live.last(where: { $0 < firstProse && blocks[$0].headingLevel != nil }) else { return nil }
            return Found(index: heading, text: blocks[heading].text)
        case .html:
            if let h1 = live.first(where: { blocks[$0].headingLevel == 1 }) {
                return Found(index: h1, text: withoutSiteName(blocks[h1].text))
            }
            let titles = Headline.TitleWords((declaredTitle.map { [$0] } ?? []) + alternativeTitles)
            let headings = live.filter { blocks[$0].headingLevel != nil }
            if let best = headings.max(by: { Headline.similarity(of: blocks[$0].text, to: titles) < Headline.similarity(of: blocks[$1].text, to: titles) }),
               Headline.isHeadline(blocks[best].text, titles: titles) {
                return Found(index: best, text: blocks[best].text)
            }
            if let declared = declaredTitle, !declared.isEmpty {
                return Found(index: nil, text: withoutSiteName(declared))
            }
            guard let heading = live.first(where: { blocks[$0].headingLevel != nil }) else { return nil }
            return Found(index: heading, text: blocks[heading].text)
        }
    }

    /// What separates a page's `<title>` from the site's name after it.
    static let siteNameSeparator = " | "
    private static let siteNameSeparatorBytes = Array(siteNameSeparator.utf8)

    /// A page's `<title>` without the site's name and section after it (`Title | Section | Site`).
    static func withoutSiteName(_ title: String) -> String {
        guard let separator = title.firstByteRange(of: siteNameSeparatorBytes), separator.lowerBound > title.startIndex else {
            return title
        }
        return String(title[..<separator.lowerBound])
    }

    /// A paragraph of at least this many words that ends a sentence is running text too.
    static let minimumWordsOfSentence = 8

    /// Whether `block` is a paragraph that ends like a sentence and is long enough to be one.
    static func isSentence(_ block: Block) -> Bool {
        guard block.kind == .paragraph, let last = block.text.last, ".!?".contains(last) else { return false }
        return HeadingShape.wordCount(block.text, upTo: minimumWordsOfSentence) >= minimumWordsOfSentence
    }

    /// Whether `block` is a paragraph of running text.
    static func isProse(_ block: Block) -> Bool {
        block.kind == .paragraph && HeadingShape.wordCount(block.text, upTo: minimumWordsOfProse) >= minimumWordsOfProse
    }
}
