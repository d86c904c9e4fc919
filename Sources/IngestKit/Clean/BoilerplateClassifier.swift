/// Tells, from a block's own words and shape, whether it is boilerplate and of which kind.
/// It judges one block at a time; `ArticleCleaner` spreads a verdict to the block's group and
/// section.
struct BoilerplateClassifier: Sendable {
    /// Blocks with more words than this are running text: a phrase inside them is a mention,
    /// not a marker. Headings are judged at any length.
    static let maximumWordsForPhrases = 30
    /// The most words of a slogan or of a heading about the publisher's people.
    static let maximumWordsOfSlogan = 6
    /// How much of running text is read for an opening marker.
    static let openingCharacters = 80
    /// The most words of a heading that introduces the publisher's staff.
    static let maximumWordsOfStaffHeading = 3
    /// The most words of a line that is only a link (breadcrumbs, "read more" links).
    static let maximumWordsOfLinkLine = 12
    /// The share of a block's characters inside links above which it is navigation (headings
    /// aside: a headline linked to its own page is common).
    static let navigationLinkShare = 0.7
    /// The share of a list's items that must be boilerplate of one kind for the list to be.
    static let listBoilerplateShare = 0.5
    /// A line of at least this many short segments apart by ` · ` or ` | ` is a strip of the
    /// site's (`Praxis Name · Heilpraktiker · Stadt`, `© 2025 … | Privacy Policy | …`).
    static let minimumSegmentsOfStrip = 3
    /// The most words of one segment of such a strip.
    static let maximumWordsOfStripSegment = 5
    /// The separators of a strip's segments.
    private static let stripSeparators = [" · ", " | ", " • "].map { ($0, Array($0.utf8)) }
    /// Characters of markup left before a block's first word (`[ Aus unserem Shop ![…`): not
    /// read when matching how the block opens.
    private static let leadingMarkup: Set<Character> = ["[", "!", "(", "*", "_", " ", ">"]

    /// The classifier built from every language's table: Clean runs before the article's
    /// language is known, and a site's chrome is often in another language than its article.
    static let standard = BoilerplateClassifier(lexicons: LexiconSet.standard.lexicons)

    /// The kinds tried in this order, so a block with markers of several kinds gets the most
    /// specific one.
    private static let kindOrder: [BoilerplateKind] = [
        .imageRequest, .author, .booking, .related, .tags, .cookie, .promotion, .social, .legal, .navigation, .staff, .contact, .other,
    ]

    /// Each table's phrases, grouped by kind in `kindOrder`.
    private let prefixes: KindMatcher
    private let phrases: KindMatcher
    private let labels: KindMatcher
    private let sectionHeadings: KindMatcher
    private let ownPossessives: Set<String>
    private let yourPossessives: Set<String>
    private let providerNounEndings: [String]
    private let peopleNounEndings: [String]
    private let closingHeadings: PhraseMatcher
    private let closingLines: PhraseMatcher
    private let contact: ContactPatterns

    /// A classifier for the boilerplate words of the given tables.
    init(lexicons: [Lexicon]) {
        let lexicons = lexicons.map(\.boilerplate)
        func matchers(_ table: (BoilerplateWords) -> [BoilerplateKind: [String]], _ anchor: PhraseMatcher.Anchor) -> KindMatcher {
            let groups = Self.kindOrder.map { kind in lexicons.flatMap { table($0)[kind] ?? [] } }
            return KindMatcher(matcher: PhraseMatcher(groups: groups, anchor: anchor))
        }
        prefixes = matchers(\.prefixes, .start)
        phrases = matchers(\.phrases, .anywhere)
        labels = matchers(\.labels, .whole)
        sectionHeadings = matchers(\.sectionHeadings, .whole)
        ownPossessives = Set(lexicons.flatMap(\.ownPossessives))
        yourPossessives = Set(lexicons.flatMap(\.yourPossessives))
        providerNounEndings = lexicons.flatMap(\.providerNounEndings)
        peopleNounEndings = lexicons.flatMap(\.peopleNounEndings)
        closingHeadings = PhraseMatcher(lexicons.flatMap(\.closingHeadings), anchor: .whole)
        closingLines = PhraseMatcher(lexicons.flatMap(\.closingLines), anchor: .start)
        contact = ContactPatterns(lexicons: lexicons)
    }

