/// Finds the article among the blocks of a whole web page (navigation, sidebars, footers, …
/// around it), from what each block's context says about where it stood.
///
/// A cascade, each step on what the one before left:
/// 1. Markers: a block inside an element whose tag, class, id or role marks boilerplate
///    (`nav`, `footer`, `cookie-banner`, `share`, `comments`, …; `ElementMarkers`)
///    goes, with that marker's kind, unless the element holds most of the page's text
///    (`TextWrappers`; definite markers, and a page's own `footer` outside the article, go
///    whatever they hold).
/// 2. The densest container: every element is scored by the running text inside it minus
///    the link text and short fragments inside it; the best one is the article. Blocks outside
///    it go, but for the title just before it and subtrees of running text beside it (or, when
///    the article holds only part of the page's running text, sections of lines beside it); link
///    lists inside it go too, but for headings over a section of running text and lists that a
///    line of the article announces with a colon (`AnnouncedList`). A sentence written inside a
///    link (a card's description, `LinkedProse`) is no link block.
/// 3. Fallback: when that container holds too little running text, every block the markers
///    left is kept but link blocks, unless those are lists of titles (a listing's entries; on a
///    page with next to no running text that does not declare itself an article, of names
///    too: a shop's products) or stand in the region that holds all the page's running text
///    (an index under its lead).
/// After step 2, paragraphs cut short with an ellipsis after the article's running text are
/// teasers of other pages (`TeaserExcerpts`).
/// 4. Wording: short blocks that read as boilerplate (`BoilerplatePhrases`, dates, but not
///    prices, `PriceLine`, nor the figures of a table's rows), short lines after the article's
///    last running text, the member panels beside a thread's posts (`MemberPanel`), and
///    headings left without a section go
///    (but the titles of repeated cards, which head their card, not a section); a linked title
///    that step 2 took as a link block comes back over the summary kept under it in its element.
/// When no container outside the comment threads holds enough running text to be the article,
/// and the page does not declare itself an article, steps 1 to 4 run again with the thread markers lifted: the page is a thread (a forum topic,
/// questions and answers), and its posts are the content. A page whose structured data declares
/// it a thread (`ThreadSchemaTypes`) is read that way too when the first post passes for an article.
/// 5. When that leaves nothing of the page, class and id markers took the article (a wrapper
///    classed `share`, sections named `ads-…`): steps 1 to 4 run again with only the surest
///    markers, the element's own tag (`nav`, `footer`, …) and the definite ones.
/// 6. When even that leaves nothing but headings, the densest text of the page is kept,
///    markers ignored: a page with text never comes out without it.
///
/// Last, the article's headline (`Headline`) comes back when a marker or the article's bounds
/// took it from above the article (it stands in a header classed after the byline, or in a
/// banner beside the picture), and a block that repeats an earlier kept block word for word goes.
///
/// Before step 2, a page's own `<main>` element, when it holds a fair share of the running text,
/// bounds the search: blocks outside it are the site's frame. So does the end of the element
/// the page's microdata declares its article's body (or of its only `<article>` element), when
/// that holds most of the running text: blocks after it are not the article. When the densest
/// container of step 2 is one section of that element (less than `sectionArticleShare` of its
/// running text), the element is the article: lists of links between a section's paragraphs
/// made the other sections score lower, not less of the article.
///
/// Thresholds are in `MainContentSettings`.
enum MainContentSelector {
    /// Splits `blocks` into those that are the page's main content and those that are not.
    /// Blocks without container context (plain-text sources) are all kept. A page that
    /// `isDeclaredArticle` (`og:type`) is never read as a thread unless it `isDeclaredThread`
    /// (its structured data); `declaredTitles` tell its headline.
    static func select(_ blocks: [Block], isDeclaredArticle: Bool = false, isDeclaredThread: Bool = false,
                       declaredTitles: [String] = []) -> (kept: [Block], removed: [RemovedBlock]) {
        guard blocks.contains(where: { !$0.context.containerPath.isEmpty }) else { return (blocks, []) }
        // Element identifiers count up from 0 in each page: per-element facts live in arrays.
        let elementCount = (blocks.lazy.compactMap { $0.context.containerPath.max() }.max() ?? -1) + 1
        let panelLines = MemberPanel.lines(of: blocks)
        let wrappers = TextWrappers(blocks: blocks, runningText: blocks.map { weights(of: $0).good }, elementCount: elementCount)
        func markers(_ reading: ElementMarkers.Reading) -> [BoilerplateKind?] {
            ElementMarkers.kinds(of: blocks, wrappers: wrappers, elementCount: elementCount, reading: reading)
        }
        func cascade(_ markers: [BoilerplateKind?]) -> (verdicts: [BoilerplateKind?], foundArticle: Bool) {
            Self.cascade(blocks, markers: markers, panelLines: panelLines, elementCount: elementCount,
                         isDeclaredArticle: isDeclaredArticle)
        }
        var (verdicts, foundArticle) = cascade(markers(.all))
        if isDeclaredThread || (!foundArticle && !isDeclaredArticle) {
            // No article outside the comment threads, or a page that declares itself a thread:
            // its posts are the content, the first of them (the question) often long enough to
            // pass for an article.
            let thread = cascade(markers(.threadsLifted))
            let outside = runningText(blocks, verdicts)
            if thread.foundArticle, isDeclaredThread || outside < Double(MainContentSettings.minimumArticleCharacters),
               runningText(blocks, thread.verdicts) >= MainContentSettings.threadAdvantage * outside { verdicts = thread.verdicts }
        }
        let pageText = runningText(blocks, blocks.map { _ in nil })
        let keptText = runningText(blocks, verdicts)
        if verdicts.allSatisfy({ $0 != nil }) || keptText < MainContentSettings.markedPageShare * pageText {
            // Class and id markers took the whole page (an article wrapper classed `share`, or
            // sections named `ads-…`), or nearly: read it again with only the surest markers.
            let retry = cascade(markers(.strict)).verdicts
            if retry.contains(where: { $0 == nil }),
               verdicts.allSatisfy({ $0 != nil }) || runningText(blocks, retry) >= MainContentSettings.strictAdvantage * keptText {
                verdicts = retry
            }
        }
        if !blocks.indices.contains(where: { verdicts[$0] == nil && blocks[$0].headingLevel == nil }) {
            // Nothing kept but headings (the title at most): the densest text joins them.
            let densest = densestTextVerdicts(blocks, verdicts: verdicts, elementCount: elementCount)
            verdicts = blocks.indices.map { verdicts[$0] == nil ? nil : densest[$0] }
        }
        restoreHeadline(blocks, &verdicts, declaredTitles: declaredTitles)
        dropRepeatedBlocks(blocks, &verdicts)
        var kept: [Block] = []
        var removed: [RemovedBlock] = []
        for (block, verdict) in zip(blocks, verdicts) {
            if let verdict {
                removed.append(RemovedBlock(kind: verdict, text: block.texts.joined(separator: "\n")))
            } else {
                kept.append(block)
            }
        }
        return (kept, removed)
    }

