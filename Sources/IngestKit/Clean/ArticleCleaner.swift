/// Decides which blocks are the article and which are boilerplate, and why: first the page's
/// main content (for web pages), then each block by its own words, then the verdicts spread to
/// the lines grouped with a block and to the section under a boilerplate heading, and finally
/// whatever stands above the title of a plain-text article. When the verdicts would leave
/// nothing, the page is its own subject (an imprint, a privacy policy): only the blocks marked
/// by their own words go, and if that too leaves nothing, everything stays.
public enum ArticleCleaner {
    /// Kinds whose verdict spreads to every line of the same plain-text group: an author box, an
    /// address or a staff list is written as one group of lines.
    static let groupKinds: Set<BoilerplateKind> = [.author, .contact, .staff, .booking, .imageRequest, .other]
    /// A group of more lines than this is not one box but running text; verdicts stay put.
    static let maximumLinesOfBox = 8
    /// Kinds whose heading takes its whole section with it, running text included: a request for
    /// pictures, a list of other articles, the publisher's staff. So do the headings of the
    /// lexicons' `sectionHeadings` (`About the author`, `References`). Other headings take only
    /// the short blocks under them, up to the first paragraph of running text (a page about the
    /// privacy policy is running text under a legal heading).
    static let wholeSectionKinds: Set<BoilerplateKind> = [.imageRequest, .related, .staff]

    /// Cleans a parsed page, read as `format`, with the boilerplate words of every standard table.
    public static func clean(_ page: ParsedPage, format: SourceFormat) -> CleanedArticle {
        clean(page, format: format, classifier: .standard)
    }

    /// Cleans a parsed page with the boilerplate words of every table of `lexicons`.
    static func clean(_ page: ParsedPage, format: SourceFormat, lexicons: LexiconSet) -> CleanedArticle {
        clean(page, format: format, classifier: BoilerplateClassifier(lexicons: lexicons.lexicons))
    }

    /// Cleans a parsed page. A page whose visible blocks leave no article but headings (its
    /// text written by scripts) is read from its hidden blocks, and failing that, from the
    /// description it declares; `removed` keeps what was taken out on the way.
    private static func clean(_ page: ParsedPage, format: SourceFormat, classifier: BoilerplateClassifier) -> CleanedArticle {
        let visible = cleanBlocks(page, format: format, classifier: classifier)
        guard visible.body.allSatisfy({ $0.headingLevel != nil }) else { return visible }
        if !page.hiddenBlocks.isEmpty {
            var hiddenPage = page
            hiddenPage.blocks = page.hiddenBlocks
            hiddenPage.removed = []
            var hidden = cleanBlocks(hiddenPage, format: format, classifier: classifier)
            if !hidden.body.isEmpty {
                hidden.removed = visible.removed + hidden.removed
                return hidden
            }
        }
        guard let description = page.declaredDescription else { return visible }
        var described = visible
        described.body.append(Block.paragraph(description))
        return described
    }

    /// Cleans the blocks of `page` (its visible ones, or its hidden ones on a second reading).
    private static func cleanBlocks(_ page: ParsedPage, format: SourceFormat, classifier: BoilerplateClassifier) -> CleanedArticle {
        let (blocks, selectorRemoved) = MainContentSelector.select(page.blocks, isDeclaredArticle: page.isDeclaredArticle,
                                                                   isDeclaredThread: page.isDeclaredThread,
                                                                   declaredTitles: page.declaredTitles)
        let ownVerdicts = blocks.map(classifier.classify)
        var verdicts = ownVerdicts
        spreadOverLineGroups(&verdicts, blocks)
        spreadOverSections(&verdicts, blocks, classifier: classifier)
        if format == .text {
            removeTailAfterConclusion(&verdicts, blocks, classifier: classifier)
            removeFooterAfterClosingLine(&verdicts, blocks, classifier: classifier)
        }
        var title = TitleFinder.find(in: blocks, removed: verdicts.map { $0 != nil },
                                     declaredTitle: page.declaredTitle, alternativeTitles: page.alternativeTitles, format: format)
        var body = blocks
        if format == .text, let index = title?.index {
            removeLeadingChrome(&verdicts, before: index)
            if body[index].context.headingIsInferred { body[index].kind = .heading(level: 1) }
        }
        if let found = title, found.text.isEmpty { title = nil }
        if verdicts.allSatisfy({ $0 != nil }) {
            verdicts = ownVerdicts
            if verdicts.allSatisfy({ $0 != nil }) { verdicts = blocks.map { _ in nil } }
        }
        var kept: [Block] = []
        var removed = page.removed + selectorRemoved
        for (block, verdict) in zip(body, verdicts) {
            if let kind = verdict {
                removed.append(RemovedBlock(kind: kind, text: block.texts.joined(separator: "\n")))
            } else if !block.texts.allSatisfy(\.isEmpty) {
                kept.append(block)
            }
        }
        return CleanedArticle(title: title?.text, body: kept, removed: removed, declaredLanguage: page.declaredLanguage)
    }

