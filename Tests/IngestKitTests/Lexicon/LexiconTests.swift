import Testing
@testable import IngestKit

@Suite struct LexiconTests {
    /// A small French table: all a linguist writes to add the language.
    private let french = Lexicon(
        language: "fr",
        stopwords: ["le", "la", "les", "et", "est", "des", "une", "dans", "pour", "qui", "sont", "avec", "pas", "du"],
        categories: CategoryWords(
            cues: [.causes: ["causes"], .symptoms: ["symptômes"], .treatments: ["traitement"]],
            leadingLabels: ["urgent"]
        ),
        boilerplate: BoilerplateWords(labels: [.social: ["partager"]])
    )

    private let frenchArticle = """
        La migraine

        La migraine est une maladie fréquente qui se manifeste par des crises de maux de tête et qui dure des heures.

        Symptômes

        • Nausées
        • Sensibilité à la lumière

        Partager
        """

    @Test func aThirdLanguageIsOneTable() {
        let lexicons = LexiconSet([.german, .english, french])
        let article = ArticleCleaner.clean(PlainTextParser.parse(frenchArticle), format: .text, lexicons: lexicons)
        let language = LanguageDetector.detect(article, lexicons: lexicons)
        #expect(language == "fr")
        #expect(!article.body.flatMap(\.texts).contains("Partager"))
        let items = ItemExtractor.extract(article, language: language, lexicons: lexicons)
        #expect(items[.symptoms]?.map(\.name) == ["Nausées", "Sensibilité à la lumière"])
    }

    @Test func withoutItsTableTheLanguageIsNotKnown() {
        let article = ArticleCleaner.clean(PlainTextParser.parse(frenchArticle), format: .text)
        #expect(LanguageDetector.detect(article) != "fr")
        #expect(ItemExtractor.extract(article, language: LexiconSet.undetermined)[.symptoms] == nil)
    }

    @Test func anArticleIsReadWithItsLanguagesTableOnly() {
        let text = "Wadenkrämpfe\n\nEin Wadenkrampf ist eine plötzliche, schmerzhafte Kontraktion der Muskulatur der Wade.\n\nUrsachen\n\n• Überlastung\n• Kälte"
        let article = ArticleCleaner.clean(PlainTextParser.parse(text), format: .text)
        #expect(ItemExtractor.extract(article, language: "de")[.causes]?.map(\.name) == ["Überlastung", "Kälte"])
        #expect(ItemExtractor.extract(article, language: "en")[.causes] == nil)
        #expect(ItemExtractor.extract(article, language: LexiconSet.undetermined)[.causes]?.count == 2)
    }

    @Test func undeterminedOrUnknownLanguagesReadEveryTable() {
        let set = LexiconSet.standard
        #expect(set.tables(for: "de").map(\.language) == ["de"])
        #expect(set.tables(for: LexiconSet.undetermined).count == set.lexicons.count)
        #expect(set.tables(for: "sv").count == set.lexicons.count)
    }

    @Test func aPhraseMeansOneKindOfBoilerplateInEachLanguage() {
        for lexicon in LexiconSet.standard.lexicons {
            let words = lexicon.boilerplate
            var kinds: [String: Set<BoilerplateKind>] = [:]
            for table in [words.prefixes, words.phrases, words.labels, words.shortBlockOpenings] {
                for (kind, phrases) in table {
                    for phrase in phrases { kinds[phrase.trimmed(" :"), default: []].insert(kind) }
                }
            }
            let ambiguous = kinds.filter { $0.value.count > 1 }.keys.sorted()
            #expect(ambiguous.isEmpty, "\(lexicon.language): \(ambiguous)")
        }
    }
}