    /// Step 2: the verdicts when the densest container is the article, or `nil` when no
    /// container holds enough running text to be one. `declaredBody` is the element the page
    /// declares its article's body (`declaredBody(among:of:elementCount:)`), if any.
    private static func articleVerdicts(_ blocks: [Block], markers: [BoilerplateKind?], elementCount: Int,
                                        declaredBody: Int?) -> (verdicts: [BoilerplateKind?], cards: RepeatedCards?)? {
        let survivors = blocks.indices.filter { markers[$0] == nil }
        let scores = containerScores(among: survivors, of: blocks, elementCount: elementCount)
        var cards = RepeatedCards.best(among: survivors, of: blocks, elementCount: elementCount)
        var densest = densestContainer(scores)
        if let run = cards, let densest, run.score <= MainContentSettings.cardAdvantage * scores[densest] { cards = nil }
        if cards == nil, let container = densest, let body = declaredBody,
           isSection(container, of: body, among: survivors, of: blocks) {
            densest = body
        }
        guard let article = cards?.parent ?? densest,
              let first = survivors.first(where: { blocks[$0].context.containerPath.contains(article) }),
              let depth = blocks[first].context.containerPath.firstIndex(of: article) else { return nil }
        let articlePath = blocks[first].context.containerPath[...depth]
        func isInside(_ block: Block) -> Bool {
            let path = block.context.containerPath
            return path.count > depth && path[depth] == article
        }
        // A page whose running text the article holds only in part (a company's page of
        // sections) keeps the sections beside it too: only then are they scored.
        var pageText = 0.0
        var articleText = 0.0
        for index in survivors {
            let good = weights(of: blocks[index]).good
            pageText += good
            if isInside(blocks[index]) { articleText += good }
        }
        let sections = articleText < MainContentSettings.sectionArticleShare * pageText
            ? sectionScores(among: survivors, of: blocks, elementCount: elementCount) : nil
        var verdicts = markers
        var keptCharacters = 0
        var hasTitle = false
        var lastTitleBefore: Int?
        for index in survivors {
            let block = blocks[index]
            let inside = isInside(block)
            if inside && (cards?.holds(block) == true || headsRunningText(blocks, at: index)
                || AnnouncedList.isAnnounced(blocks, at: index)
                || !isLinkBlock(block, threshold: MainContentSettings.linkBlockDensityInArticle)) {
                // A heading first in the article (or any h1 in it) is its title.
                hasTitle = hasTitle || block.headingLevel == 1 || (keptCharacters == 0 && block.headingLevel != nil)
                keptCharacters += block.context.textCharacters
                continue
            }
            verdicts[index] = inside ? .related : leftoverKind(block)
            if !inside, index < first, block.headingLevel == 1 { lastTitleBefore = index }
            if !inside, index < first, first - index <= MainContentSettings.titleLookback, block.headingLevel != nil {
                verdicts[index] = nil
            } else if !inside, isInSiblingSubtree(block, of: articlePath, scores: scores)
                        || sections.map({ isInSiblingSubtree(block, of: articlePath, scores: $0,
                                                             minimum: MainContentSettings.siblingSectionMinimumScore) }) == true {
                verdicts[index] = nil
            }
        }
        guard keptCharacters >= MainContentSettings.minimumArticleCharacters else { return nil }
        // The article's title often stands apart from its body, above teasers or a byline.
        if !hasTitle, let title = lastTitleBefore { verdicts[title] = nil }
        return (verdicts, cards)
    }

