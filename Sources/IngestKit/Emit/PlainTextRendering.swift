/// The plain-text rendering of an article, the way main-content extraction is compared with
/// other extractors: every heading, paragraph and list item (nested items too) on a line of its
/// own, in order, and without the title (the first heading whose text is the title).
enum PlainTextRendering {
    /// The text of `body` without the heading that repeats `title`, one line per text.
    static func render(title: String?, body: [Block]) -> String {
        var lines: [String] = []
        var titleSkipped = false
        for block in body {
            if !titleSkipped, block.headingLevel != nil, let title, block.text == title {
                titleSkipped = true
                continue
            }
            lines.append(contentsOf: block.texts)
        }
        return lines.map { $0 + "\n" }.joined()
    }
}

extension Document {
    /// The cleaned body as plain text (`PlainTextRendering`).
    public var plainText: String {
        PlainTextRendering.render(title: title, body: body)
    }
}

extension CleanedArticle {
    /// The cleaned body as plain text (`PlainTextRendering`), the same as its document's.
    public var plainText: String {
        PlainTextRendering.render(title: title, body: body)
    }
}
