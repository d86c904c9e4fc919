extension Lexicon {
    /// Portuguese: only the commonest boilerplate openings of its web pages, read on pages of any
    /// language; a full table (stopwords, category cues) makes it a language of its own.
    static let portuguese = Lexicon(
        language: "pt",
        boilerplate: BoilerplateWords(shortBlockOpenings: [
            .related: ["veja também", "leia também", "leia mais"],
            .social: ["siga-nos"],
            .promotion: ["assine"],
        ])
    )
}
