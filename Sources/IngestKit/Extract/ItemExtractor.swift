/// Finds the items of each category in a cleaned article.
public enum ItemExtractor {
    /// Extracts the items of every category, in order of appearance.
    public static func extract(_ article: CleanedArticle, language: String) -> [Category: [Item]] {
        [:]
    }
}
