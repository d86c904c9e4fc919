/// Parses scraped plain text (with light Markdown) into the neutral block tree: lines,
/// blank-line paragraphs, bullets nested by indentation, headings marked (`## `) or shaped as
/// headings, and a YAML front matter block read for its title. A line ending in a backslash
/// (Markdown's hard break) continues on the next, so a link written over several lines stays one.
public enum PlainTextParser {
    /// Parses `text` into blocks in reading order.
    public static func parse(_ text: String) -> ParsedPage {
        let lines = Self.lines(text)
        var body = lines[...]
        var title: String?
        var language: String?
        var removed: [RemovedBlock] = []
        if let (matter, rest) = FrontMatter.split(lines) {
            title = matter.title
            language = matter.language
            removed.append(RemovedBlock(kind: .other, text: matter.lines.joined(separator: "\n")))
            body = rest
        }
        var builder = TextBlockBuilder()
        var continued: Substring?
        for line in body {
            if let head = continued {
                continued = nil
                let joined = head + " " + line.drop(while: { $0 == " " || $0 == "\t" })
                if joined.hasSuffix("\\") { continued = Self.withoutHardBreak(joined); continue }
                builder.add(TextLine(joined))
            } else if line.hasSuffix("\\") {
                continued = Self.withoutHardBreak(line)
            } else {
                builder.add(TextLine(line))
            }
        }
        if let head = continued { builder.add(TextLine(head)) }
        builder.finish()
        return ParsedPage(blocks: builder.blocks, declaredTitle: title, declaredLanguage: language, removed: removed)
    }

    /// The lines of `text`, split at line feeds on its bytes rather than its Characters. A line
    /// feed is a Character of its own unless a carriage return stands before it (`\r\n` is one
    /// Character, and no line break of a Character-wise split), so those are left alone here too.
    private static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
                lines.append(text[lineStart..<index])
                lineStart = next
            }
            previous = byte
            index = next
        }
        lines.append(text[lineStart...])
        return lines
    }

    /// The line without the backslashes that end it (`\\` is a hard break, `\\\\` an escaped one).
    private static func withoutHardBreak(_ line: Substring) -> Substring {
        var text = line
        while text.last == "\\" { text = text.dropLast() }
        return text
    }
}
