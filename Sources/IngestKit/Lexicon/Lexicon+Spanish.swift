extension Lexicon {
    /// Spanish: only the commonest boilerplate openings of its web pages, read on pages of any
    /// language; a full table (stopwords, category cues) makes it a language of its own.
    static let spanish = Lexicon(
        language: "es",
        boilerplate: BoilerplateWords(shortBlockOpenings: [
            .related: ["contenido relacionado", "notas relacionadas", "noticias relacionadas", "artículos relacionados",
                       "te puede interesar", "lee también", "lea también"],
            .social: ["síguenos", "siguenos"],
            .promotion: ["hazte miembro", "hazte socio", "suscríbete"],
            .other: ["fuente:", "fuentes:"],
        ])
    )
}
