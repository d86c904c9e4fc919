/// How short blocks of boilerplate begin, in German and English, and the commonest such labels
/// of the other languages web pages come in (Spanish, Portuguese, French, Italian, Polish): the
/// headings over related articles, share, print and newsletter prompts, source and update
/// lines, image credits. Data, not code: a further language adds its phrases here. Phrases are
/// lowercase and match the start of a block's lowercased text, so they only ever apply to
/// blocks shorter than `MainContentSettings.phraseBlockCharacters`.
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
            "das thema könnte", "zum weiterlesen", "top themen", "schon gelesen", "mehr themen", "see also",
            "also read", "explore further",
            "contenido relacionado", "notas relacionadas", "noticias relacionadas", "artículos relacionados",
            "te puede interesar", "lee también", "lea también", "veja também", "leia também", "leia mais",
            "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "leggi anche",
            "articoli correlati", "zobacz także", "zobacz też", "czytaj także", "czytaj też",
        ])
        add(.social, [
            "share this", "share on ", "teilen", "diesen artikel teilen", "artikel teilen", "follow us",
            "folgen sie uns", "folge uns", "síguenos", "siguenos", "suivez-nous", "siga-nos", "seguici", "obserwuj nas",
        ])
        add(.promotion, [
            "newsletter", "abonnieren", "jetzt abonnieren", "subscribe", "sign up", "anzeige", "- anzeige",
            "werbung", "advertisement", "sponsored", "gesponsert", "hazte miembro", "hazte socio", "suscríbete",
            "assine", "abonnez-vous", "abbonati",
        ])
        add(.other, [
            "kommentare", "kommentar schreiben", "schreibe einen kommentar", "comments", "leave a comment",
            "leave a reply", "zum seitenanfang", "nach oben", "back to top", "drucken", "print",
            "rezept drucken", "artikel drucken", "seite drucken", "imprimer", "permalink", "permalien",
        ])
        // Where a text came from and when it changed: a line of its own under the article.
        add(.other, [
            "quelle:", "quellen:", "quellenangabe", "quellen ausblenden", "quellen anzeigen", "originalpublikation",
            "originalartikel", "source:", "sources:", "original publication", "fuente:", "fuentes:",
            "aktualisiert am", "zuletzt aktualisiert", "last updated", "last modified", "updated on", "release date",
            "erschienen in", "ultima modifica", "publikacja:",
        ])
        add(.tags, ["tags:", "schlagworte", "schlagwörter", "themen:"])
        add(.legal, ["copyright", "©", "alle rechte vorbehalten", "all rights reserved"])
        return table
    }()

    /// Markers of an image credit or caption anywhere in a short block.
    static let credits = [
        "©", "foto:", "fotos:", "bild:", "photo:", "photos:", "image:", "credit:", "(foto", "(bild", "bildquelle",
        "bildnachweis", "fotonachweis", "photo credit", "image credit", "crédit photo", "crédits photo", "getty images", "istock", "shutterstock",
    ]
}
