/// The words by which a block betrays that it is not the article, one table per language.
/// Adding a language means adding one more table to `all`; the classifier does not change.
struct BoilerplateLexicon: Sendable {
    /// Phrases that mark a block of the kind when the block starts with them.
    var prefixes: [BoilerplateKind: [String]]
    /// Phrases that mark a short block (or a heading) of the kind wherever they stand in it.
    var phrases: [BoilerplateKind: [String]]
    /// Short labels that are the whole block (`Author`, `Menü`).
    var labels: [BoilerplateKind: [String]]
    /// Academic and professional titles that open a person's name (`Dr.`, `Prof.`).
    var personTitles: [String]
    /// Professional credentials written after a name (`MD`, `PhD`): `Name, MD` is a byline and
    /// `Name, MD, is a …` an author's bio.
    var credentials: [String]
    /// Verbs that open a bio after a name (`is`, `ist`).
    var bioVerbs: [String]
    /// Words for a street in an address (`straße`, `street`); a house number follows them.
    var streetWords: [String]
    /// Words that introduce a phone number.
    var phoneWords: [String]
    /// First-person plural possessives (`unser`, `our`) that open a heading about the
    /// publisher's own people (`Unser Team`).
    var ownPossessives: [String]
    /// Second-person possessives (`Ihre`, `your`) that open a slogan (`Ihre Muskelspezialisten`).
    var yourPossessives: [String]
    /// Word endings of nouns for people who offer a service (`spezialisten`, `team`).
    var providerNounEndings: [String]
    /// Word endings of nouns for a group of people (`ärzte`, `experts`): a short title-case
    /// heading ending in one introduces the publisher's staff (`Docus Medical Experts`).
    var peopleNounEndings: [String]
    /// Headings that close an article (`Fazit`, `Conclusion`): what follows their section late
    /// in a page is the site's, not the article's.
    var closingHeadings: [String]

