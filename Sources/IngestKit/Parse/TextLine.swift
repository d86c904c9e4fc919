/// One line of a plain-text source, classified by its shape.
struct TextLine {
    /// What the line's shape says it is.
    enum Kind: Equatable {
        /// Nothing but white space.
        case blank
        /// A horizontal rule (`---`, `***`, a Markdown table's `|---|` row): a separator, no text.
        case rule
        /// A Markdown ATX heading (`## Ursachen`).
        case markedHeading(level: Int)
        /// A list item: a bullet (`•`, `-`, `*`, `–`, …) or a number (`1.`, `2)`).
        case bullet(ordered: Bool)
        /// A row of a Markdown table (`| Stress | 80% |`); `content` is the whole row.
        case tableRow
        /// Any other line of text.
        case plain
    }

    /// What the line is.
    let kind: Kind
    /// Columns of indentation before the line's first character (a tab counts four).
    let indent: Int
    /// The line's content without indentation and without its bullet, number or `#` marks.
    let content: Substring

    /// Characters that start a bullet when a space follows them.
    static let bulletMarks: Set<Character> = ["•", "-", "*", "–", "—", "+", "·", "▪", "●", "◦", "○", "■", "□", "►", "▸", "‣", "✓", "✔", "→"]
    /// The longest run of digits read as a list number (`123.`); longer runs are years or codes.
    static let maximumListNumberDigits = 3

    /// Classifies one line.
    init(_ line: Substring) {
        var indent = 0
        var start = line.startIndex
        while start < line.endIndex, line[start] == " " || line[start] == "\t" {
            indent += line[start] == "\t" ? 4 : 1
            start = line.index(after: start)
        }
        var rest = line[start...]
        while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
        if let quoted = TextLine.stripQuoteMarks(rest) { rest = quoted }
        self.indent = indent
        if rest.isEmpty {
            kind = .blank
            content = rest
        } else if TextLine.isRule(rest) {
            kind = .rule
            content = rest.prefix(0)
        } else if let (level, text) = TextLine.markedHeading(rest) {
            kind = .markedHeading(level: level)
            content = text
        } else if rest.first == "|", MarkdownTableRow.cells(of: rest) != nil {
            kind = .tableRow
            content = rest
        } else if let (ordered, text) = TextLine.bullet(rest) {
            kind = .bullet(ordered: ordered)
            content = text
        } else {
            kind = .plain
            content = rest
        }
    }

    private static func stripQuoteMarks(_ text: Substring) -> Substring? {
        guard text.first == ">" else { return nil }
        return text.dropFirst().drop(while: { $0 == " " || $0 == ">" })
    }

    /// Three or more of one of `-`, `*`, `_`, `=` and nothing else but spaces, pipes and colons.
    /// Read on bytes: a line of prose is told from a rule at its first letter, and any non-ASCII
    /// byte (a Character other than the mark) makes it no rule, as it does Character by Character.
    private static func isRule(_ text: Substring) -> Bool {
        var mark: UInt8?
        var count = 0
        for byte in text.utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "|") && byte != UInt8(ascii: ":") {
            if let first = mark {
                guard byte == first else { return false }
            } else {
                guard ruleMarks.contains(byte) else { return false }
                mark = byte
            }
            count += 1
        }
        return count >= 3
    }

    /// The characters of which a horizontal rule is made.
    private static let ruleMarks: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "=")]

    /// The text of a Markdown heading written as a list item's content (`* #### Lavendel`).
    static func headingText(_ content: Substring) -> Substring? {
        markedHeading(content)?.1
    }

    private static func markedHeading(_ text: Substring) -> (Int, Substring)? {
        // Seven marks are already too many: a line of hashes is not counted to its end.
        let hashes = text.prefix(7).prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let after = text.dropFirst(hashes)
        guard let space = after.first, space == " " || space == "\t" else { return nil }
        var heading = after.drop(while: { $0 == " " || $0 == "\t" })
        while heading.last == "#" || heading.last == " " { heading = heading.dropLast() }
        return heading.isEmpty ? nil : (hashes, heading)
    }

    private static func bullet(_ text: Substring) -> (Bool, Substring)? {
        guard let first = text.first else { return nil }
        if bulletMarks.contains(first) {
            let after = text.dropFirst()
            guard let space = after.first, space == " " || space == "\t" else { return nil }
            let item = after.drop(while: { $0 == " " || $0 == "\t" })
            return item.isEmpty ? nil : (false, item)
        }
        let digits = text.prefix(maximumListNumberDigits + 1).prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= maximumListNumberDigits else { return nil }
        let after = text.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")" else { return nil }
        let rest = after.dropFirst()
        guard let space = rest.first, space == " " || space == "\t" else { return nil }
        let item = rest.drop(while: { $0 == " " || $0 == "\t" })
        return item.isEmpty ? nil : (true, item)
    }
}
