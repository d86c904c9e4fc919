/// What a parser knows about where a block stood in its page, beyond its text. HTML fills the
/// container fields from the element's ancestors; plain text fills the line fields.
public struct BlockContext: Sendable, Equatable {
    /// Lowercased tokens of the ancestors' tag names (`nav`, `aside`, `footer`), `class`, `id`
    /// and `role` values, outermost first, `modalToken` for a modal dialog and
    /// `articleBodyToken` for an article's declared body. Clean reads boilerplate markers from them.
    public var containerTokens: [String]
    /// Identifiers of the enclosing elements, outermost first: two blocks share a container
    /// when they share a prefix. Clean uses them to find the densest subtree.
    public var containerPath: [Int]
    /// For each entry of `containerPath`, the index in `containerTokens` where that element's
    /// tokens begin (its tag name first); they end where the next element's begin. Empty when
    /// the source has no containers.
    public var containerTokenStarts: [Int]
    /// How many characters of the block's text are inside links, counted like `textCharacters`.
    public var linkCharacters: Int
    /// How many characters the block's text holds (all list items for a list), white space not
    /// counted; 0 when the parser did not measure it.
    public var textCharacters: Int
    /// In plain text, the index of the blank-line-delimited group of lines the block came from:
    /// lines of one group (an address, a signature, an author box) belong together.
    public var lineGroup: Int?
    /// Whether a heading was inferred from the shape of a plain-text line rather than marked as
    /// one (`<h2>`, `## `). An inferred heading's level says little about nesting.
    public var headingIsInferred: Bool
    /// For a paragraph that is a row of a table, its cells; `nil` for every other block.
    public var tableRow: TableRowCells?

    /// The token of an element that declares itself a modal dialog (`aria-modal="true"`). No
    /// attribute value splits into it: the other tokens hold letters and digits only.
    public static let modalToken = "aria-modal"
    /// The token of an element that the page's microdata declares its article's body
    /// (`itemprop="articleBody"`); like `modalToken`, no attribute value splits into it.
    public static let articleBodyToken = "itemprop-articlebody"

    /// Creates a context.
    public init(containerTokens: [String] = [], containerPath: [Int] = [], containerTokenStarts: [Int] = [],
                linkCharacters: Int = 0, textCharacters: Int = 0, lineGroup: Int? = nil, headingIsInferred: Bool = false,
                tableRow: TableRowCells? = nil) {
        self.containerTokens = containerTokens
        self.containerPath = containerPath
        self.containerTokenStarts = containerTokenStarts
        self.linkCharacters = linkCharacters
        self.textCharacters = textCharacters
        self.lineGroup = lineGroup
        self.headingIsInferred = headingIsInferred
        self.tableRow = tableRow
    }

    /// The tokens of the element at `level` of `containerPath` (its tag name first).
    public func tokens(ofContainerAt level: Int) -> ArraySlice<String> {
        guard level >= 0, level < containerTokenStarts.count else { return [] }
        let start = containerTokenStarts[level]
        let end = level + 1 < containerTokenStarts.count ? containerTokenStarts[level + 1] : containerTokens.count
        return containerTokens[start..<end]
    }

    /// Whether the block is the text of a `<pre>` element: code, a terminal's output, a mail.
    /// Its words are not prose, so what they say of boilerplate (`subscribe`, an address, a
    /// trailing `...`) says nothing of the block.
    public var isPreformatted: Bool {
        tokens(ofContainerAt: containerPath.count - 1).first == "pre"
    }
}
