/// Whether the section under a boilerplate heading holds most of what is left of the article.
///
/// A heading that announces other pages or items ("Related articles", "Similar items") takes
/// its whole section with it. Where the page's structure does not say where that section ends
/// (the headings after it were taken as chrome, or were never headings), the section runs on
/// into the article itself; a section that holds more running text than all the kept blocks
/// outside it is the article read past its true end, and only the heading goes.
enum BoilerplateSectionShare {
    /// Whether the blocks of `section` that are still kept hold more running text (paragraphs of
    /// prose, `TitleFinder.isProse`) than the kept blocks outside it and its `heading`.
    static func holdsMostOfTheArticle(_ blocks: [Block], verdicts: [BoilerplateKind?],
                                      heading: Int, section: Range<Int>) -> Bool {
        var inside = 0
        var outside = 0
        for index in blocks.indices where index != heading && verdicts[index] == nil && TitleFinder.isProse(blocks[index]) {
            if section.contains(index) {
                inside += blocks[index].text.count
            } else {
                outside += blocks[index].text.count
            }
        }
        return inside > outside
    }
}
