/// What a parser knows about where a block stood in its page, beyond its text. Plain text
/// sources leave it empty; HTML fills it from the element's ancestors.
public struct BlockContext: Sendable, Equatable {
    /// Lowercased tokens of the ancestors' tag names (`nav`, `aside`, `footer`), `class`, `id`
    /// and `role` values, outermost first. Clean reads boilerplate markers from them.
    public var containerTokens: [String]
    /// Identifiers of the enclosing elements, outermost first: two blocks share a container
    /// when they share a prefix. Clean uses them to find the densest subtree.
    public var containerPath: [Int]
    /// How many characters of the block's text are inside links.
    public var linkCharacters: Int

    /// Creates a context.
    public init(containerTokens: [String] = [], containerPath: [Int] = [], linkCharacters: Int = 0) {
        self.containerTokens = containerTokens
        self.containerPath = containerPath
        self.linkCharacters = linkCharacters
    }
}
