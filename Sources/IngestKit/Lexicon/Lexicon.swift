/// All that the pipeline knows of one language, as data: the words by which it recognizes the
/// language, the words by which headings and list introductions name a category, and the words
/// by which a block betrays that it is not the article. One table per language, one file per
/// table (`Lexicon+German.swift`, …): a new language is one more file and one more entry in
/// `LexiconSet.standard`; no algorithm changes.
struct Lexicon: Sendable {
    /// The language's ISO 639-1 code (`de`).
    var language: String
    /// The language's most frequent short words, lowercase: `LanguageDetector` counts them.
    /// A table without stopwords is never detected; it applies to undetermined articles only.
    var stopwords: Set<String> = []
    /// How headings and the sentences introducing lists name a category.
    var categories = CategoryWords()
    /// How a block's words and its markup mark it as boilerplate.
    var boilerplate = BoilerplateWords()
}