    /// Whether `container` stands inside the element `body` and holds less than
    /// `MainContentSettings.sectionArticleShare` of the running text in it among `indices`: the
    /// densest container is then one section of the declared article, which its other sections
    /// (lists of links between their paragraphs, tables) scored below, not the article.
    private static func isSection(_ container: Int, of body: Int, among indices: [Int], of blocks: [Block]) -> Bool {
        var containerText = 0.0
        var bodyText = 0.0
        for index in indices {
            let path = blocks[index].context.containerPath
            guard let bodyLevel = path.firstIndex(of: body) else {
                if path.contains(container) { return false }
                continue
            }
            let good = weights(of: blocks[index]).good
            bodyText += good
            if path[(bodyLevel + 1)...].contains(container) { containerText += good }
        }
        return containerText > 0 && containerText < MainContentSettings.sectionArticleShare * bodyText
    }

    /// Whether the block at `index` is a heading over a section of running text: the next block
    /// is no link block, and a block of running text (`goodBlockCharacters`) follows before the
    /// next heading. Inside the article such a heading stays even when it is a link (the entries
    /// of a ranking link to their subjects); a teaser's linked title over a line of summary goes.
    private static func headsRunningText(_ blocks: [Block], at index: Int) -> Bool {
        guard blocks[index].headingLevel != nil else { return false }
        for next in blocks.indices[(index + 1)...] {
            let block = blocks[next]
            if block.headingLevel != nil { break }
            if isLinkBlock(block, threshold: MainContentSettings.linkBlockDensity) {
                if next == index + 1 { return false }
                continue
            }
            if block.context.textCharacters >= MainContentSettings.goodBlockCharacters { return true }
        }
        return false
    }

