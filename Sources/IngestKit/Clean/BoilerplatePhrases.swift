/// How short blocks of boilerplate begin, in German and English: the headings over related
/// articles, share and newsletter prompts, image credits. Data, not code: a third language
/// adds its phrases here. Phrases are lowercase and match the start of a block's lowercased
/// text, so they only ever apply to blocks shorter than `MainContentSettings.phraseBlockCharacters`.
enum BoilerplatePhrases {
    /// Openings of short blocks that are not the article, with their kind.
    static let openings: [(phrase: String, kind: BoilerplateKind)] = {
        var table: [(String, BoilerplateKind)] = []
        func add(_ kind: BoilerplateKind, _ phrases: [String]) {
            table += phrases.map { ($0, kind) }
        }
        add(.related, [
            "das könnte sie auch interessieren", "das könnte dich auch interessieren", "auch interessant",
            "mehr zum thema", "mehr zu ", "mehr von ", "weitere artikel", "weitere themen", "weitere beiträge",
            "weitere aktuelle", "weitere news", "lesen sie auch", "lesen sie mehr", "lies auch", "empfohlene",
            "neueste artikel", "neueste beiträge", "ähnliche artikel", "ähnliche beiträge", "verwandte artikel",
            "beliebte artikel", "beliebte beiträge", "meistgelesen", "meist gelesen", "top-artikel",
            "related", "read more", "read also", "read further", "read next", "you may also like",
            "you might also like", "more from ", "more on ", "recommended", "most popular", "most read",
            "latest news", "latest articles", "popular posts", "recent posts", "further reading",
        ])
        add(.social, [
            "share this", "share on ", "teilen", "diesen artikel teilen", "artikel teilen", "follow us",
            "folgen sie uns", "folge uns",
        ])
        add(.promotion, [
            "newsletter", "abonnieren", "jetzt abonnieren", "subscribe", "sign up", "anzeige", "- anzeige",
            "werbung", "advertisement", "sponsored", "gesponsert",
        ])
        add(.other, [
            "kommentare", "kommentar schreiben", "schreibe einen kommentar", "comments", "leave a comment",
            "leave a reply", "zum seitenanfang", "nach oben", "back to top", "drucken", "print",
        ])
        add(.tags, ["tags:", "schlagworte", "schlagwörter", "themen:"])
        add(.legal, ["copyright", "©", "alle rechte vorbehalten", "all rights reserved"])
        return table
    }()

    /// Markers of an image credit or caption anywhere in a short block.
    static let credits = ["©", "foto:", "fotos:", "bild:", "photo:", "photos:", "image:", "credit:", "(foto", "(bild"]
}
