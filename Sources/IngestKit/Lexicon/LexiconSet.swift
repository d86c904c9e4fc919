/// The tables of the languages the pipeline knows, and the rule that picks the ones an article
/// is read with.
struct LexiconSet: Sendable {
    /// The code of an article whose language could not be told.
    static let undetermined = "und"

    /// Every table, in a fixed order (phrases of earlier tables are tried first).
    let lexicons: [Lexicon]

    /// A set of the given tables.
    init(_ lexicons: [Lexicon]) {
        self.lexicons = lexicons
    }

    /// The languages the pipeline ships: German and English in full, and the commonest
    /// boilerplate openings of the other languages web pages come in.
    static let standard = LexiconSet([.german, .english, .spanish, .portuguese, .french, .italian, .polish])

    /// The tables an article in `language` is read with: that language's own table when there
    /// is one; every table when the language is undetermined or has no table, since its
    /// headings could then be in any of them.
    func tables(for language: String) -> [Lexicon] {
        let own = lexicons.filter { $0.language == language }
        return own.isEmpty ? lexicons : own
    }

    /// The codes of the languages with a table, in table order.
    var languages: [String] {
        lexicons.map(\.language)
    }
}