    /// German.
    static let german = BoilerplateLexicon(
        prefixes: [
            .related: ["lesen sie auch", "lesen sie mehr", "lies auch", "siehe auch", "mehr zum thema", "auch interessant",
                       "das könnte sie auch interessieren", "weitere artikel", "ähnliche artikel", "verwandte artikel",
                       "weiterlesen", "mehr dazu", "passend zum thema", "empfohlene artikel", "beliebte artikel", "meistgelesen"],
            .tags: ["tags:", "tag:", "schlagwörter:", "schlagworte:", "stichwörter:", "themen:"],
            .author: ["autor:", "autorin:", "autoren:", "verfasst von", "geschrieben von", "geprüft von", "medizinisch geprüft",
                      "über den autor", "über die autorin", "redaktion:", "artikel von", "ein artikel von", "beitrag von",
                      "ein beitrag von", "text von"],
            .imageRequest: ["wer kann uns ein bild", "bild bitte an", "bilder bitte an"],
            .other: ["danke und viele grüße", "viele grüße", "mit freundlichen grüßen", "herzliche grüße"],
        ],
        phrases: [
            .booking: ["termin vereinbaren", "termin buchen", "terminvereinbarung", "online-termin", "einen termin bei uns",
                       "termin online", "jetzt termin", "wunschtermin", "sprechstunde buchen", "rückruf anfordern"],
            .author: ["hat diesen artikel", "diesen artikel für sie", "dieser artikel wurde", "artikel wurde verfasst",
                      "artikel wurde geprüft"],
            .imageRequest: ["bild schicken", "bilder schicken", "bildmaterial", "bild senden", "bilder senden", "fotos schicken"],
            .promotion: ["wir beraten sie gerne", "wir freuen uns auf ihren besuch", "jetzt anmelden", "newsletter",
                         "jetzt bestellen", "kostenlos testen", "symptom-checker", "bmi-rechner", "jetzt downloaden",
                         "noch fragen", "haben sie fragen", "fragen sie unsere", "unterstützen sie uns", "unterstütze uns",
                         "unterstützen sie unsere arbeit", "jede spende", "jede kleine spende", "jetzt spenden",
                         "gefällt dir unser", "gefällt ihnen unser"],
            .cookie: ["cookies", "cookie-einstellungen", "datenschutzeinstellungen", "alle akzeptieren", "einwilligung"],
            .legal: ["impressum", "datenschutzerklärung", "alle rechte vorbehalten", "haftungsausschluss", "nutzungsbedingungen", "agb",
                     "ersetzt keine ärztliche", "ersetzen keine ärztliche", "ersetzt nicht den besuch"],
            .social: ["auf facebook teilen", "artikel teilen", "seite teilen", "folgen sie uns", "jetzt teilen"],
            .navigation: ["zum inhalt springen", "zur startseite", "zurück zur übersicht", "nach oben", "zum seitenanfang"],
        ],
        labels: [
            .author: ["autor", "autorin", "autoren", "redaktion", "geprüft von", "artikel von", "beitrag von", "über die autoren"],
            .navigation: ["menü", "startseite", "suche", "navigation", "inhaltsverzeichnis", "zurück", "weiter", "mehr"],
            .social: ["teilen", "drucken", "merken", "e-mail"],
            .promotion: ["frage stellen", "jetzt fragen", "anzeige", "werbung"],
            .legal: ["datenschutz", "kontakt", "impressum"],
        ],
        personTitles: ["dr.", "prof.", "pd", "priv.-doz.", "dipl.", "dipl.-med.", "univ.-prof.", "mudr.", "dr. med.", "apl. prof."],
        credentials: ["m.sc.", "b.sc.", "mba", "ll.m.", "dipl.-psych.", "heilpraktiker", "heilpraktikerin"],
        bioVerbs: ["ist", "hat", "war", "arbeitet", "leitet"],
        streetWords: ["straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "ring", "damm", "ufer", "chaussee"],
        phoneWords: ["telefon", "tel.", "tel:", "fax", "fon", "mobil", "hotline", "rufen sie uns an"],
        ownPossessives: ["unser", "unsere", "unserer", "unseres", "unserem", "unseren"],
        yourPossessives: ["ihr", "ihre", "ihren", "ihrem", "ihrer"],
        providerNounEndings: ["spezialisten", "spezialist", "experten", "ärzte", "ärztinnen", "team", "praxisteam", "mitarbeiter",
                              "therapeuten", "partner", "praxis", "klinik"],
        peopleNounEndings: ["ärzte", "ärztinnen", "spezialisten", "experten", "team", "mitarbeiter", "therapeuten", "autoren"],
        closingHeadings: ["fazit", "zusammenfassung", "schlussfolgerung", "zum schluss", "schlusswort"]
    )

    /// English.
    static let english = BoilerplateLexicon(
        prefixes: [
            .related: ["read also", "read more", "see also", "related:", "related articles", "related posts", "related stories",
                       "you may also like", "you might also like", "more on this", "further reading", "also read",
                       "recommended for you", "more from", "recommended topics", "recommended articles", "popular articles",
                       "most read", "trending"],
            .tags: ["tags:", "tag:", "keywords:", "filed under:", "topics:"],
            .author: ["written by", "reviewed by", "medically reviewed", "fact checked", "fact-checked", "about the author", "author:",
                      "by dr.", "last reviewed", "last updated by"],
            .imageRequest: ["send us a photo", "send us your photo", "send us a picture"],
            .other: ["best regards", "kind regards", "sincerely"],
        ],
        phrases: [
            .booking: ["book an appointment", "schedule an appointment", "request an appointment", "make an appointment",
                       "book online", "book a consultation", "request a consultation", "schedule a visit", "book now",
                       "schedule now", "request a callback"],
            .author: ["medically reviewed by", "written by", "reviewed by"],
            .imageRequest: ["submit a photo", "send us your pictures", "share your photos with us"],
            .promotion: ["newsletter", "subscribe", "sign up", "symptom checker", "bmi calculator", "download our app",
                         "instant answer", "ask question", "ask a question", "try it free", "get started", "learn more about our",
                         "have more questions", "have questions", "have a question", "one click away", "for free", "free trial",
                         "support our work", "support our journalism", "consider supporting", "already a subscriber",
                         "become a member", "become a subscriber", "donate now", "push notifications"],
            .cookie: ["cookies", "cookie policy", "cookie settings", "accept all", "consent"],
            .legal: ["privacy policy", "terms of use", "terms and conditions", "all rights reserved", "terms of service",
                     "not intended to be a substitute", "not a substitute for professional"],
            .social: ["share on facebook", "share this", "follow us", "share on twitter", "pin it"],
            .navigation: ["skip to content", "skip to main content", "back to top", "go to homepage"],
        ],
        labels: [
            .author: ["author", "authors", "reviewed by", "medically reviewed by", "written by"],
            .navigation: ["menu", "home", "search", "contents", "table of contents", "next", "previous", "back"],
            .social: ["share", "print", "email", "tweet", "save"],
            .promotion: ["advertisement", "sponsored", "ad"],
            .legal: ["privacy", "contact us", "sitemap"],
        ],
        personTitles: ["dr.", "prof.", "dr", "mr.", "mrs.", "ms."],
        credentials: ["md", "m.d.", "phd", "ph.d.", "do", "rn", "mph", "faap", "facp", "msn", "np", "pa-c", "dnp", "mbbs", "rd",
                      "ld", "dpm", "pharmd", "lcsw", "ms", "ma", "bsn", "aprn", "cnm", "ibclc", "frcp", "mrcp"],
        bioVerbs: ["is", "has", "was", "works", "leads", "specializes"],
        streetWords: ["street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.", "drive", "lane", "suite"],
        phoneWords: ["phone", "tel", "call us", "call", "fax", "toll-free"],
        ownPossessives: ["our"],
        yourPossessives: ["your"],
        providerNounEndings: ["specialists", "specialist", "experts", "doctors", "physicians", "team", "staff", "providers", "clinic"],
        peopleNounEndings: ["doctors", "experts", "specialists", "team", "physicians", "staff", "authors", "contributors"],
        closingHeadings: ["conclusion", "summary", "bottom line", "the bottom line", "takeaway", "the takeaway", "key takeaways",
                          "final thoughts", "in summary", "in conclusion"]
    )

    /// Every language's table.
    static let all: [BoilerplateLexicon] = [.german, .english]
}
