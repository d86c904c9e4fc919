/// Finds the items of each category in a cleaned article, by the SPEC's rules: a section's
/// category comes from its heading, a list's from the sentence introducing it; list items and
/// the short subheadings of a category's section are items; treatments and prevention tied to
/// a cause of the article say so in `forCause`.
public enum ItemExtractor {
    /// Extracts the items of every category, in order of appearance, each name once per category,
    /// reading the article with the table of `language` (every table when it is `und` or has
    /// none: see `LexiconSet.tables(for:)`).
    public static func extract(_ article: CleanedArticle, language: String) -> [Category: [Item]] {
        extract(article, cues: standardCues[language] ?? allCues)
    }

    /// Extracts the items of an article in `language`, read with the tables `lexicons` picks.
    static func extract(_ article: CleanedArticle, language: String, lexicons: LexiconSet) -> [Category: [Item]] {
        extract(article, cues: CategoryCues(lexicons: lexicons.tables(for: language)))
    }

    /// The cues of each language of the standard tables, built once.
    private static let standardCues: [String: CategoryCues] = Dictionary(
        uniqueKeysWithValues: LexiconSet.standard.languages.map { ($0, CategoryCues(lexicons: LexiconSet.standard.tables(for: $0))) })
    /// The cues of every standard table, for an undetermined language.
    private static let allCues = CategoryCues(lexicons: LexiconSet.standard.tables(for: LexiconSet.undetermined))

    private static func extract(_ article: CleanedArticle, cues: CategoryCues) -> [Category: [Item]] {
        var walker = SectionWalker(cues: cues, title: article.title)
        for index in article.body.indices {
            walker.visit(article.body, at: index)
        }
        return resolve(walker.found)
    }

    /// Ties treatments and prevention to causes, then keeps the first item of each name.
    private static func resolve(_ found: [FoundItem]) -> [Category: [Item]] {
        let causes = Set(found.filter { $0.category == .causes }.map { nameKey($0.name) })
        var result: [Category: [Item]] = [:]
        var seen: [Category: Set<String>] = [:]
        for candidate in found {
            var item = Item(name: candidate.name, detail: candidate.detail, section: candidate.section)
            if candidate.category == .treatments || candidate.category == .prevention {
                if candidate.wasSplit, let detail = candidate.detail, causes.contains(nameKey(candidate.name)) {
                    item = Item(name: ItemText.cleanName(detail), detail: nil, forCause: candidate.name, section: candidate.section)
                } else {
                    item.forCause = candidate.parentLabel ?? candidate.enclosingCause
                }
            }
            let key = nameKey(item.name)
            guard !key.isEmpty, seen[candidate.category, default: []].insert(key).inserted else { continue }
            result[candidate.category, default: []].append(item)
        }
        return result
    }

    /// The form under which two names are the same item.
    static func nameKey(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " })
    }
}

/// An item as the walk finds it, before causes are known.
struct FoundItem {
    var category: Category
    var name: String
    var detail: String?
    /// Whether name and detail were split from one text (`Name: detail`).
    var wasSplit: Bool
    /// The label of the list item this one is nested under (`Krämpfe, die vom Rücken kommen:`).
    var parentLabel: String?
    /// The cause whose subsection the item stands in.
    var enclosingCause: String?
    var section: String
}
