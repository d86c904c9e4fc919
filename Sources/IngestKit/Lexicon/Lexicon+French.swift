extension Lexicon {
    /// French: only the commonest boilerplate openings of its web pages, read on pages of any
    /// language; a full table (stopwords, category cues) makes it a language of its own.
    static let french = Lexicon(
        language: "fr",
        boilerplate: BoilerplateWords(shortBlockOpenings: [
            .related: ["lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet"],
            .social: ["suivez-nous", "imprimer"],
            .promotion: ["abonnez-vous"],
            .other: ["permalien"],
        ], credits: ["crédit photo", "crédits photo"])
    )
}
