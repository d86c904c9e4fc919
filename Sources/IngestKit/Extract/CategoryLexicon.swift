/// The words by which a heading or the sentence introducing a list names a category, one
/// table per language. Adding a language means adding one more table to `all`.
///
/// A cue is matched against the words of the lowercased text:
/// - `ursache` matches a word that starts with it (`Ursachen`);
/// - `*therapie` matches it anywhere inside a word, for compounds (`Physiotherapie`);
/// - `wann+arzt` matches when every part is present (each part read as above);
/// - a cue with a space (`risk factor`) matches that phrase at word starts.
struct CategoryLexicon: Sendable {
    /// Cues per category.
    var cues: [Category: [String]]
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
            .causes: ["*ursache", "gründe", "*auslöser", "*risikofaktor", "entstehung", "entsteht", "entstehen", "warum",
                      "trigger", "vom+kommen", "woher"],
            .treatments: ["*behandlung", "*therapie", "*maßnahme", "was+tun", "*übung", "hausmittel", "selbsthilfe", "lindern",
                          "linderung", "behandelt", "behandeln", "hilft", "helfen", "erste hilfe", "*medikament", "behandlungsmöglichkeit"],
            .prevention: ["vorbeug", "vorzubeugen", "*prävention", "vermeiden", "verhindern", "verhüten", "vorsorge", "prophylaxe",
                          "vorgebeugt"],
            .symptoms: ["*symptom", "anzeichen", "beschwerden", "*beschwerde", "warnzeichen", "erkennt", "äußert", "äußern"],
            .diagnostics: ["*diagnos", "*untersuchung", "tests", "feststellen", "festgestellt", "nachweis"],
            .seeADoctor: ["wann+arzt", "wann+ärzt", "wann+*arzt", "wann+orthopäd", "wann+notaufnahme", "wann+klinik", "wann+notruf",
                          "arzt+aufsuchen", "arzt+aufgesucht", "arzt+gehen", "zum arzt", "ärztlich+abklären", "notarzt", "112"],
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
            .causes: ["cause", "causes", "caused", "risk factor", "risk factors", "trigger", "triggers", "why", "etiology", "reasons"],
            .treatments: ["treat", "treatment", "treatments", "treating", "treated", "therapy", "therapies", "*therap", "self-care",
                          "home remedies", "remedies", "remedy", "relief", "relieve", "how to remove", "how to get rid", "exercises",
                          "medication", "medications", "medicines", "what to do", "what can i do", "first aid"],
            .prevention: ["prevent", "prevention", "preventing", "preventive", "avoid", "avoiding", "reduce your risk", "protect"],
            .symptoms: ["symptom", "symptoms", "signs", "warning signs", "what does it feel like"],
            .diagnostics: ["diagnosis", "diagnose", "diagnosed", "diagnosing", "diagnostic", "tests", "test", "testing", "exams",
                           "screening", "examination"],
            .seeADoctor: ["when to see", "when to call", "see a doctor", "see your doctor", "see a gp", "see your gp", "seek medical",
                          "seek urgent", "when to seek", "when should+see", "call 911", "urgent help", "emergency care", "medical attention",
                          "when to get help", "get medical help"],
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
