/// One block of an article: a heading, a paragraph or a list. HTML and plain text both become a
/// sequence of these, so Clean and Extract are written once.
public struct Block: Sendable, Equatable {
    /// What kind of block this is.
    public enum Kind: Sendable, Equatable {
        /// A heading; `level` 1 is the article's title level.
        case heading(level: Int)
        /// A paragraph of running text (also a lone line of a text source).
        case paragraph
        /// A list; `ordered` for numbered lists.
        case list(ordered: Bool)
    }

    /// What kind of block this is.
    public var kind: Kind
    /// The normalized text of a heading or paragraph; empty for a list.
    public var text: String
    /// The items of a list; empty for other kinds.
    public var items: [ListItem]
    /// Where the block came from in its page, for the boilerplate decision.
    public var context: BlockContext

    /// Creates a block.
    public init(kind: Kind, text: String = "", items: [ListItem] = [], context: BlockContext = BlockContext()) {
        self.kind = kind
        self.text = text
        self.items = items
        self.context = context
    }

    /// A heading block.
    public static func heading(_ text: String, level: Int, context: BlockContext = BlockContext()) -> Block {
        Block(kind: .heading(level: level), text: text, context: context)
    }

    /// A paragraph block.
    public static func paragraph(_ text: String, context: BlockContext = BlockContext()) -> Block {
        Block(kind: .paragraph, text: text, context: context)
    }

    /// A list block.
    public static func list(_ items: [ListItem], ordered: Bool, context: BlockContext = BlockContext()) -> Block {
        Block(kind: .list(ordered: ordered), items: items, context: context)
    }

    /// The heading level, or `nil` when the block is not a heading.
    public var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }

    /// Whether the block is a list.
    public var isList: Bool {
        if case .list = kind { return true }
        return false
    }

    /// Whether the block is a paragraph that is a row of a table.
    public var isTableRow: Bool {
        context.tableRow != nil
    }

    /// Every text of the block in reading order: its own text, or each list item depth first.
    public var texts: [String] {
        if isList { return items.flatMap(\.allTexts) }
        return [text]
    }
}

/// One item of a list, with the items nested under it.
public struct ListItem: Sendable, Equatable {
    /// The item's normalized text, bullet or number stripped.
    public var text: String
    /// Items nested under this one.
    public var items: [ListItem]
    /// The item's first paragraph when it is written in several (a bullet's own line, then
    /// paragraphs indented under it): what names the item, where `text` holds them all. `nil`
    /// when the item is one paragraph.
    public var lead: String?

    /// Creates a list item.
    public init(text: String, items: [ListItem] = [], lead: String? = nil) {
        self.text = text
        self.items = items
        self.lead = lead
    }

    /// This item's text followed by those of its nested items, depth first.
    public var allTexts: [String] {
        [text] + items.flatMap(\.allTexts)
    }
}
