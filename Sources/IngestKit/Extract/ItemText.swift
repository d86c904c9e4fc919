/// Splits the text of a list item or a subheading into an item's name and detail, the way
/// articles write them: `Name: detail`, `Name – detail`, `Name:Detail`, or a bare name.
enum ItemText {
    /// A name has at most this many words; a longer lead-in before a colon is a sentence.
    static let maximumWordsOfName = 10
    /// A name has at most this many characters.
    static let maximumCharactersOfName = 100

    /// The dashes that separate a name from its detail when spaces stand around them.
    private static let dashSeparators = [" – ", " — ", " - ", " -- "].map { Array($0.utf8) }

    /// The first separating dash in `text`, searched on its UTF-8 bytes: one with spaces around
    /// it, or one with a space before it glued to a capitalized word (`Tendonitis -Haglunds`).
    private static func firstDash(in text: String) -> Range<String.Index>? {
        let spaced = dashSeparators.compactMap { text.firstByteRange(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        guard let glued = gluedDash(in: text) else { return spaced }
        guard let spaced else { return glued }
        return glued.lowerBound < spaced.lowerBound ? glued : spaced
    }

    private static let gluedDashBytes = Array(" -".utf8)

    /// ` -Word`: a dash after a space and before a capital letter.
    private static func gluedDash(in text: String) -> Range<String.Index>? {
        guard let range = text.firstByteRange(of: gluedDashBytes) else { return nil }
        guard range.upperBound < text.endIndex, text[range.upperBound].isUppercase else { return nil }
        return range
    }

    /// The most digits of a list number written before a name (`12.`); longer runs are years.
    static let maximumDigitsOfListNumber = 2
    /// Marks that separate a list number or a numbered label from the name (`1.`, `2 ·`, `Step 3 -`).
    private static let numberSeparators: Set<Character> = [".", ")", "·", ":", "-", "–", "—", "|"]
    /// Characters a name may open with besides letters and digits: quotes and brackets.
    private static let openingPunctuation: Set<Character> = ["\"", "'", "„", "“", "‚", "‘", "«", "»", "(", "[", "¿", "¡"]

    /// The name and detail written in `text`.
    static func split(_ text: String, cues: CategoryCues) -> (name: String, detail: String?) {
        var (name, detail) = splitOnce(withoutLeadingMarks(text, cues: cues).text)
        if let detailText = detail, cues.isLeadingLabel(name) {
            (name, detail) = splitAtDash(detailText) ?? (detailText, nil)
        }
        return (cleanName(name), detail)
    }

    /// `text` without what stands before a name but is not part of it: emoji and symbols, a list
    /// number (`1.`, `2 ·`, `3)`) and a numbered label (`Step 2 -`, `Schritt 3:`); `wasNumbered`
    /// tells whether a number went.
    static func withoutLeadingMarks(_ text: String, cues: CategoryCues) -> (text: String, wasNumbered: Bool) {
        var rest = Substring(text).drop { !($0.isLetter || $0.isNumber || openingPunctuation.contains($0)) }
        var wasNumbered = false
        if let label = cues.numberedLabel(openingWith: rest) {
            rest = rest.dropFirst(label).drop { $0 == " " }
            if let afterNumber = droppingListNumber(rest, separatorRequired: false) {
                rest = afterNumber
                wasNumbered = true
            }
        } else if let afterNumber = droppingListNumber(rest, separatorRequired: true) {
            rest = afterNumber
            wasNumbered = true
        }
        rest = rest.drop { !($0.isLetter || $0.isNumber || openingPunctuation.contains($0)) }
        return rest.isEmpty ? (text, false) : (String(rest), wasNumbered)
    }

    /// `text` after the list number that opens it and the separator after the number, or `nil`
    /// when it opens with none (`5 mg` is a dose, not a number of a list).
    private static func droppingListNumber(_ text: Substring, separatorRequired: Bool) -> Substring? {
        let digits = text.prefix(maximumDigitsOfListNumber + 1).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= maximumDigitsOfListNumber else { return nil }
        var rest = text.dropFirst(digits.count).drop { $0 == " " }
        if let mark = rest.first, numberSeparators.contains(mark) {
            rest = rest.dropFirst()
        } else if separatorRequired {
            return nil
        }
        guard rest.first == " " || !separatorRequired else { return nil }
        return rest.drop { $0 == " " }
    }

    /// The part before a colon ending the text (`Krämpfe, die vom Rücken kommen:`), when the
    /// text is a label over nested items.
    static func label(_ text: String) -> String? {
        guard text.hasSuffix(":") else { return nil }
        return cleanName(String(text.dropLast()))
    }

    /// The label before the colon of `text` (`Ausführung` in `Ausführung: …`), if short.
    static func leadingLabel(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon].trimmed()
        return HeadingShape.wordCount(label) <= 3 ? label : nil
    }

    /// A name without trailing punctuation and white space.
    static func cleanName(_ name: String) -> String {
        var text = Substring(name)
        while let last = text.last, " .:;,".contains(last) { text = text.dropLast() }
        while let first = text.first, first == " " { text = text.dropFirst() }
        return String(text)
    }

    private static func splitOnce(_ text: String) -> (String, String?) {
        let colon = colonSeparator(in: text)
        let dash = firstDash(in: text)
        let separator: Range<String.Index>?
        switch (colon, dash) {
        case let (colon?, dash?): separator = colon.lowerBound < dash.lowerBound ? colon : dash
        case let (colon?, nil): separator = colon
        case let (nil, dash?): separator = dash
        case (nil, nil): separator = nil
        }
        guard let range = separator else { return (text, nil) }
        let name = text[..<range.lowerBound].trimmed()
        let detail = text[range.upperBound...].trimmed()
        guard isName(name), !detail.isEmpty else { return (text, nil) }
        return (name, detail)
    }

    private static func splitAtDash(_ text: String) -> (String, String?)? {
        guard let range = firstDash(in: text) else { return nil }
        let name = text[..<range.lowerBound].trimmed()
        let detail = text[range.upperBound...].trimmed()
        return isName(name) && !detail.isEmpty ? (name, detail) : nil
    }

    /// A colon that separates: followed by a space, or glued to a capitalized word
    /// (`Allergy Testing:Allergy testing`), not inside a time or a URL.
    private static func colonSeparator(in text: String) -> Range<String.Index>? {
        var index = text.startIndex
        while let colon = text[index...].firstIndex(of: ":") {
            let after = text.index(after: colon)
            guard after < text.endIndex else { return nil }
            let next = text[after]
            let before = colon > text.startIndex ? text[text.index(before: colon)] : " "
            if next == " " {
                return colon..<text.index(after: after)
            }
            if next.isUppercase, before.isLetter {
                return colon..<after
            }
            index = after
        }
        return nil
    }

    private static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= maximumCharactersOfName && HeadingShape.wordCount(name) <= maximumWordsOfName
    }
}
