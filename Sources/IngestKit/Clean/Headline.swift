/// Tells the article's headline among a page's headings: the heading that says what one of the
/// titles the page declares says (`<title>`, `og:title`, `twitter:title`), word for word or
/// nearly, since a page often declares its headline again with the site's name after it or in a
/// variant for search engines ("Best Office Chairs for Back Pain Relief" over the headline "Best
/// Office Chairs to Prevent Back Pain").
enum Headline {
    /// The least share of words a heading and a declared title have in common, of the words of
    /// both (Jaccard), for the heading to be the headline.
    static let minimumSharedWords = 0.5

    /// The words of each declared title, as `similarity` compares them: made once for a page
    /// whose headings are all compared (making them per heading was 2 % of a run).
    struct TitleWords {
        fileprivate let sets: [Set<String>]

        /// The words of `titles`, each without the site's name.
        init(_ titles: [String]) {
            sets = titles.map { Set(Headline.words(TitleFinder.withoutSiteName($0))) }
        }
    }

    /// How far `heading` says what a declared title of `titles` says: the largest share of shared
    /// words, 0 when no title is declared.
    static func similarity(of heading: String, to titles: TitleWords) -> Double {
        let words = Set(Self.words(heading))
        guard !words.isEmpty else { return 0 }
        return titles.sets.reduce(0) { best, titleWords in
            let shared = Double(words.intersection(titleWords).count)
            return max(best, shared / Double(words.union(titleWords).count))
        }
    }

    /// Whether `heading` is the headline of a page that declares `titles`.
    static func isHeadline(_ heading: String, titles: TitleWords) -> Bool {
        similarity(of: heading, to: titles) >= minimumSharedWords
    }

    /// The lowercased words of `text`: runs of letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