    /// Steps 1 to 4 with the given markers: each block's verdict, `nil` for the main content,
    /// and whether a container held enough running text to be the article (step 2).
    /// `panelLines` tells the blocks that are lines of a member's panel (`MemberPanel`).
    private static func cascade(_ blocks: [Block], markers: [BoilerplateKind?], panelLines: [Bool],
                                elementCount: Int, isDeclaredArticle: Bool) -> (verdicts: [BoilerplateKind?], foundArticle: Bool) {
        var markers = markers
        let survivors = blocks.indices.filter { markers[$0] == nil }
        if let main = mainElement(among: survivors, of: blocks, elementCount: elementCount) {
            for index in survivors where !blocks[index].context.containerPath.contains(main) {
                markers[index] = leftoverKind(blocks[index])
            }
        }
        let body = declaredBody(among: blocks.indices.filter { markers[$0] == nil }, of: blocks, elementCount: elementCount)
        if let end = body?.lastBlock {
            for index in blocks.indices where index > end && markers[index] == nil {
                markers[index] = leftoverKind(blocks[index])
            }
        }
        let article = articleVerdicts(blocks, markers: markers, elementCount: elementCount, declaredBody: body?.id)
        var verdicts = article?.verdicts ?? fallbackVerdicts(blocks, markers: markers, isDeclaredArticle: isDeclaredArticle)
        if article != nil { TeaserExcerpts.drop(blocks, &verdicts) }
        // A card's title heads the card, not a section: it stays when the wording steps take
        // the card's other short lines (a date, a price), which would leave it without a section.
        let cardTitles = article?.cards.map { cards in
            blocks.indices.filter { verdicts[$0] == nil && blocks[$0].headingLevel != nil && cards.holds(blocks[$0]) }
        } ?? []
        for index in blocks.indices where verdicts[index] == nil {
            verdicts[index] = phraseKind(of: blocks[index])
        }
        dropIsolatedShortBlocks(blocks, &verdicts)
        trimShortTail(blocks, &verdicts)
        // After those two: a post's own short line between two panels stays.
        for index in blocks.indices where verdicts[index] == nil && panelLines[index] { verdicts[index] = .author }
        restoreLinkedTitles(blocks, &verdicts)
        dropOrphanHeadings(blocks, &verdicts)
        for index in cardTitles { verdicts[index] = nil }
        return (verdicts, article != nil)
    }

    /// Step 6: when every step before removed the whole page but its headings, it still has a content that
    /// nothing here could tell apart from its boilerplate: the densest container's blocks are
    /// kept whatever their markers said (but link blocks), else every block but link blocks,
    /// else every block. The rest keep the verdicts they had, and say so in `removed`.
    private static func densestTextVerdicts(_ blocks: [Block], verdicts: [BoilerplateKind?], elementCount: Int) -> [BoilerplateKind?] {
        let scores = containerScores(among: Array(blocks.indices), of: blocks, elementCount: elementCount)
        let isText = blocks.map { !isLinkBlock($0, threshold: MainContentSettings.linkBlockDensity) }
        var kept = [Bool](repeating: false, count: blocks.count)
        if let article = densestContainer(scores) {
            for index in blocks.indices where isText[index] && blocks[index].context.containerPath.contains(article) {
                kept[index] = true
            }
        }
        if !kept.contains(true) { kept = isText }
        if !kept.contains(true) { kept = kept.map { _ in true } }
        return blocks.indices.map { kept[$0] ? nil : verdicts[$0] }
    }

    /// The page's own `<main>` element, when it holds at least `MainContentSettings.mainTextShare`
    /// of the running text among `indices`: what stands outside it is the site's frame.
    private static func mainElement(among indices: [Int], of blocks: [Block], elementCount: Int) -> Int? {
        declaredElement(among: indices, of: blocks, elementCount: elementCount, share: MainContentSettings.mainTextShare) {
            $0.first == "main"
        }?.id
    }

    /// The element the page declares its article's body (`itemprop="articleBody"`, or failing
    /// that its only `<article>` element), when it holds at least
    /// `MainContentSettings.articleBodyTextShare` of the running text among `indices`, with the
    /// index of the last block inside it: the article ends there. What stands before it stays
    /// open to the search, since a lead or a standfirst is often written above the declared body.
    /// Several `<article>` elements with text side by side are a thread's posts or a listing's
    /// cards, none of them the page's article.
    private static func declaredBody(among indices: [Int], of blocks: [Block], elementCount: Int) -> DeclaredElement? {
        let share = MainContentSettings.articleBodyTextShare
        if let body = declaredElement(among: indices, of: blocks, elementCount: elementCount, share: share, isDeclared: {
            $0.contains(BlockContext.articleBodyToken)
        }) {
            return body
        }
        guard let article = declaredElement(among: indices, of: blocks, elementCount: elementCount, share: share, isDeclared: {
            $0.first == articleTag
        }) else { return nil }
        let another = indices.contains { index in
            let path = blocks[index].context.containerPath
            return !path.contains(article.id) && path.contains { article.isDeclared[$0] == true }
        }
        return another ? nil : article
    }

    private static let articleTag = "article"

    /// An element the page declares something by its tag or tokens (`isDeclared`), found by
    /// `declaredElement`: its identifier, the last block inside it, and for each element on the
    /// paths of the blocks searched whether it is declared so too.
    private struct DeclaredElement {
        var id: Int
        var lastBlock: Int
        var isDeclared: [Bool?]
    }

