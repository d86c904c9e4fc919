/// Tells the language of an article from its words.
public enum LanguageDetector {
    /// ISO 639-1 code of the article's language, `und` when unknown.
    public static func detect(_ article: CleanedArticle) -> String {
        "und"
    }
}
