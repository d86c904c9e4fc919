/// Parses scraped plain text (with light Markdown) into the neutral block tree.
public enum PlainTextParser {
    /// Parses `text` into blocks in reading order.
    public static func parse(_ text: String) -> ParsedPage {
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { TextNormalization.inline($0) }
            .filter { !$0.isEmpty }
            .map { Block.paragraph($0) }
        return ParsedPage(blocks: paragraphs)
    }
}
