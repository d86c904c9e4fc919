/// The words by which a block betrays that it is not the article, in one language: what
/// `BoilerplateClassifier` reads in every block, what `MainContentSelector` reads in the short
/// blocks of a web page, and the class and id words of the language's markup.
struct BoilerplateWords: Sendable {
    /// Phrases that mark a block of the kind when the block starts with them.
    var prefixes: [BoilerplateKind: [String]] = [:]
    /// Phrases that mark a short block (or a heading) of the kind wherever they stand in it.
    var phrases: [BoilerplateKind: [String]] = [:]
    /// Short labels that are the whole block (`Author`, `Menü`).
    var labels: [BoilerplateKind: [String]] = [:]
    /// Openings of the short blocks of a web page that are not the article (the headings over
    /// related articles, share and print prompts, source and update lines), read by the main
    /// content selection on blocks shorter than `MainContentSettings.phraseBlockCharacters`.
    var shortBlockOpenings: [BoilerplateKind: [String]] = [:]
    /// Markers of an image credit or caption anywhere in a short block of a web page.
    var credits: [String] = []
    /// Words of the language used as `class`, `id` and `role` tokens (`teilen`, `werbung`),
    /// beside the markup vocabulary every language shares (`BoilerplateMarkers`).
    var markupTokens: [BoilerplateKind: [String]] = [:]
    /// Beginnings of markup tokens that are markers in any compound (`kommentarmodul`).
    var markupTokenPrefixes: [BoilerplateKind: [String]] = [:]
    /// Markup tokens never misused for a wrapper of the article (`kommentare`): they hold even
    /// on an element with most of the page's text.
    var definiteMarkupTokens: [String] = []
    /// Markup tokens of a comment thread (`kommentare`), and beginnings of their compounds
    /// (`kommentarbereich`): read as the content on a page with no article outside them.
    var threadMarkupTokens: [String] = []
    var threadMarkupTokenPrefixes: [String] = []
    /// Academic and professional titles that open a person's name (`Dr.`, `Prof.`).
    var personTitles: [String] = []
    /// Small words inside a person's name that are not capitalized (`von`, `van`).
    var nameParticles: [String] = []
    /// Professional credentials written after a name (`MD`, `PhD`): `Name, MD` is a byline and
    /// `Name, MD, is a …` an author's bio.
    var credentials: [String] = []
    /// Verbs that open a bio after a name (`is`, `ist`).
    var bioVerbs: [String] = []
    /// Words for a street in an address (`straße`, `street`); a house number follows them.
    var streetWords: [String] = []
    /// Words that introduce a phone number.
    var phoneWords: [String] = []
    /// First-person plural possessives (`unser`, `our`) that open a heading about the
    /// publisher's own people (`Unser Team`).
    var ownPossessives: [String] = []
    /// Second-person possessives (`Ihre`, `your`) that open a slogan (`Ihre Muskelspezialisten`).
    var yourPossessives: [String] = []
    /// Word endings of nouns for people who offer a service (`spezialisten`, `team`).
    var providerNounEndings: [String] = []
    /// Word endings of nouns for a group of people (`ärzte`, `experts`): a short title-case
    /// heading ending in one introduces the publisher's staff (`Acme Medical Experts`).
    var peopleNounEndings: [String] = []
    /// Whole headings whose section is boilerplate of the kind, running text included: an
    /// author's bio (`About the author`), the works an article cites (`References`), a
    /// disclaimer. What such a section says is about the article, not of it.
    var sectionHeadings: [BoilerplateKind: [String]] = [:]
    /// Headings that close an article (`Fazit`, `Conclusion`): what follows their section late
    /// in a page is the site's, not the article's.
    var closingHeadings: [String] = []
    /// Openings of lines that end the article late in a page (`Page last reviewed: …`,
    /// `Support links`): the line and whatever follows it are the site's footer.
    var closingLines: [String] = []
    /// Labels of a forum member's statistics in the panel beside each post (`joined`,
    /// `messages`), and of a post's own counts (`like`): `Joined: Jun 2016`, `Messages 11`,
    /// `1 Like` (`MemberPanel`).
    var memberStatistics: [String] = []
    /// Last words of a forum member's rank in that panel (`member`: `Senior Member`).
    var memberRanks: [String] = []
    /// Links and labels of that panel that are its whole line (`view profile`, `thread starter`).
    var memberPanelLabels: [String] = []
}
