/// Finds the article among the blocks of a whole web page (navigation, sidebars, footers, …
/// around it), from what each block's context says about where it stood.
///
/// A cascade, each step on what the one before left:
/// 1. Markers: a block inside an element whose tag, class, id or role marks boilerplate
///    (`nav`, `footer`, `cookie-banner`, `share`, `comments`, …; see `BoilerplateMarkers`)
///    goes, with that marker's kind, unless the element holds most of the page's text.
/// 2. The densest container: every element is scored by the running text inside it minus
///    the link text and short fragments inside it; the best one is the article. Blocks outside
///    it go, and so do link lists inside it; the headings just before it (the title) stay.
/// 3. Fallback: when that container holds too little running text, every block the markers
///    left is kept but link blocks.
enum MainContentSelector {
    /// Splits `blocks` into those that are the page's main content and those that are not.
    /// Blocks without container context (plain-text sources) are all kept.
    static func select(_ blocks: [Block]) -> (kept: [Block], removed: [RemovedBlock]) {
        guard blocks.contains(where: { !$0.context.containerPath.isEmpty }) else { return (blocks, []) }
        let markers = markerKinds(of: blocks)
        let survivors = blocks.indices.filter { markers[$0] == nil }
        var verdicts = markers
        let article = densestContainer(among: survivors, of: blocks)
        var keptCharacters = 0
        if let article {
            let start = survivors.first { blocks[$0].context.containerPath.contains(article) }
            for index in survivors {
                let block = blocks[index]
                let inside = block.context.containerPath.contains(article)
                if inside && !isLinkBlock(block, threshold: MainContentSettings.linkBlockDensityInArticle) {
                    keptCharacters += block.context.textCharacters
                } else if !inside, let start, index < start, start - index <= MainContentSettings.titleLookback,
                          block.headingLevel != nil {
                    continue
                } else {
                    verdicts[index] = inside ? .related : leftoverKind(block)
                }
            }
        }
        if article == nil || keptCharacters < MainContentSettings.minimumArticleCharacters {
            verdicts = markers
            for index in survivors where isLinkBlock(blocks[index], threshold: MainContentSettings.linkBlockDensity) {
                verdicts[index] = .navigation
            }
        }
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

    // MARK: Markers

    /// For each block, the kind of the innermost boilerplate element around it, if any.
    private static func markerKinds(of blocks: [Block]) -> [BoilerplateKind?] {
        var containerText: [Int: Int] = [:]
        var pageText = 0
        for block in blocks {
            pageText += block.context.textCharacters
            for id in block.context.containerPath {
                containerText[id, default: 0] += block.context.textCharacters
            }
        }
        let wrapperText = Double(pageText) * MainContentSettings.wrapperTextShare
        var cache: [Int: Marker] = [:]
        return blocks.map { block in
            var kind: BoilerplateKind?
            var insideArticle = false
            for (level, id) in block.context.containerPath.enumerated() {
                let marker = cache[id] ?? {
                    let marker = Marker(tokens: block.context.tokens(ofContainerAt: level), insideArticle: insideArticle)
                    cache[id] = marker
                    return marker
                }()
                insideArticle = insideArticle || marker.isArticle
                if let found = marker.kind, Double(containerText[id, default: 0]) < wrapperText {
                    kind = found
                }
            }
            return kind
        }
    }

    /// What one element's tokens say about it.
    private struct Marker {
        /// The boilerplate kind the element is marked with.
        var kind: BoilerplateKind?
        /// Whether the element holds the article (its tag, or a content class).
        var isArticle: Bool

        init(tokens: ArraySlice<String>, insideArticle: Bool) {
            let tag = tokens.first ?? ""
            isArticle = tokens.contains { BoilerplateMarkers.articleTokens.contains($0) }
            if BoilerplateMarkers.articleElements.contains(tag) {
                kind = nil
                isArticle = true
                return
            }
            kind = tokens.lazy.compactMap { BoilerplateMarkers.strong[$0] }.first
            if kind == nil, !insideArticle {
                kind = tokens.lazy.compactMap { BoilerplateMarkers.weak[$0] }.first
            }
        }
    }

    // MARK: Scoring

    private static func isLinkBlock(_ block: Block, threshold: Double) -> Bool {
        let text = block.context.textCharacters
        guard text > 0 else { return false }
        return Double(block.context.linkCharacters) >= threshold * Double(text)
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

    /// The element whose running text, minus the boilerplate-like text inside it, is largest.
    private static func densestContainer(among indices: [Int], of blocks: [Block]) -> Int? {
        var scores: [Int: Double] = [:]
        for index in indices {
            let (good, bad) = weights(of: blocks[index])
            let score = good - MainContentSettings.badTextWeight * bad
            for id in blocks[index].context.containerPath {
                scores[id, default: 0] += score
            }
        }
        var best: (id: Int, score: Double)?
        for (id, score) in scores where score > 0 {
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