    /// Among the elements whose tokens `isDeclared` accepts, the one that holds the most running
    /// text among `indices`, when that is at least `share` of it.
    private static func declaredElement(among indices: [Int], of blocks: [Block], elementCount: Int, share: Double,
                                        isDeclared: (ArraySlice<String>) -> Bool) -> DeclaredElement? {
        var text = [Double](repeating: 0, count: elementCount)
        var lastInside = [Int?](repeating: nil, count: elementCount)
        var declared = [Bool?](repeating: nil, count: elementCount)
        var pageText = 0.0
        for index in indices {
            let context = blocks[index].context
            let good = weights(of: blocks[index]).good
            pageText += good
            for (level, id) in context.containerPath.enumerated() {
                let isAccepted = declared[id] ?? isDeclared(context.tokens(ofContainerAt: level))
                declared[id] = isAccepted
                if isAccepted {
                    text[id] += good
                    lastInside[id] = index
                }
            }
        }
        guard pageText > 0,
              let best = text.indices.max(by: { text[$0] < text[$1] || (text[$0] == text[$1] && $0 > $1) }),
              text[best] >= share * pageText, let last = lastInside[best] else { return nil }
        return DeclaredElement(id: best, lastBlock: last, isDeclared: declared)
    }

    /// The running text (`weights(of:)`) of the blocks the verdicts keep.
    private static func runningText(_ blocks: [Block], _ verdicts: [BoilerplateKind?]) -> Double {
        zip(blocks, verdicts).reduce(0) { $0 + ($1.1 == nil ? weights(of: $1.0).good : 0) }
    }

    /// Whether a link block reads as a list of titles (of articles, recipes, products), not of
    /// menu labels: its links average at least `minimumCharacters` each. On a page with no
    /// article, such a list is what the page offers.
    private static func isListOfTitles(_ block: Block, minimumCharacters: Double) -> Bool {
        let texts = block.texts
        guard !texts.isEmpty else { return false }
        return Double(block.context.textCharacters) / Double(texts.count) >= minimumCharacters
    }

    /// Step 3: everything the markers left, but link blocks. A page that neither declares itself
    /// an article nor holds `listingTextCharacters` of running text is a listing: its lists of
    /// names (`nameCharacters`) stay too, where other pages keep only lists of titles.
    private static func fallbackVerdicts(_ blocks: [Block], markers: [BoilerplateKind?], isDeclaredArticle: Bool) -> [BoilerplateKind?] {
        var verdicts = markers
        let region = textRegion(blocks, markers: markers)
        let isListing = !isDeclaredArticle && runningText(blocks, markers) < MainContentSettings.listingTextCharacters
        let minimumCharacters = isListing ? MainContentSettings.nameCharacters : MainContentSettings.titleCharacters
        for index in blocks.indices where verdicts[index] == nil
            && isLinkBlock(blocks[index], threshold: MainContentSettings.linkBlockDensity)
            && !isListOfTitles(blocks[index], minimumCharacters: minimumCharacters) {
            if let region, blocks[index].context.containerPath.starts(with: region) { continue }
            verdicts[index] = .navigation
        }
        return verdicts
    }

    /// Keeps the headline above the article: of the headings before the first kept block, the
    /// one that says most nearly what a declared title says, when it is a headline and says it
    /// more nearly than every kept heading.
    private static func restoreHeadline(_ blocks: [Block], _ verdicts: inout [BoilerplateKind?], declaredTitles: [String]) {
        guard !declaredTitles.isEmpty, let first = verdicts.firstIndex(where: { $0 == nil }) else { return }
        let titles = Headline.TitleWords(declaredTitles)
        let similarity = { (index: Int) in
            blocks[index].headingLevel == nil ? 0 : Headline.similarity(of: blocks[index].text, to: titles)
        }
        let kept = blocks.indices.filter { verdicts[$0] == nil }.map(similarity).max() ?? 0
        var best: (index: Int, similarity: Double)?
        for index in 0..<first {
            let value = similarity(index)
            if value >= Headline.minimumSharedWords, value > kept, value >= best?.similarity ?? 0 { best = (index, value) }
        }
        if let headline = best?.index { verdicts[headline] = nil }
    }

