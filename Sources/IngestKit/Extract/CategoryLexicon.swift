/// The words by which a heading or the sentence introducing a list names a category, one
/// table per language. Adding a language means adding one more table to `all`.
///
/// A cue is matched against the words of the lowercased text:
/// - `ursache` matches a word that starts with it (`Ursachen`);
/// - `*therapie` matches it anywhere inside a word, for compounds (`Physiotherapie`);
/// - `wann+arzt` matches when every part is present (each part read as above);
/// - a cue with a space (`risk factor`) matches that phrase at word starts.
struct CategoryLexicon: Sendable {
    /// Cues per category, read in headings and in sentences introducing a list.
    var cues: [Category: [String]]
    /// Cues read in headings only: verbs that a heading uses to name its topic ("Warum …?",
    /// "Wie wird … behandelt?") but that a sentence uses in passing ("… caused by a scratch:").
    var headingCues: [Category: [String]]
    /// Headings that open a section of no category (`Prognose`, `Outlook`): a short heading is
    /// otherwise read as a subheading of the section above it.
    var neutralSections: [String]
    /// Labels of a sub-item that describes its parent rather than naming a thing of its own
    /// (`Ausführung: …`, `Duration: …`).
    var fieldLabels: [String]
    /// Labels of urgency before a see-a-doctor item (`Sofort: …`): not part of the name.
    var urgencyLabels: [String]
    /// Words that mark a paragraph as the legend of a figure (`Nr. 6 und 10 …`, `Abb. 2`).
    var legendMarkers: [String]

    /// German.
    static let german = CategoryLexicon(
        cues: [
            .causes: ["*ursache", "gründe", "*auslöser", "*risikofaktor", "entstehung", "trigger"],
            .treatments: ["*behandlung", "*therapie", "*maßnahme", "was+tun", "*übung", "hausmittel", "selbsthilfe", "linderung",
                          "hilft", "helfen", "erste hilfe", "*medikament", "behandlungsmöglichkeit"],
            .prevention: ["vorbeug", "vorzubeugen", "*prävention", "verhüten", "vorsorge", "prophylaxe", "vorgebeugt"],
            .symptoms: ["*symptom", "anzeichen", "beschwerden", "*beschwerde", "warnzeichen"],
            .diagnostics: ["*diagnos", "*untersuchung", "tests", "nachweis"],
            .seeADoctor: ["wann+arzt", "wann+ärzt", "wann+*arzt", "wann+orthopäd", "wann+notaufnahme", "wann+klinik", "wann+notruf",
                          "arzt+aufsuchen", "arzt+aufgesucht", "arzt+gehen", "zum arzt", "ärztlich+abklären", "notarzt", "112"],
        ],
        headingCues: [
            .causes: ["entsteht", "entstehen", "warum", "woher", "vom+kommen"],
            .treatments: ["lindern", "behandelt", "behandeln"],
            .prevention: ["vermeiden", "verhindern"],
            .symptoms: ["erkennt", "erkennen", "äußert", "äußern"],
            .diagnostics: ["feststellen", "festgestellt"],
        ],
        neutralSections: ["prognose", "verlauf", "komplikation", "fazit", "zusammenfassung", "definition", "häufigkeit", "quellen",
                          "literatur", "einleitung", "überblick", "formen", "arten", "was ist", "was sind", "faq", "häufige fragen"],
        fieldLabels: ["ausführung", "bewegung", "dauer", "effekt", "wirkung", "wiederholungen", "wiederholung", "häufigkeit",
                      "ziel", "ausgangsposition", "ausgangsstellung", "sätze", "intensität", "tipp", "achtung", "variante"],
        urgencyLabels: ["sofort", "dringend", "zeitnah", "notfall", "umgehend", "bald"],
        legendMarkers: ["nr.", "nummer", "abb.", "abbildung", "bild:", "grafik", "legende"]
    )

    /// English.
    static let english = CategoryLexicon(
        cues: [
            .causes: ["causes", "risk factor", "risk factors", "triggers", "etiology", "reasons"],
            .treatments: ["treatment", "treatments", "therapy", "therapies", "*therap", "self-care", "home remedies", "remedies",
                          "remedy", "relief", "how to remove", "how to get rid", "exercises", "medication", "medications", "medicines",
                          "what to do", "what can i do", "first aid"],
            .prevention: ["prevent", "prevention", "preventing", "preventive", "reduce your risk"],
            .symptoms: ["symptom", "symptoms", "signs", "warning signs", "what does it feel like"],
            .diagnostics: ["diagnosis", "diagnose", "diagnosed", "diagnosing", "diagnostic", "tests", "test", "testing", "exams",
                           "screening", "examination"],
            .seeADoctor: ["when to see", "when to call", "see a doctor", "see your doctor", "see a gp", "see your gp", "seek medical",
                          "seek urgent", "when to seek", "when should+see", "call 911", "urgent help", "emergency care", "medical attention",
                          "when to get help", "get medical help", "consult a", "consult your"],
        ],
        headingCues: [
            .causes: ["cause", "caused", "trigger", "why"],
            .treatments: ["treat", "treating", "treated", "relieve"],
            .prevention: ["avoid", "avoiding", "protect"],
        ],
        neutralSections: ["outlook", "prognosis", "complications", "summary", "conclusion", "overview", "definition", "types",
                          "what is", "what are", "faq", "frequently asked questions", "references", "sources", "takeaway", "management"],
        fieldLabels: ["steps", "step", "duration", "effect", "effects", "repetitions", "reps", "sets", "how to", "frequency", "benefit",
                      "benefits", "position", "starting position", "tip", "tips", "goal", "caution"],
        urgencyLabels: ["immediately", "urgent", "urgently", "emergency", "soon", "right away", "now"],
        legendMarkers: ["no.", "fig.", "figure", "image:", "legend", "source:"]
    )

    /// Every language's table.
    static let all: [CategoryLexicon] = [.german, .english]
}
