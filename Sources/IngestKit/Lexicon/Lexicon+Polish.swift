extension Lexicon {
    /// Polish: only the commonest boilerplate openings of its web pages, read on pages of any
    /// language; a full table (stopwords, category cues) makes it a language of its own.
    static let polish = Lexicon(
        language: "pl",
        boilerplate: BoilerplateWords(shortBlockOpenings: [
            .related: ["zobacz także", "zobacz też", "czytaj także", "czytaj też"],
            .social: ["obserwuj nas"],
            .other: ["publikacja:"],
        ])
    )
}
