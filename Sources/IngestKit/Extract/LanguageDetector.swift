/// Tells the language of an article from its words: the share of each language's most common
/// words (`Lexicon.stopwords`) among the article's first words.
public enum LanguageDetector {
    /// How many words are looked at.
    static let sampleWords = 600
    /// Fewer stopword hits than this is too little evidence to name a language.
    static let minimumHits = 3
    /// One language's hits must exceed the other's by this factor to name it.
    static let dominance = 1.5

    /// ISO 639-1 code of the article's language, `und` when unknown.
    public static func detect(_ article: CleanedArticle) -> String {
        detect(article, stopwordLanguages: standardStopwordLanguages)
    }

    /// The language of `article` among those of `lexicons`, `und` when unknown.
    static func detect(_ article: CleanedArticle, lexicons: LexiconSet) -> String {
        detect(article, stopwordLanguages: stopwordLanguages(of: lexicons))
    }

    private static func detect(_ article: CleanedArticle, stopwordLanguages: [String: String]) -> String {
        var counts: [String: Int] = [:]
        var seen = 0
        var word: [UInt8] = []
        func count() {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty else { return }
            seen += 1
            if let language = stopwordLanguages[String(decoding: word, as: UTF8.self)] {
                counts[language, default: 0] += 1
            }
        }
        outer: for block in article.body {
            for text in block.texts {
                for byte in text.utf8 {
                    if isLetterByte(byte) {
                        word.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    } else {
                        count()
                        if seen >= sampleWords { break outer }
                    }
                }
                count()
            }
        }
        let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let best = ranked.first, best.value >= minimumHits else {
            return declared(article.declaredLanguage) ?? LexiconSet.undetermined
        }
        let runnerUp = ranked.dropFirst().first?.value ?? 0
        guard Double(best.value) >= Double(runnerUp) * dominance else {
            return declared(article.declaredLanguage) ?? best.key
        }
        return best.key
    }

    /// Each stopword of the standard tables with its language.
    private static let standardStopwordLanguages = stopwordLanguages(of: .standard)

    /// Each stopword of `lexicons` with its language (a word of two languages counts for the
    /// first in alphabetical order of their codes).
    private static func stopwordLanguages(of lexicons: LexiconSet) -> [String: String] {
        var table: [String: String] = [:]
        for lexicon in lexicons.lexicons.sorted(by: { $0.language < $1.language }) {
            for word in lexicon.stopwords where table[word] == nil { table[word] = lexicon.language }
        }
        return table
    }

    /// ASCII letters and every byte of a non-ASCII character count as parts of a word.
    private static func isLetterByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }

    /// The primary subtag of a declared language (`de-DE` -> `de`), when it is one we know.
    private static func declared(_ tag: String?) -> String? {
        guard let tag else { return nil }
        let primary = tag.lowercased().prefix(while: { $0.isLetter })
        return primary.count == 2 ? String(primary) : nil
    }
}
