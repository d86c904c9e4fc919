/// Tells the language of an article from its words: the share of each language's most common
/// words among the article's first words.
public enum LanguageDetector {
    /// How many words are looked at.
    static let sampleWords = 600
    /// Fewer stopword hits than this is too little evidence to name a language.
    static let minimumHits = 3
    /// One language's hits must exceed the other's by this factor to name it.
    static let dominance = 1.5

    /// The most frequent short words of each language, by ISO 639-1 code.
    static let stopwords: [String: Set<String>] = [
        "de": ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "im", "für", "auf", "sich", "ein", "eine",
               "es", "dem", "des", "auch", "sind", "oder", "bei", "wie", "werden", "kann", "können", "wird", "nach", "aus", "einer"],
        "en": ["the", "and", "of", "to", "is", "in", "that", "for", "with", "are", "on", "as", "be", "or", "it", "this", "by",
               "can", "your", "you", "from", "an", "may", "if", "not", "have", "these", "which", "when", "their"],
    ]

    /// ISO 639-1 code of the article's language, `und` when unknown.
    public static func detect(_ article: CleanedArticle) -> String {
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
            return declared(article.declaredLanguage) ?? "und"
        }
        let runnerUp = ranked.dropFirst().first?.value ?? 0
        guard Double(best.value) >= Double(runnerUp) * dominance else {
            return declared(article.declaredLanguage) ?? best.key
        }
        return best.key
    }

    /// Each stopword with its language.
    private static let stopwordLanguages: [String: String] = {
        var table: [String: String] = [:]
        for (language, words) in stopwords.sorted(by: { $0.key < $1.key }) {
            for word in words { table[word] = language }
        }
        return table
    }()

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
