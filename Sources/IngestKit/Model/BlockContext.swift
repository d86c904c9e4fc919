/// What a parser knows about where a block stood in its page, beyond its text. HTML fills the
/// container fields from the element's ancestors; plain text fills the line fields.
public struct BlockContext: Sendable, Equatable {
    /// Lowercased tokens of the ancestors' tag names (`nav`, `aside`, `footer`), `class`, `id`
    /// and `role` values, outermost first. Clean reads boilerplate markers from them.
    public var containerTokens: [String]
    /// Identifiers of the enclosing elements, outermost first: two blocks share a container
    /// when they share a prefix. Clean uses them to find the densest subtree.
    public var containerPath: [Int]
    /// How many characters of the block's text are inside links.
    public var linkCharacters: Int
    /// In plain text, the index of the blank-line-delimited group of lines the block came from:
    /// lines of one group (an address, a signature, an author box) belong together.
    public var lineGroup: Int?
    /// Whether a heading was inferred from the shape of a plain-text line rather than marked as
    /// one (`<h2>`, `## `). An inferred heading's level says little about nesting.
    public var headingIsInferred: Bool

    /// Creates a context.
    public init(containerTokens: [String] = [], containerPath: [Int] = [], linkCharacters: Int = 0,
                lineGroup: Int? = nil, headingIsInferred: Bool = false) {
        self.containerTokens = containerTokens
        self.containerPath = containerPath
        self.linkCharacters = linkCharacters
        self.lineGroup = lineGroup
        self.headingIsInferred = headingIsInferred
    }
}
