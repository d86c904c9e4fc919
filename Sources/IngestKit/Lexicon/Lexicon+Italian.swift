extension Lexicon {
    /// Italian: only the commonest boilerplate openings of its web pages, read on pages of any
    /// language; a full table (stopwords, category cues) makes it a language of its own.
    static let italian = Lexicon(
        language: "it",
        boilerplate: BoilerplateWords(shortBlockOpenings: [
            .related: ["leggi anche", "articoli correlati"],
            .social: ["seguici"],
            .promotion: ["abbonati"],
            .other: ["ultima modifica"],
        ])
    )
}
