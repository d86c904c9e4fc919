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
    /// are already known to be boilerplate.
    static func find(in blocks: [Block], removed: [Bool], declaredTitle: String?, format: SourceFormat) -> Found? {
        let live = blocks.indices.filter { !removed[$0] }
        switch format {
        case .text:
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
                return Found(index: h1, text: blocks[h1].text)
            }
            if let declared = declaredTitle, !declared.isEmpty {
                return Found(index: nil, text: declared)
            }
            guard let heading = live.first(where: { blocks[$0].headingLevel != nil }) else { return nil }
            return Found(index: heading, text: blocks[heading].text)
        }
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
