/// Decides which blocks are the article and which are boilerplate, and why.
public enum ArticleCleaner {
    /// Cleans a parsed page.
    public static func clean(_ page: ParsedPage) -> CleanedArticle {
        let (kept, removed) = MainContentSelector.select(page.blocks)
        return CleanedArticle(title: page.declaredTitle, body: kept, removed: page.removed + removed,
                              declaredLanguage: page.declaredLanguage)
    }
}
