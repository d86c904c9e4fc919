/// The elements of a page that hold most of its text: a boilerplate marker on one of them
/// names a wrapper (a `<form>` around the whole page, a `sidebar-layout` div, a `search-page`
/// div around a listing's results), not boilerplate.
///
/// Pages keep their text in different shapes, so the share is counted three ways, and an
/// element that holds `MainContentSettings.wrapperTextShare` of the page by any of them is a
/// wrapper:
/// - running text (paragraphs of `goodBlockCharacters` outside link blocks): an article;
/// - all text outside links: a listing, whose cards are short lines or the items of a list;
/// - text outside links and lists: a product's or a company's page of short lines, which the
///   descriptions in the site's menus (lists) would outweigh in the second count.
///
/// Headings count in none of them. By the last two counts, an element holding less than one
/// paragraph of running text (`goodBlockCharacters`) wraps nothing: on a page whose text is all
/// links and lists, a search box's label would otherwise hold the whole count.
struct TextWrappers {
    private let isWrapper: [Bool]

    /// The wrappers among the `elementCount` elements that hold `blocks`, whose running text
    /// is `runningText` (one figure per block).
    init(blocks: [Block], runningText: [Double], elementCount: Int) {
        var held = [SIMD3<Double>](repeating: .zero, count: elementCount)
        var page = SIMD3<Double>.zero
        for (block, running) in zip(blocks, runningText) where block.headingLevel == nil {
            let outsideLinks = Double(block.context.textCharacters - block.context.linkCharacters)
            let text = SIMD3(running, outsideLinks, block.isList ? 0 : outsideLinks)
            page += text
            for id in block.context.containerPath { held[id] += text }
        }
        let paragraph = Double(MainContentSettings.goodBlockCharacters)
        let threshold = pointwiseMax(page * MainContentSettings.wrapperTextShare, SIMD3(1, paragraph, paragraph))
        isWrapper = held.map { any($0 .>= threshold) }
    }

    /// Whether the element `id` holds most of the page's text by one of the counts.
    func contains(_ id: Int) -> Bool {
        isWrapper[id]
    }
}
