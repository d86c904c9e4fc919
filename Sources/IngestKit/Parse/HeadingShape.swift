/// Whether a line of plain text has the shape of a heading: short, one phrase, not a sentence.
/// Plain text marks no headings, so their shape is all a reader (and this parser) has.
enum HeadingShape {
    /// The most words a heading line has (a long question heading has about fifteen).
    static let maximumWords = 16
    /// The most characters a heading line has.
    static let maximumCharacters = 160
    /// The most words the first line of a group has when it heads the lines below it.
    static let maximumWordsOverText = 8
    /// The fewest words the line under such a heading has: it must be running text.
    static let minimumWordsOfTextBelow = 6

    /// Whether `text`, standing alone between blank lines, reads as a heading.
    static func isHeading(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        guard first.isUppercase || first.isNumber || first == "\"" || first == "„" || first == "«" else { return false }
        guard !".,;:!".contains(last) else { return false }
        // Counting stops past the limit: a long paragraph is not counted to its end.
        guard text.prefix(maximumCharacters + 1).count <= maximumCharacters else { return false }
        let words = wordCount(text)
        guard words >= 1, words <= maximumWords else { return false }
        return !containsSentenceBreak(text) && !looksLikeAddress(text)
    }

    /// Whether `text`, the first line of a group of lines, heads the running text below it.
    static func isHeading(_ text: String, over next: String) -> Bool {
        guard isHeading(text), wordCount(text) <= maximumWordsOverText else { return false }
        guard let last = next.last, ".!?".contains(last) else { return false }
        return wordCount(next, upTo: minimumWordsOfTextBelow) >= minimumWordsOfTextBelow
    }

    /// Counts space-separated words, stopping at `limit` when one is given (enough to compare).
    static func wordCount<S: StringProtocol>(_ text: S, upTo limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
        }
        return count
    }

    /// A full stop, question or exclamation mark followed by a capitalized word: two sentences.
    private static func containsSentenceBreak(_ text: String) -> Bool {
        var previous: Character = " "
        var beforePrevious: Character = " "
        for character in text {
            if previous == " ", ".!?".contains(beforePrevious), character.isUppercase {
                return true
            }
            beforePrevious = previous
            previous = character
        }
        return false
    }

    /// Lines that are mostly digits (phone numbers, dates) or carry an `@` are not headings.
    private static func looksLikeAddress(_ text: String) -> Bool {
        if text.contains("@") || text.contains("://") { return true }
        let digits = text.filter(\.isNumber).count
        return digits * 3 >= text.count
    }
}