    /// The innermost element that holds every block of running text the markers left, when it
    /// lies below the page's body and holds more link text than running text: on a page
    /// without an article, an index under its introduction (a list of names, of entries).
    private static func textRegion(_ blocks: [Block], markers: [BoilerplateKind?]) -> ArraySlice<Int>? {
        var region: ArraySlice<Int>?
        var text = 0.0
        for index in blocks.indices where markers[index] == nil && weights(of: blocks[index]).good > 0 {
            text += weights(of: blocks[index]).good
            let path = blocks[index].context.containerPath.dropLast()
            guard let current = region else { region = path[...]; continue }
            var shared = 0
            while shared < current.count, shared < path.count, current[current.startIndex + shared] == path[shared] { shared += 1 }
            region = current.prefix(shared)
        }
        guard let region, region.count >= MainContentSettings.textRegionDepth else { return nil }
        let links = blocks.indices.reduce(0) { sum, index in
            markers[index] == nil && blocks[index].context.containerPath.starts(with: region)
                ? sum + blocks[index].context.linkCharacters : sum
        }
        return Double(links) > text ? region : nil
    }

    /// Removes a kept block that says again, word for word, what a kept block before it said: a
    /// page's copies for other screens (a description for phones and one for desktops, a
    /// gallery's caption per slide) are one text. Short blocks repeat by nature ("Yes" in a
    /// table of specifications) and stay; so does a title (`h1`), which the article's first
    /// heading may repeat.
    private static func dropRepeatedBlocks(_ blocks: [Block], _ verdicts: inout [BoilerplateKind?]) {
        var seen = Set<ByteWiseTexts>()
        for index in blocks.indices where verdicts[index] == nil && blocks[index].headingLevel != 1
            && blocks[index].context.textCharacters >= MainContentSettings.repeatedBlockCharacters {
            if !seen.insert(ByteWiseTexts(texts: blocks[index].texts)).inserted { verdicts[index] = .other }
        }
    }

    /// Keeps a linked heading taken as a link block inside the article when a block under it,
    /// in the same element, stays: an entry's title over its kept summary (on a listing the
    /// titles link to the entries), which a summary without its title does not read as.
    private static func restoreLinkedTitles(_ blocks: [Block], _ verdicts: inout [BoilerplateKind?]) {
        for index in blocks.indices where verdicts[index] == .related && blocks[index].headingLevel != nil
            && isLinkBlock(blocks[index], threshold: MainContentSettings.linkBlockDensityInArticle) {
            let card = blocks[index].context.containerPath.dropLast()
            guard !card.isEmpty else { continue }
            for next in blocks.indices[(index + 1)...] {
                let block = blocks[next]
                guard block.headingLevel == nil, block.context.containerPath.starts(with: card) else { break }
                if verdicts[next] == nil {
                    verdicts[index] = nil
                    break
                }
            }
        }
    }

    /// Removes short paragraphs whose neighbours on both sides were removed: a line alone
    /// between two pieces of boilerplate belongs to them (a label, a credit, a date). A kept
    /// price beside it counts as removed unless the line stands closer to it than to its other
    /// neighbour (the name of the price's product, not the last line of the card before).
    /// A row of a table is never alone: it is one line of a grid of data.
    private static func dropIsolatedShortBlocks(_ blocks: [Block], _ verdicts: inout [BoilerplateKind?]) {
        let before = verdicts
        for index in blocks.indices.dropFirst().dropLast() where before[index] == nil {
            let toPrevious = sharedDepth(blocks[index], blocks[index - 1])
            let toNext = sharedDepth(blocks[index], blocks[index + 1])
            let previous = before[index - 1] ?? (isPrice(blocks[index - 1]) && toPrevious <= toNext ? .other : nil)
            let nextRemoved = before[index + 1] != nil || (isPrice(blocks[index + 1]) && toNext <= toPrevious)
            guard let previous, nextRemoved, blocks[index].headingLevel == nil,
                  !blocks[index].isList, blocks[index].context.tableRow == nil,
                  blocks[index].context.textCharacters < MainContentSettings.isolatedBlockCharacters else { continue }
            verdicts[index] = previous
        }
    }

