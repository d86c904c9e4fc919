/// How short blocks of a web page's boilerplate begin, and the markers of image credits, from
/// every language's table (`BoilerplateWords.shortBlockOpenings`, `.credits`): the main content
/// is chosen before the page's language is known, and a site's chrome is often in another
/// language than its article. Phrases are lowercase and match the start of a block's lowercased
/// text, so they only ever apply to blocks shorter than `MainContentSettings.phraseBlockCharacters`.
enum BoilerplatePhrases {
    /// Openings of short blocks that are not the article, with their kind, table by table and
    /// kind by kind in `BoilerplateKind.allCases` order.
    static let openings: [(phrase: String, kind: BoilerplateKind)] = LexiconSet.standard.lexicons.flatMap { lexicon in
        BoilerplateKind.allCases.flatMap { kind in
            (lexicon.boilerplate.shortBlockOpenings[kind] ?? []).map { (phrase: $0, kind: kind) }
        }
    }

    /// Markers of an image credit or caption anywhere in a short block.
    static let credits: [String] = LexiconSet.standard.lexicons.flatMap(\.boilerplate.credits)
}
