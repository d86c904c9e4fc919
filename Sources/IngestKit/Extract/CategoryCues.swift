/// Reads which category a heading or an introducing sentence names, from the category words of
/// the language tables it is built from (`CategoryWords`). A whole-text label (`Do`) or a
/// decisive cue ("… that can cause …") decides; otherwise, when several categories are named,
/// the most specific wins: the doctor over diagnosis over prevention over treatment over
/// symptoms over causes ("Wie kann man die Ursache diagnostizieren?" is about diagnosis).
struct CategoryCues: Sendable {
    /// Categories from the most to the least specific.
    static let precedence: [Category] = [.seeADoctor, .diagnostics, .prevention, .treatments, .symptoms, .causes]

    /// One part of a cue, as lowercased UTF-8 words.
    private struct Part: Sendable {
        var words: [[UInt8]]
        var insideWords: Bool
    }

    private let cues: [(Category, [[Part]])]
    private let decisiveCues: [(Category, [[Part]])]
    private let labels: [String: Category]
    private let numberedLabels: [String]
    private let headingCues: [(Category, [[Part]])]
    private let neutralSections: [[Part]]
    private let fieldLabels: Set<String>
    private let questionWords: Set<[UInt8]>
    private let clauseOpeners: Set<[UInt8]>
    private let leadingLabels: Set<String>
    private let legendMarkers: [String]
    private let tableReferences: Set<[UInt8]>

    /// Cues built from the category words of `lexicons`.
    init(lexicons: [Lexicon]) {
        let lexicons = lexicons.map(\.categories)
        func parse(_ cue: String) -> [Part] {
            cue.split(separator: "+").map { part in
                let inside = part.hasPrefix("*")
                return Part(words: part.drop(while: { $0 == "*" }).split(separator: " ").map { Array($0.utf8) }, insideWords: inside)
            }
        }
        cues = Self.precedence.map { category in
            (category, lexicons.flatMap { $0.cues[category] ?? [] }.map(parse))
        }
        decisiveCues = Self.precedence.map { category in
            (category, lexicons.flatMap { $0.decisiveCues[category] ?? [] }.map(parse))
        }
        var labels: [String: Category] = [:]
        for category in Self.precedence {
            for label in lexicons.flatMap({ $0.labels[category] ?? [] }) where labels[label] == nil { labels[label] = category }
        }
        self.labels = labels
        numberedLabels = lexicons.flatMap(\.leadingLabels).filter { $0.hasSuffix(" ") }
        headingCues = Self.precedence.map { category in
            (category, lexicons.flatMap { ($0.cues[category] ?? []) + ($0.headingCues[category] ?? []) }.map(parse))
        }
        neutralSections = lexicons.flatMap(\.neutralSections).map(parse)
        fieldLabels = Set(lexicons.flatMap(\.fieldLabels))
        questionWords = Set(lexicons.flatMap(\.questionWords).map { Array($0.utf8) })
        clauseOpeners = Set(lexicons.flatMap(\.clauseOpeners).map { Array($0.utf8) })
        leadingLabels = Set(lexicons.flatMap(\.leadingLabels).filter { !$0.hasSuffix(" ") })
        legendMarkers = lexicons.flatMap(\.legendMarkers)
        tableReferences = Set(lexicons.flatMap(\.tableReferences).map { Array($0.utf8) })
    }

    /// The category a heading names, if any.
    func category(ofHeading text: String) -> Category? {
        let words = Self.words(text)
        if let decided = labelCategory(words) ?? decisiveCategory(words) { return decided }
        return headingCues.first { _, alternatives in alternatives.contains { matches($0, words) } }?.0
    }

