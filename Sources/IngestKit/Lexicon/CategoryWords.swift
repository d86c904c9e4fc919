/// The words by which a heading or the sentence introducing a list names a category, in one
/// language.
///
/// A cue is matched against the words of the lowercased text:
/// - `ursache` matches a word that starts with it (`Ursachen`);
/// - `*therapie` matches it anywhere inside a word, for compounds (`Physiotherapie`);
/// - `wann+arzt` matches when every part is present (each part read as above);
/// - a cue with a space (`risk factor`) matches that phrase at word starts.
struct CategoryWords: Sendable {
    /// Cues per category, read in headings and in sentences introducing a list.
    var cues: [Category: [String]] = [:]
    /// Cues that decide the category whatever else the text names: they say how the list stands
    /// to the condition (`medications that can cause weight gain`, `more likely to get … if:`).
    var decisiveCues: [Category: [String]] = [:]
    /// Labels that are a whole heading or introducing line (`Do`, `Don't`).
    var labels: [Category: [String]] = [:]
    /// Cues read in headings only: verbs that a heading uses to name its topic ("Warum …?",
    /// "Wie wird … behandelt?") but that a sentence uses in passing ("… caused by a scratch:").
    var headingCues: [Category: [String]] = [:]
    /// Headings that open a section of no category (`Prognose`, `Outlook`): a short heading is
    /// otherwise read as a subheading of the section above it.
    var neutralSections: [String] = []
    /// Words that open a fronted clause (`After …, `, `Wenn …, `): in a sentence introducing a
    /// list, what such a clause names is circumstance, and the main clause after its comma says
    /// what the list is.
    var clauseOpeners: [String] = []
    /// Words that open a question; a heading opening with one asks (`Warum das wichtig ist`),
    /// even without a question mark, and is no item's name.
    var questionWords: [String] = []
    /// Labels of a sub-item that describes its parent rather than naming a thing of its own
    /// (`Ausführung: …`, `Duration: …`).
    var fieldLabels: [String] = []
    /// Labels before an item's name that are not part of it: urgency (`Sofort: …`), steps
    /// (`Schritt 2:`), the case a list applies to (`In schweren Fällen:`). A label ending in a
    /// space takes a number after it (`step ` reads `Step 3 -`).
    var leadingLabels: [String] = []
    /// Words that mark a paragraph as the legend of a figure (`Nr. 6 und 10 …`, `Abb. 2`).
    var legendMarkers: [String] = []
    /// Whole words by which a sentence points at a table ("Table 1 shows the commonest
    /// triggers.", "Die folgende Tabelle …"): such a sentence next to a table says what its rows
    /// are without introducing them with a colon.
    var tableReferences: [String] = []
}
