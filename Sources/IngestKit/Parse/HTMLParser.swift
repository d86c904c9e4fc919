/// Parses an HTML page with libxml2 into the neutral block tree.
public enum HTMLParser {
    /// Parses `html` (already decoded) into blocks in reading order.
    public static func parse(_ html: String) -> ParsedPage {
        ParsedPage(blocks: [])
    }
}