    /// The category of a text that is a whole label (`Do`, `Don't`), if it is one.
    private func labelCategory(_ words: [[UInt8]]) -> Category? {
        guard !labels.isEmpty, !words.isEmpty else { return nil }
        return labels[words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")]
    }

    /// The category a decisive cue in `words` names, if any.
    private func decisiveCategory(_ words: [[UInt8]]) -> Category? {
        decisiveCues.first { _, alternatives in alternatives.contains { matches($0, words) } }?.0
    }

    /// The category a sentence introducing a list gives it, inside a section of category
    /// `section`: the section's own when the sentence names it too ("long-term medications are
    /// taken daily to prevent attacks:" under a treatment heading), else the most specific one
    /// the sentence names.
    func category(ofIntroduction text: String, inSection section: Category?) -> Category? {
        let words = Self.words(text)
        if let decided = labelCategory(words) ?? decisiveCategory(words) { return decided }
        var named = categories(namedIn: words)
        if let first = words.first, clauseOpeners.contains(first), let comma = text.firstIndex(of: ",") {
            let inMainClause = categories(namedIn: Self.words(String(text[comma...])))
            if !inMainClause.isEmpty { named = inMainClause }
        }
        if let section, named.contains(section) { return section }
        return named.first ?? section
    }

    /// The categories whose cues stand in `words`, the most specific first.
    private func categories(namedIn words: [[UInt8]]) -> [Category] {
        cues.filter { _, alternatives in alternatives.contains { matches($0, words) } }.map(\.0)
    }

    /// Whether `text` opens a section of no category (`Prognose`, `Outlook`).
    func isNeutralSection(_ text: String) -> Bool {
        let words = Self.words(text)
        return neutralSections.contains { matches($0, words) }
    }

    /// Whether `text` asks a question: it ends in a question mark or opens with a question word.
    func isQuestion(_ text: String) -> Bool {
        text.hasSuffix("?") || Self.words(text).first.map(questionWords.contains) == true
    }

    /// Whether `label` (the part of an item before its colon) names a field of its parent.
    func isFieldLabel(_ label: String) -> Bool {
        fieldLabels.contains(label.lowercased())
    }

    /// Whether `label` is a leading label that is not part of an item's name (`Sofort`).
    func isLeadingLabel(_ label: String) -> Bool {
        leadingLabels.contains(label.lowercased())
    }

    /// The length of the numbered label that opens `text` (`Step ` in `Step 2 - …`), if one does.
    func numberedLabel(openingWith text: Substring) -> Int? {
        for label in numberedLabels {
            let opening = text.prefix(label.count)
            guard opening.count == label.count, opening.lowercased() == label else { continue }
            if text.dropFirst(label.count).first?.isNumber == true { return label.count }
        }
        return nil
    }

    /// Whether `text` reads as the legend of a figure.
    func isLegend(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return legendMarkers.contains { lowered.hasPrefix($0) }
    }

    /// Whether `text` points at a table (`Table 1 shows …`).
    func refersToTable(_ text: String) -> Bool {
        !tableReferences.isEmpty && Self.words(text).contains(where: tableReferences.contains)
    }

    private func matches(_ cue: [Part], _ words: [[UInt8]]) -> Bool {
        cue.allSatisfy { part in
            guard part.words.count > 1 else {
                let word = part.words[0]
                return words.contains { part.insideWords ? Self.contains($0, word) : $0.starts(with: word) }
            }
            guard words.count >= part.words.count else { return false }
            return (0...(words.count - part.words.count)).contains { start in
                part.words.indices.allSatisfy { offset in
                    let word = words[start + offset]
                    return offset == part.words.count - 1 ? word.starts(with: part.words[offset]) : word == part.words[offset]
                }
            }
        }
    }

    /// Whether `word` holds `part` anywhere.
    private static func contains(_ word: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= word.count, let first = part.first else { return part.isEmpty }
        for start in 0...(word.count - part.count) where word[start] == first {
            if word[start..<(start + part.count)].elementsEqual(part) { return true }
        }
        return false
    }

    /// The apostrophe of typeset text (`don’t`), read as the typewriter one.
    private static let typographicApostrophe: Unicode.Scalar = "\u{2019}"

    /// The lowercased words of `text`, punctuation around them dropped.
    static func words(_ text: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for scalar in text.lowercased().unicodeScalars {
            let isWordPart = scalar.isASCII
                ? (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "'"
                : scalar.properties.isAlphabetic
            if scalar == typographicApostrophe {
                word.append(UInt8(ascii: "'"))
            } else if isWordPart {
                UTF8.encode(scalar) { word.append($0) }
            } else if !word.isEmpty {
                words.append(word)
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}