    /// Removes the short paragraphs after the article's last running text (share prompts,
    /// credits, dates, "Tags"): an article ends with its text. Short lines before its first
    /// running text stay, since those are as often a dateline or a lead as a byline; so do
    /// short lines written in the same element as the last running text (a greeting, a
    /// signature, the last entries of a ranking): widgets stand in elements of their own.
    private static func trimShortTail(_ blocks: [Block], _ verdicts: inout [BoilerplateKind?]) {
        let kept = blocks.indices.filter { verdicts[$0] == nil }
        guard let lastText = kept.last(where: {
            blocks[$0].headingLevel == nil && blocks[$0].context.textCharacters >= MainContentSettings.goodBlockCharacters
        }) else { return }
        let lastPath = blocks[lastText].context.containerPath.dropLast()
        for index in kept where index > lastText && blocks[index].headingLevel == nil && !blocks[index].isList
            && blocks[index].context.textCharacters < MainContentSettings.tailBlockCharacters
            && blocks[index].context.containerPath.dropLast() != lastPath {
            verdicts[index] = .other
        }
    }

    /// The kind of boilerplate a short block's wording gives away (`BoilerplatePhrases`). A
    /// line of digits is a date or a time, unless it is a row of a table: the figures of a chart.
    /// Preformatted text (code) has no wording of the kind.
    private static func phraseKind(of block: Block) -> BoilerplateKind? {
        guard !block.isList, !block.context.isPreformatted,
              block.context.textCharacters < MainContentSettings.phraseBlockCharacters else { return nil }
        if isNumeric(block), block.context.tableRow == nil { return .other }
        let text = folded(block.text)
        if let match = phraseOpenings.first(where: { text.starts(with: $0.phrase) }) { return match.kind }
        if creditMarkers.contains(where: { text.contains(subsequence: $0) }) { return .other }
        return nil
    }

    /// How many elements, from the page's root, two blocks stand in together.
    private static func sharedDepth(_ one: Block, _ other: Block) -> Int {
        zip(one.context.containerPath, other.context.containerPath).prefix { $0 == $1 }.count
    }

    /// Whether a block is a line no longer than a date that gives a price (`$19.95`, `24,50 €`).
    private static func isPrice(_ block: Block) -> Bool {
        !block.isList && block.context.textCharacters <= MainContentSettings.numericBlockCharacters && PriceLine.isPrice(block.text)
    }

    /// Whether a short block is mostly digits (`23.10.2018`, `16:11 Uhr`), and no price (`PriceLine`).
    private static func isNumeric(_ block: Block) -> Bool {
        let length = block.context.textCharacters
        guard length > 0, length <= MainContentSettings.numericBlockCharacters else { return false }
        let digits = block.text.utf8.reduce(0) { $0 + ($1 >= UInt8(ascii: "0") && $1 <= UInt8(ascii: "9") ? 1 : 0) }
        return Double(digits) >= MainContentSettings.numericBlockDigitShare * Double(length) && !PriceLine.isPrice(block.text)
    }

    private static let phraseOpenings = BoilerplatePhrases.openings.map { (phrase: folded($0.phrase), kind: $0.kind) }
    private static let creditMarkers = BoilerplatePhrases.credits.map(folded)

