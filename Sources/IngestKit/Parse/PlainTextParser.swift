/// Parses scraped plain text (with light Markdown) into the neutral block tree: lines,
/// blank-line paragraphs, bullets nested by indentation, headings marked (`## `) or shaped as
/// headings, and a YAML front matter block read for its title.
public enum PlainTextParser {
    /// Parses `text` into blocks in reading order.
    public static func parse(_ text: String) -> ParsedPage {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
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
        for line in body {
            builder.add(TextLine(line))
        }
        builder.finish()
        return ParsedPage(blocks: builder.blocks, declaredTitle: title, declaredLanguage: language, removed: removed)
    }
}