    /// The boilerplate kind of `block`, or `nil` when nothing marks it as boilerplate (or it is
    /// preformatted text, whose words are no prose).
    func classify(_ block: Block) -> BoilerplateKind? {
        guard !block.context.isPreformatted else { return nil }
        // A web page's links were judged where they stood (`MainContentSelector`): links it kept
        // are a listing's entries or the article's own, not a menu. Plain text is judged here.
        let linkCharacters = block.context.containerPath.isEmpty ? block.context.linkCharacters : 0
        if block.isList {
            return classifyList(block, linkCharacters: linkCharacters)
        }
        let isHeading = block.headingLevel != nil
        if isHeading, let kind = sectionHeadingKind(block.text) { return kind }
        if isHeading, isStaffHeading(block.text) { return .staff }
        return classify(text: block.text, isHeading: isHeading, linkCharacters: linkCharacters)
    }

    /// The kind of a heading whose whole section is boilerplate (`About the author`,
    /// `References`), or `nil` for any other heading.
    func sectionHeadingKind(_ text: String) -> BoilerplateKind? {
        sectionHeadings.kind(in: PhraseMatcher.key(text))
    }

    /// Whether a heading closes the article (`Fazit`, `Conclusion`).
    func isClosingHeading(_ text: String) -> Bool {
        closingHeadings.matches(PhraseMatcher.key(text))
    }

    /// Whether a line ends the article and opens the site's footer (`Page last reviewed: …`).
    func isClosingLine(_ text: String) -> Bool {
        closingLines.matches(PhraseMatcher.key(text))
    }

    /// A lexicon table's phrases, one group per kind in `kindOrder`.
    private struct KindMatcher: Sendable {
        let matcher: PhraseMatcher

        /// The first kind in `kindOrder` with a phrase in `key` (lowercased UTF-8).
        func kind(in key: [UInt8]) -> BoilerplateKind? {
            matcher.firstGroup(in: key).map { BoilerplateClassifier.kindOrder[$0] }
        }
    }

    /// `Acme Medical Experts`, `Unser Team`: a short title-case heading that ends in a noun for
    /// a group of people.
    private func isStaffHeading(_ text: String) -> Bool {
        let words = text.spaceSeparatedWords()
        guard words.count <= Self.maximumWordsOfStaffHeading, !text.contains("?"),
              words.allSatisfy({ $0.first?.isUppercase == true }), let last = words.last?.lowercased() else {
            return false
        }
        return peopleNounEndings.contains { last.hasSuffix($0) }
    }