    /// The UTF-8 bytes of `text` with ASCII and Latin-1 capitals made small (`Ähnliche` ->
    /// `ähnliche`): enough case folding for the phrase tables, without building a new String.
    private static func folded(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                bytes[index] = byte | 0x20
            } else if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9E,
                      bytes[index + 1] != 0x97 {
                bytes[index + 1] += 0x20
                index += 1
            }
            index += 1
        }
        return bytes
    }

    /// Removes kept headings whose section lost all its blocks ("Read also" over a removed list
    /// of links): a heading followed by removed blocks and then by nothing kept but a heading of
    /// the same or a higher level. A heading that is a statement (`isStatement`) stays.
    private static func dropOrphanHeadings(_ blocks: [Block], _ verdicts: inout [BoilerplateKind?]) {
        var nextKeptLevel: Int? = 0
        var removedSinceKept: BoilerplateKind?
        for index in blocks.indices.reversed() {
            if let verdict = verdicts[index] {
                removedSinceKept = verdict
                continue
            }
            guard let level = blocks[index].headingLevel else {
                nextKeptLevel = nil
                removedSinceKept = nil
                continue
            }
            if let removedKind = removedSinceKept, let next = nextKeptLevel, next == 0 || next <= level,
               !isStatement(blocks[index]) {
                verdicts[index] = removedKind
                continue
            }
            nextKeptLevel = level
            removedSinceKept = nil
        }
    }

    /// Whether a heading is a statement: a sentence without links that ends with `.` or `!`, set
    /// in a heading's type (a company's pitch over its services), not a title over a section.
    /// Questions are left out: an FAQ's question is the title over its answer.
    private static func isStatement(_ heading: Block) -> Bool {
        guard heading.context.linkCharacters == 0, let last = heading.text.utf8.last else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!")
    }

    // MARK: Scoring

    /// Whether at least `threshold` of a block's text is link text, and the block is no
    /// paragraph of running text written inside a link (`LinkedProse`).
    private static func isLinkBlock(_ block: Block, threshold: Double) -> Bool {
        let text = block.context.textCharacters
        guard text > 0 else { return false }
        return Double(block.context.linkCharacters) >= threshold * Double(text) && !LinkedProse.isLinkedProse(block)
    }

    /// How much a block speaks for (`good`) and against (`bad`) the containers around it.
    private static func weights(of block: Block) -> (good: Double, bad: Double) {
        let text = Double(block.context.textCharacters)
        let links = Double(block.context.linkCharacters)
        if block.headingLevel != nil { return (0, 0) }
        if isLinkBlock(block, threshold: MainContentSettings.linkBlockDensity) { return (0, text) }
        if block.context.textCharacters >= MainContentSettings.goodBlockCharacters { return (text - links, links) }
        return (0, text * MainContentSettings.shortBlockWeight)
    }

    /// Whether `block` stands in a subtree beside the article, close to it in the tree and
    /// scoring at least `minimum` in `scores`: with more running text than boilerplate (a lead
    /// paragraph, a body split in two parts), or, in `sectionScores`, a section of lines.
    private static func isInSiblingSubtree(_ block: Block, of articlePath: ArraySlice<Int>, scores: [Double],
                                           minimum: Double = MainContentSettings.siblingMinimumScore) -> Bool {
        guard !isLinkBlock(block, threshold: MainContentSettings.linkBlockDensity) else { return false }
        let path = block.context.containerPath
        var shared = 0
        while shared < path.count, shared < articlePath.count, path[shared] == articlePath[articlePath.startIndex + shared] {
            shared += 1
        }
        guard shared > 0, articlePath.count - shared <= MainContentSettings.siblingLevels, shared < path.count else { return false }
        return scores[path[shared]] >= minimum
    }

    /// Each element's running text minus the boilerplate-like text inside it.
    private static func containerScores(among indices: [Int], of blocks: [Block], elementCount: Int) -> [Double] {
        var scores = [Double](repeating: 0, count: elementCount)
        for index in indices {
            let (good, bad) = weights(of: blocks[index])
            let score = good - MainContentSettings.badTextWeight * bad
            for id in blocks[index].context.containerPath {
                scores[id] += score
            }
        }
        return scores
    }

    /// Each element's lines outside links (`sectionLineCharacters` and longer) minus its labels
    /// (shorter lines, weighed like short blocks) and link blocks: a section of a company's page
    /// (short sentences of features under a heading) scores as well as a paragraph, a menu or a
    /// panel of filters below nothing.
    private static func sectionScores(among indices: [Int], of blocks: [Block], elementCount: Int) -> [Double] {
        var scores = [Double](repeating: 0, count: elementCount)
        for index in indices {
            let block = blocks[index]
            let text = Double(block.context.textCharacters)
            let score: Double
            if block.headingLevel != nil {
                score = 0
            } else if isLinkBlock(block, threshold: MainContentSettings.linkBlockDensity) {
                score = -text
            } else if block.context.textCharacters < MainContentSettings.sectionLineCharacters {
                score = -text * MainContentSettings.shortBlockWeight
            } else {
                score = LinkedProse.isLinkedProse(block) ? text : text - Double(block.context.linkCharacters)
            }
            for id in block.context.containerPath {
                scores[id] += score
            }
        }
        return scores
    }

    /// The element with the best score (the first in the page among equals).
    private static func densestContainer(_ scores: [Double]) -> Int? {
        var best: (id: Int, score: Double)?
        for (id, score) in scores.enumerated() where score > 0 {
            if let current = best, current.score > score || (current.score == score && current.id < id) { continue }
            best = (id, score)
        }
        return best?.id
    }

    /// The kind of a block left outside the article without a marker.
    private static func leftoverKind(_ block: Block) -> BoilerplateKind {
        isLinkBlock(block, threshold: MainContentSettings.linkBlockDensity) ? .navigation : .other
    }
}

private extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard let first = needle.first, count >= needle.count else { return false }
        var start = 0
        while start <= count - needle.count {
            if self[start] == first, self[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}
