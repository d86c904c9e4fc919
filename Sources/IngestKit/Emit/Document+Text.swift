extension Document {
    /// The cleaned body as plain text, the way main-content extraction is compared with other
    /// extractors: every heading, paragraph and list item (nested items too) on a line of its
    /// own, in order, and without the title (the first heading whose text is the title).
    public var plainText: String {
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
