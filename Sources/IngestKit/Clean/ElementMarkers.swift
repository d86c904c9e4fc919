/// Step 1 of `MainContentSelector`: what the tag, class, id and role of the elements around a
/// block say of it (`BoilerplateMarkers`), read from the block's container path
/// (`BlockContext`).
enum ElementMarkers {
    /// For each block, the kind of the innermost boilerplate element around it, if any, with
    /// the markers that `reading` counts. Markers on the page's `wrappers` are ignored unless
    /// definite.
    static func kinds(of blocks: [Block], wrappers: TextWrappers, elementCount: Int,
                      reading: Reading) -> [BoilerplateKind?] {
        var cache = [Marker?](repeating: nil, count: elementCount)
        return blocks.map { block in
            var kind: BoilerplateKind?
            var insideArticle = false
            var anchor: HeadingAnchor?
            let headingElement = block.headingLevel == nil ? nil : block.context.containerPath.count - 1
            for (level, id) in block.context.containerPath.enumerated() {
                // A heading's own class says how it looks (`kt-adv-heading`, `widget-title`), not
                // what it heads: the elements around it say that.
                if level == headingElement, headingTags.contains(block.context.tokens(ofContainerAt: level).first ?? "") { continue }
                let marker = cache[id] ?? {
                    let tokens = block.context.tokens(ofContainerAt: level)
                    var marker = Marker(tokens: tokens, insideArticle: insideArticle, reading: reading)
                    // The first block that reaches an element is its first: a heading there may
                    // be spelled by the element's anchor, whose words are no marker.
                    if marker.kind != nil, block.headingLevel != nil, tokens.count > HeadingAnchor.minimumWords {
                        let heading = anchor ?? HeadingAnchor(heading: block.text)
                        anchor = heading
                        let unspelled = heading.tokens(tokens)
                        if unspelled.count < tokens.count {
                            marker = Marker(tokens: unspelled, insideArticle: insideArticle, reading: reading)
                        }
                    }
                    cache[id] = marker
                    return marker
                }()
                insideArticle = insideArticle || marker.isArticle
                if let found = marker.kind, marker.isDefinite || !wrappers.contains(id) {
                    kind = found
                }
            }
            return kind
        }
    }

    private static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Which markers count.
    enum Reading {
        /// Every marker.
        case all
        /// Only markers that are the element's tag name or definite.
        case strict
        /// Every marker but those of comment threads (`BoilerplateMarkers.thread`).
        case threadsLifted
    }

    /// What one element's tokens say about it.
    private struct Marker {
        /// The boilerplate kind the element is marked with.
        var kind: BoilerplateKind?
        /// Whether the element holds the article (its tag, or a content class).
        var isArticle: Bool
        /// Whether the marker holds however much text the element has.
        var isDefinite = false

        init(tokens: ArraySlice<String>, insideArticle: Bool, reading: Reading) {
            let facts = tokens.map { BoilerplateMarkers.facts[$0] }
            let tag = tokens.first ?? ""
            isArticle = facts.contains { $0?.isArticleToken == true }
            if BoilerplateMarkers.articleElements.contains(tag) {
                kind = nil
                isArticle = true
                return
            }
            kind = Self.firstMarker(in: tokens, facts: facts, weak: false, liftsThreads: reading == .threadsLifted)
            if kind == .social, BoilerplateMarkers.quotationElements.contains(tag) { kind = nil }
            isDefinite = kind != nil && (facts.contains { $0?.isDefinite == true }
                || !insideArticle && BoilerplateMarkers.definiteOutsideArticle.contains(tag))
            if reading == .strict {
                if !isDefinite && facts.first??.strong == nil { kind = nil }
                return
            }
            if kind == nil, !insideArticle {
                kind = Self.firstMarker(in: tokens, facts: facts, weak: true, liftsThreads: false)
            }
        }

        /// The kind of the first token of `tokens` that is a marker in `BoilerplateMarkers.weak`
        /// (`weak`) or in `BoilerplateMarkers.strong` and its prefixes; `facts` are the tokens'
        /// `BoilerplateMarkers.facts`.
        private static func firstMarker(in tokens: ArraySlice<String>, facts: [BoilerplateMarkers.TokenFacts?],
                                        weak: Bool, liftsThreads: Bool) -> BoilerplateKind? {
            var previous: BoilerplateMarkers.TokenFacts?
            for (offset, token) in tokens.enumerated() {
                let fact = facts[offset]
                defer { previous = fact }
                if let previous, previous.isModifier || previous.neutralFollowers?.contains(token) == true { continue }
                if offset + 1 < facts.count, fact?.contentFollowers?.contains(tokens[tokens.startIndex + offset + 1]) == true {
                    continue
                }
                if liftsThreads, fact?.isThread == true || BoilerplateMarkers.threadPrefixTable.firstMatch(in: token) != nil { continue }
                if let kind = weak ? fact?.weak : fact?.strong { return kind }
                if !weak, let kind = BoilerplateMarkers.prefixTable.firstMatch(in: token),
                   !BoilerplateMarkers.prefixExceptions.contains(token) {
                    return kind
                }
            }
            return nil
        }
    }
}