    private func classifyList(_ block: Block, linkCharacters: Int) -> BoilerplateKind? {
        let texts = block.items.map(\.text)
        guard !texts.isEmpty else { return nil }
        let characters = max(texts.reduce(0) { $0 + $1.count }, 1)
        if Double(linkCharacters) / Double(characters) >= Self.navigationLinkShare {
            return .navigation
        }
        let names = texts.filter(contact.isTitledName).count
        if names >= 2, Double(names) >= Double(texts.count) * Self.listBoilerplateShare {
            return .staff
        }
        var counts: [BoilerplateKind: Int] = [:]
        for text in texts {
            if let kind = classify(text: text, isHeading: false, linkCharacters: 0) { counts[kind, default: 0] += 1 }
        }
        guard let (kind, count) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }) else {
            return nil
        }
        return Double(count) >= Double(texts.count) * Self.listBoilerplateShare ? kind : nil
    }

    private func classify(text: String, isHeading: Bool, linkCharacters: Int) -> BoilerplateKind? {
        let words = HeadingShape.wordCount(text, upTo: Self.maximumWordsForPhrases + 1)
        let isShort = words <= Self.maximumWordsForPhrases || isHeading
        guard isShort else {
            return classifyRunningText(text)
        }
        let lowered = text.lowercased()
        let key = Array(lowered.utf8)
        let opening = Array(lowered.drop(while: Self.leadingMarkup.contains).utf8)
        if let kind = labels.kind(in: key) ?? prefixes.kind(in: opening) { return kind }
        if isHashtagLine(text) { return .tags }
        if isStrip(text) { return .other }
        if let kind = phrases.kind(in: key) { return kind }
        if words <= ContactPatterns.maximumWordsOfAddressLine * 2 {
            if contact.containsEmail(lowered) || contact.containsPhone(lowered) || contact.isPostcodeLine(text)
                || contact.containsStreetAddress(lowered) {
                return .contact
            }
        }
        if words <= Self.maximumWordsOfSlogan, !text.contains("?") {
            if startsWithPossessive(lowered, from: ownPossessives) { return .staff }
            if containsPossessive(lowered, from: yourPossessives) { return .promotion }
        }
        if contact.credentialedName(text) != nil { return .author }
        if contact.isTitledName(text) { return .staff }
        if !isHeading && linkCharacters > 0 && words <= Self.maximumWordsOfLinkLine
            && Double(linkCharacters) / Double(max(text.count, 1)) >= Self.navigationLinkShare {
            return .navigation
        }
        return nil
    }

    /// Running text is judged by how it opens (`Lesen Sie auch: …`, `Anna Beispiel, MD, is …`)
    /// and by hashtags: a marker phrase deep inside it is only a mention.
    private func classifyRunningText(_ text: String) -> BoilerplateKind? {
        let key = Array(text.drop(while: Self.leadingMarkup.contains).prefix(Self.openingCharacters).lowercased().utf8)
        if let kind = prefixes.kind(in: key) { return kind }
        if isHashtagLine(text) { return .tags }
        if contact.credentialedName(text) == .bio { return .author }
        return nil
    }

    /// `Unsere Spezialisten`, `Our team`: a possessive of the publisher, then a provider noun.
    private func startsWithPossessive(_ lowered: String, from possessives: Set<String>) -> Bool {
        let words = lowered.spaceSeparatedWords()
        guard let first = words.first, possessives.contains(String(first)), words.count >= 2 else { return false }
        return words.dropFirst().contains { word in providerNounEndings.contains { word.hasSuffix($0) } }
    }

    /// `Lumedis - Ihre Muskelspezialisten`: a possessive addressing the reader, then a provider noun.
    private func containsPossessive(_ lowered: String, from possessives: Set<String>) -> Bool {
        let words = lowered.spaceSeparatedWords().map { $0.trimmed(",.!:-") }
        for (index, word) in words.enumerated() where possessives.contains(word) && index + 1 < words.count {
            if providerNounEndings.contains(where: { words[index + 1].hasSuffix($0) }) { return true }
        }
        return false
    }

    /// Whether `text` is a strip of short segments apart by one separator, none a sentence.
    private func isStrip(_ text: String) -> Bool {
        // Every separator holds one of these bytes (`|`, the last byte of `·` and of `•`): most
        // blocks have none, and need no search for the separators themselves.
        guard text.utf8.contains(where: { $0 == 0x7C || $0 == 0xB7 || $0 == 0xA2 }) else { return false }
        // Foundation's `contains` only where the UTF-8 holds the separator: it is slow, and in NFC
        // text it finds no separator the bytes do not hold.
        for (separator, bytes) in Self.stripSeparators where text.firstByteRange(of: bytes) != nil && text.contains(separator) {
            let segments = text.components(separatedBy: separator)
            guard segments.count >= Self.minimumSegmentsOfStrip else { continue }
            return segments.allSatisfy { segment in
                let words = HeadingShape.wordCount(segment, upTo: Self.maximumWordsOfStripSegment + 1)
                return words >= 1 && words <= Self.maximumWordsOfStripSegment
            }
        }
        return false
    }

    /// `tags: #a #b` without the label, or a line made mostly of `#hashtags`.
    private func isHashtagLine(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "#")) else { return false }
        let words = text.spaceSeparatedWords()
        let hashtags = words.filter { $0.count > 1 && $0.first == "#" }.count
        return hashtags >= 2 && hashtags * 2 >= words.count
    }
}
