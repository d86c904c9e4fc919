/// How a source's bytes are to be read: as plain text (scraped text, light Markdown) or as HTML.
public enum SourceFormat: String, Sendable, Hashable, Codable {
    case text
    case html

    /// The format implied by a file extension (without the dot, any case), or `nil` when the
    /// extension is not one the pipeline reads.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text", "md", "markdown": self = .text
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}