    private static func spreadOverLineGroups(_ verdicts: inout [BoilerplateKind?], _ blocks: [Block]) {
        var start = 0
        while start < blocks.count {
            guard let group = blocks[start].context.lineGroup else { start += 1; continue }
            var end = start
            while end + 1 < blocks.count, blocks[end + 1].context.lineGroup == group { end += 1 }
            let members = start...end
            if members.count > 1, members.count <= maximumLinesOfBox,
               let kind = members.compactMap({ verdicts[$0] }).first(where: groupKinds.contains) {
                for index in members where verdicts[index] == nil { verdicts[index] = kind }
            }
            start = end + 1
        }
    }

    private static func spreadOverSections(_ verdicts: inout [BoilerplateKind?], _ blocks: [Block], classifier: BoilerplateClassifier) {
        var index = 0
        while index < blocks.count {
            guard let level = blocks[index].headingLevel, let kind = verdicts[index], !carriesOwnContent(blocks[index].text) else {
                index += 1
                continue
            }
            let inferred = blocks[index].context.headingIsInferred
            let wholeSection = wholeSectionKinds.contains(kind) || classifier.sectionHeadingKind(blocks[index].text) != nil
            var next = index + 1
            while next < blocks.count {
                if let nextLevel = blocks[next].headingLevel,
                   inferred || (nextLevel <= level && !blocks[next].context.headingIsInferred) {
                    break
                }
                if !wholeSection && TitleFinder.isProse(blocks[next]) { break }
                next += 1
            }
            let section = (index + 1)..<next
            if !wholeSection
                || !BoilerplateSectionShare.holdsMostOfTheArticle(blocks, verdicts: verdicts, heading: index, section: section) {
                for member in section where verdicts[member] == nil { verdicts[member] = kind }
            }
            index = next
        }
    }

    /// A closing heading (`Fazit`, `Conclusion`) ends the article when it stands this far into
    /// the page's text; a summary box near the top does not.
    static let minimumShareBeforeConclusion = 0.6

    /// After the section of a closing heading late in the page come the site's own sections
    /// (experts, offers, recommended topics, footer): they are not the article.
    private static func removeTailAfterConclusion(_ verdicts: inout [BoilerplateKind?], _ blocks: [Block], classifier: BoilerplateClassifier) {
        let isLate = lateBlocks(blocks)
        var closing: (index: Int, level: Int)?
        for (index, block) in blocks.enumerated() {
            guard verdicts[index] == nil, let level = block.headingLevel else { continue }
            if let open = closing, block.context.headingIsInferred || level <= open.level {
                for tail in index..<blocks.count where verdicts[tail] == nil { verdicts[tail] = .other }
                return
            }
            if closing == nil, isLate[index], classifier.isClosingHeading(block.text) {
                closing = (index, level)
            }
        }
    }

    /// For each block, whether at least `minimumShareBeforeConclusion` of the page's text stands
    /// before it.
    private static func lateBlocks(_ blocks: [Block]) -> [Bool] {
        let sizes = blocks.map { $0.texts.reduce(0) { $0 + $1.count } }
        let total = max(sizes.reduce(0, +), 1)
        var before = 0
        return sizes.map { size in
            defer { before += size }
            return Double(before) >= Double(total) * minimumShareBeforeConclusion
        }
    }

    /// A line that closes an article (`Page last reviewed: …`, `Support links`) late in a text
    /// page opens the site's footer: it and everything after it go.
    private static func removeFooterAfterClosingLine(_ verdicts: inout [BoilerplateKind?], _ blocks: [Block],
                                                     classifier: BoilerplateClassifier) {
        let isLate = lateBlocks(blocks)
        for (index, block) in blocks.enumerated() {
            guard isLate[index], !block.isList, classifier.isClosingLine(block.text) else { continue }
            for tail in index..<blocks.count where verdicts[tail] == nil { verdicts[tail] = .other }
            return
        }
    }

    /// `Lesen Sie auch: <title of another article>`: a line shaped like a heading that carries
    /// its own content after a colon is one line of boilerplate, not the title of a section.
    private static func carriesOwnContent(_ heading: String) -> Bool {
        guard let colon = heading.firstIndex(of: ":") else { return false }
        return heading[heading.index(after: colon)...].contains { $0.isLetter }
    }

    /// Above the title of a plain-text article stands the site's chrome (booking calls,
    /// addresses, breadcrumbs); whatever is not already marked gets the kind of its nearest
    /// marked neighbour.
    private static func removeLeadingChrome(_ verdicts: inout [BoilerplateKind?], before title: Int) {
        var lastKind: BoilerplateKind = .navigation
        for index in 0..<title {
            if let kind = verdicts[index] {
                lastKind = kind
            } else {
                verdicts[index] = lastKind
            }
        }
    }
}
