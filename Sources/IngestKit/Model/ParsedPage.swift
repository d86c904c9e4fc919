/// A source after parsing: its blocks in reading order, plus what the page says about itself.
public struct ParsedPage: Sendable, Equatable {
    /// The blocks in reading order.
    public var blocks: [Block]
    /// The title the page declares outside its body (`<title>`, front matter `title:`), if any.
    public var declaredTitle: String?
    /// The language the page declares (`<html lang>`, front matter), lowercased, if any.
    public var declaredLanguage: String?
    /// Blocks the parser already knows are not the article (front matter, forms, navigation
    /// elements), with their kind.
    public var removed: [RemovedBlock]

    /// Creates a parsed page.
    public init(blocks: [Block], declaredTitle: String? = nil, declaredLanguage: String? = nil, removed: [RemovedBlock] = []) {
        self.blocks = blocks
        self.declaredTitle = declaredTitle
        self.declaredLanguage = declaredLanguage
        self.removed = removed
    }
}
