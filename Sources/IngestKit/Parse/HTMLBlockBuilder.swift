/// Builds the neutral block tree from the elements and text runs of an HTML document, fed in
/// document order by `HTMLReader`.
///
/// - Headings `h1`–`h6` become headings, ending at a block element that follows their text
///   (a heading left open, `<h2>…</h3>`, would swallow the article); every other block-level
///   element (`p`, `div`, …) ends the running paragraph, so its text becomes a paragraph
///   of its own. Inline elements
///   (`a`, `strong`, `span`, …) only let their text through, so `<strong>Name:</strong> detail`
///   stays one text, "Name: detail".
/// - `br` ends a paragraph as well: `Name: detail<br>Other: detail` gives two paragraphs, one
///   per line, which is what item extraction wants. Inside a list item or a heading it is a space.
/// - `ul`/`ol` become lists, nested lists become nested items; block elements inside an item
///   join its text with a space.
/// - `dl` becomes an unordered list with one item per `dt`, "term: definition".
/// - A table row (`tr`) whose cells (`td`, `th`) each hold one line gives one paragraph, the
///   row, its cells joined by `TableRowCells.separator` and kept apart in its context
///   (`BlockContext.tableRow`), with whether the row heads its table (`th` cells, `thead`, a
///   first row all in bold): a cell alone (`2 kg`, `200 g`) is no line of its own, and a row
///   of tests or symptoms is one entry. A row laid out with blocks (a cell of several
///   paragraphs or lines, a list, a heading, a table inside) gives those blocks as they come.
struct HTMLBlockBuilder {
    /// The blocks built so far, in reading order.
    private(set) var blocks: [Block] = []
    /// The language declared by `<html lang>`, lowercased.
    private(set) var declaredLanguage: String?
    private var documentTitle: String?
    private var openGraphTitle: String?
    private var twitterTitle: String?
    private var openGraphDescription: String?
    private var metaDescription: String?
    private var openGraphType: String?
    /// Whether the page's structured data declares a thread (`ThreadSchemaTypes`).
    private var declaresThread = false
    /// Whether hidden elements are read like the others (the builder of a page's hidden parts).
    private let readsHiddenElements: Bool

    /// Creates a builder; `readsHiddenElements` reads hidden elements instead of skipping them.
    init(readsHiddenElements: Bool = false) {
        self.readsHiddenElements = readsHiddenElements
    }

    /// Context entries beyond this depth are not recorded: a block nested deeper than this
    /// shares the context of its ancestor at this depth. Real articles sit well above it (the
    /// evaluation set scores the same at 64 and 256); a page of 100,000 nested paragraphs is
    /// handled in under a second instead of several, with every block's context this small.
    static let maxContextDepth = 64
    /// Lists nested deeper than this are flattened into the list at this depth, which keeps
    /// the item tree shallow enough for recursive code on pathological pages.
    static let maxListNesting = 16

    /// One open element.
    private struct Frame {
        var role: HTMLTagRole
        var addsContext: Bool
    }

    /// A list item being built.
    private struct OpenItem {
        /// The item's text so far, as UTF-8.
        var text: [UInt8] = []
        var children: [ListItem] = []
        /// The frame index of the `li` that closes it, or `nil` for `dt`/`dd` items, which the
        /// next term or the end of the list close.
        var closingFrame: Int?
        var isTerm = false
        var hasDefinition = false
    }

    /// A table being read.
    private struct OpenTable {
        /// The frame index of the `table` element.
        var frame: Int
        /// The table's number in the page.
        var number: Int
        /// How many rows of it were opened so far.
        var rowCount = 0
        /// How many `thead` elements of it are open.
        var headerGroupDepth = 0
    }

    /// A table row being read. Its cells are held until it ends, then go out as one paragraph,
    /// unless a block that is not a cell's one line comes first: then the row is laid out with
    /// blocks, what it held goes out, and its blocks follow as they come.
    private struct OpenRow {
        /// The frame index of the `tr` element.
        var frame: Int
        /// The number of the row's table.
        var table: Int
        /// Whether the row is the first of its table.
        var isFirstOfTable: Bool
        /// Whether the row stands in a `thead`.
        var isInHeaderGroup: Bool
        /// The paragraph of each cell opened so far, `nil` while (or when) a cell has none.
        var cells: [Block?] = []
        /// How many of the cells are `th`.
        var headerCells = 0
        /// The frame index of the cell being read, `nil` between cells.
        var cellFrame: Int?
        /// Whether any cell has text outside bold.
        var hasTextOutsideBold = false
        /// Whether the row is laid out with blocks (see above).
        var isLayout = false
    }

    /// A list being built.
    private struct OpenList {
        var ordered: Bool
        /// The frame index whose end closes the list (the list element, or for items found
        /// outside any list, their parent).
        var ownerFrame: Int
        var isImplicit: Bool
        var items: [ListItem] = []
        var item: OpenItem?
        var context: BlockContext
    }

    private var frames: [Frame] = []
    private var contextTokens: [String] = []
    private var contextPath: [Int] = []
    private var contextTokenStarts: [Int] = []
    private var nextElementID = 0

    private var headDepth = 0
    private var titleBuffer: [UInt8]?
    private var linkDepth = 0
    private var headingLevel: Int?
    private var headingFrame = -1

    /// The running paragraph's text so far, as UTF-8.
    private var inlineText: [UInt8] = []
    private var tables: [OpenTable] = []
    private var rows: [OpenRow] = []
    private var tableCount = 0
    private var boldDepth = 0
    private var inlineLinkCharacters = 0
    private var lists: [OpenList] = []
    private var listLinkCharacters = 0

    /// The page's declared title: `og:title` when present (it rarely carries the site's
    /// name), else `<title>`.
    var declaredTitle: String? {
        openGraphTitle ?? documentTitle
    }

    // MARK: Events

    /// An element starts; returns whether its children should be visited (and `exit()` called).
    mutating func enter(_ element: HTMLElement) -> Bool {
        let role = element.tagRole
        if !declaresThread, let itemType = element.itemType, ThreadSchemaTypes.isThread(itemType: itemType) { declaresThread = true }
        if (element.isHidden && !readsHiddenElements) || role == .dropped { return false }
        switch role {
        case .meta:
            if let content = element.metaContent {
                switch element.metaName {
                case "og:title": if openGraphTitle == nil { openGraphTitle = Self.nonEmpty(TextNormalization.inline(content)) }
                case "og:description":
                    if openGraphDescription == nil { openGraphDescription = Self.nonEmpty(TextNormalization.inline(content)) }
                case "description": if metaDescription == nil { metaDescription = Self.nonEmpty(TextNormalization.inline(content)) }
                case "twitter:title": if twitterTitle == nil { twitterTitle = Self.nonEmpty(TextNormalization.inline(content)) }
                case "og:type": if openGraphType == nil { openGraphType = Self.nonEmpty(TextNormalization.inline(content).lowercased()) }
                default: break
                }
            }
            return false
        case .head:
            headDepth += 1
        case .title:
            if documentTitle == nil { titleBuffer = [] }
        case .lineBreak:
            if headDepth == 0 { boundary() }
            return false
        default:
            if headDepth > 0 { break }
            if element.name == "html", let lang = element.lang {
                let code = TextNormalization.inline(lang).lowercased()
                if !code.isEmpty { declaredLanguage = code }
            }
            startElement(role)
        }
        let addsContext = headDepth == 0 && role != .inline && role != .bold && role != .link
            && contextPath.count < Self.maxContextDepth
        frames.append(Frame(role: role, addsContext: addsContext))
        if addsContext { pushContext(element) }
        if let list = lists.last, list.ownerFrame == frames.count - 1, !list.isImplicit {
            // A list's own class (`menu`, `related-posts`) belongs to its context.
            lists[lists.count - 1].context = currentContext()
        }
        return true
    }

    /// The element entered last (and not yet exited) ends.
    mutating func exit() {
        guard let frame = frames.last else { return }
        let index = frames.count - 1
        switch frame.role {
        case .head:
            headDepth -= 1
        case .title:
            if let buffer = titleBuffer {
                let title = buffer.withUnsafeBufferPointer(TextNormalization.inline(utf8:))
                if !title.isEmpty { documentTitle = title }
                titleBuffer = nil
            }
        default:
            if headDepth == 0 { endElement(frame.role, at: index) }
        }
        frames.removeLast()
        if frame.addsContext { popContext() }
    }

    /// A run of text inside the element entered last, as UTF-8.
    mutating func text(_ text: UnsafeBufferPointer<UInt8>) {
        if titleBuffer != nil {
            titleBuffer?.append(contentsOf: text)
            return
        }
        guard headDepth == 0 else { return }
        if boldDepth == 0, let row = rows.last, row.cellFrame != nil, !row.hasTextOutsideBold, Self.visibleCharacters(text) > 0 {
            rows[rows.count - 1].hasTextOutsideBold = true
        }
        let linkCharacters = linkDepth > 0 ? Self.visibleCharacters(text) : 0
        if !lists.isEmpty {
            if lists[lists.count - 1].item == nil {
                guard Self.visibleCharacters(text) > 0 else { return }
                if lists[lists.count - 1].isImplicit {
                    closeList()
                } else {
                    lists[lists.count - 1].item = OpenItem()
                }
            }
            if !lists.isEmpty {
                lists[lists.count - 1].item?.text.append(contentsOf: text)
                listLinkCharacters += linkCharacters
                return
            }
        }
        inlineText.append(contentsOf: text)
        inlineLinkCharacters += linkCharacters
    }

    /// A run of white space only inside the element entered last: it separates words.
    mutating func whiteSpace() {
        if titleBuffer != nil {
            titleBuffer?.append(Self.space)
        } else if headDepth == 0 {
            if !lists.isEmpty {
                if lists[lists.count - 1].item != nil { lists[lists.count - 1].item?.text.append(Self.space) }
            } else if !inlineText.isEmpty {
                inlineText.append(Self.space)
            }
        }
    }

    /// The link's end tag came while a block opened inside the link was still open (a card's
    /// `<a><div>…</a>` missing its `</div>`), and the parser left the link open: the HTML
    /// standard ends the link there and keeps the block open, so the text that follows is no
    /// longer link text. The link's element stays on the stack as an inline one.
    mutating func endLinkLeftOpen() {
        guard let index = frames.lastIndex(where: { $0.role == .link }) else { return }
        frames[index].role = .inline
        linkDepth -= 1
    }

    /// The `type` of a script that holds the page's structured data (JSON-LD).
    static let structuredDataType = "application/ld+json"

    /// Reads the text of a script of `structuredDataType`: whether it declares a thread.
    mutating func readStructuredData(_ json: [UInt8]) {
        if !declaresThread, ThreadSchemaTypes.isThread(json: json) { declaresThread = true }
    }

    /// Ends the walk: flushes what is still open and returns the page.
    mutating func finish() -> ParsedPage {
        while !lists.isEmpty { closeList() }
        flushParagraph()
        while !rows.isEmpty { closeRow() }
        let declared = declaredTitle
        var alternatives: [String] = []
        for title in [twitterTitle, documentTitle].compactMap({ $0 }) where title != declared && !alternatives.contains(title) {
            alternatives.append(title)
        }
        return ParsedPage(blocks: blocks, declaredTitle: declared, declaredLanguage: declaredLanguage,
                          declaredDescription: metaDescription ?? openGraphDescription, declaredType: openGraphType,
                          alternativeTitles: alternatives, isDeclaredThread: declaresThread)
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }

    // MARK: Structure

    private var isInListItem: Bool {
        lists.last?.item != nil
    }

    private mutating func startElement(_ role: HTMLTagRole) {
        switch role {
        case .heading(let level):
            if isInListItem || headingLevel != nil {
                separate()
            } else {
                boundary()
                headingLevel = level
                headingFrame = frames.count
            }
        case .block:
            startBlock()
        case .table:
            startBlock()
            tables.append(OpenTable(frame: frames.count, number: tableCount))
            tableCount += 1
        case .tableHead:
            startBlock()
            if !tables.isEmpty { tables[tables.count - 1].headerGroupDepth += 1 }
        case .tableRow:
            startBlock()
            openRow()
        case .tableCell(let isHeader):
            boundary()
            openCell(isHeader: isHeader)
        case .bold:
            boldDepth += 1
        case .list(let ordered):
            openList(ordered: ordered)
        case .definitionList:
            openList(ordered: false)
        case .listItem:
            openItem(closingFrame: frames.count, isTerm: false)
        case .definitionTerm:
            openItem(closingFrame: nil, isTerm: true)
        case .definitionDescription:
            openDefinition()
        case .link:
            linkDepth += 1
        default:
            break
        }
    }

    private mutating func endElement(_ role: HTMLTagRole, at index: Int) {
        switch role {
        case .heading:
            if headingFrame == index {
                flushParagraph()
                headingLevel = nil
                headingFrame = -1
            } else {
                separate()
            }
        case .block:
            boundary()
        case .table:
            boundary()
            if tables.last?.frame == index { tables.removeLast() }
        case .tableHead:
            boundary()
            if let table = tables.last, table.headerGroupDepth > 0 { tables[tables.count - 1].headerGroupDepth -= 1 }
        case .tableRow:
            boundary()
            if rows.last?.frame == index { closeRow() }
        case .tableCell:
            boundary()
            if rows.last?.cellFrame == index { rows[rows.count - 1].cellFrame = nil }
        case .bold:
            boldDepth = max(boldDepth - 1, 0)
        case .definitionTerm, .definitionDescription:
            separate()
        case .link:
            linkDepth -= 1
        default:
            break
        }
        if let item = lists.last?.item, let closing = item.closingFrame, closing >= index {
            closeItem()
        }
        while let list = lists.last, list.ownerFrame >= index {
            closeList()
        }
    }

    /// The start of a block element: the end of the running paragraph, or of a heading left open.
    private mutating func startBlock() {
        if headingLevel != nil, !isInListItem, inlineText.contains(where: { !Self.isWhiteSpace($0) }) {
            // Headings hold phrasing content only: a block after a heading's text means the
            // heading was never closed (`<h2>…</h3>`), and the blocks are the text under it.
            flushParagraph()
            headingLevel = nil
            headingFrame = -1
        } else {
            boundary()
        }
    }

    /// A block boundary: a space inside a list item or heading, else the end of a paragraph.
    private mutating func boundary() {
        if let list = lists.last, list.isImplicit, list.item == nil { closeList() }
        if isInListItem || headingLevel != nil {
            separate()
        } else {
            flushParagraph()
        }
    }

    /// Keeps the words on either side of a block boundary apart inside one text.
    private mutating func separate() {
        if isInListItem {
            lists[lists.count - 1].item?.text.append(Self.space)
        } else {
            inlineText.append(Self.space)
        }
    }

    private mutating func openList(ordered: Bool) {
        guard lists.count < Self.maxListNesting else {
            separate()
            return
        }
        if let list = lists.last, list.isImplicit, list.item == nil { closeList() }
        if lists.isEmpty {
            flushParagraph()
            listLinkCharacters = 0
        }
        lists.append(OpenList(ordered: ordered, ownerFrame: frames.count, isImplicit: false,
                              context: currentContext()))
    }

    private mutating func openItem(closingFrame: Int?, isTerm: Bool) {
        if lists.isEmpty {
            flushParagraph()
            listLinkCharacters = 0
            lists.append(OpenList(ordered: false, ownerFrame: frames.count - 1, isImplicit: true,
                                  context: currentContext()))
        }
        if isInListItem { closeItem() }
        lists[lists.count - 1].item = OpenItem(closingFrame: closingFrame, isTerm: isTerm)
    }

    private mutating func openDefinition() {
        guard let item = lists.last?.item, item.isTerm else {
            openItem(closingFrame: nil, isTerm: false)
            return
        }
        var term = item.text
        while let last = term.last, Self.isWhiteSpace(last) { term.removeLast() }
        let separator = item.hasDefinition || term.last == UInt8(ascii: ":") ? " " : ": "
        lists[lists.count - 1].item?.text = term + separator.utf8
        lists[lists.count - 1].item?.hasDefinition = true
    }

    private mutating func closeItem() {
        guard let item = lists.last?.item else { return }
        lists[lists.count - 1].item = nil
        let text = item.text.withUnsafeBufferPointer(TextNormalization.inline(utf8:))
        if text.isEmpty {
            lists[lists.count - 1].items += item.children
        } else {
            lists[lists.count - 1].items.append(ListItem(text: text, items: item.children))
        }
    }

    private mutating func closeList() {
        closeItem()
        guard let list = lists.popLast() else { return }
        if lists.isEmpty {
            guard !list.items.isEmpty else { return }
            var context = list.context
            context.linkCharacters = listLinkCharacters
            context.textCharacters = list.items.reduce(0) { $0 + Self.visibleCharacters(of: $1) }
            emit(Block.list(list.items, ordered: list.ordered, context: context))
        } else if lists[lists.count - 1].item != nil {
            lists[lists.count - 1].item?.children += list.items
        } else {
            lists[lists.count - 1].items += list.items
        }
    }

    private mutating func flushParagraph() {
        defer {
            inlineText.removeAll(keepingCapacity: true)
            inlineLinkCharacters = 0
        }
        let (text, visible) = inlineText.withUnsafeBufferPointer(TextNormalization.inlineCountingCharacters(utf8:))
        guard !text.isEmpty else { return }
        var context = currentContext()
        context.linkCharacters = min(inlineLinkCharacters, visible)
        context.textCharacters = visible
        if let level = headingLevel {
            emit(Block.heading(text, level: level, context: context))
        } else if let row = rows.last, !row.isLayout, row.cellFrame != nil, row.cells.last == .some(nil) {
            // The cell's one line, held until the row ends.
            rows[rows.count - 1].cells[row.cells.count - 1] = Block.paragraph(text, context: context)
        } else {
            emit(Block.paragraph(text, context: context))
        }
    }

    /// Appends a block to the page, after what the open rows held: a block that is not a cell's
    /// one line lays them out with blocks.
    private mutating func emit(_ block: Block) {
        layOutOpenRows()
        blocks.append(block)
    }

    /// Lays out the innermost open row with blocks: only it can hold cells, since a row opened
    /// inside another lays out the outer one.
    private mutating func layOutOpenRows() {
        guard let row = rows.last, !row.isLayout else { return }
        blocks += row.cells.compactMap { $0 }
        rows[rows.count - 1].cells = []
        rows[rows.count - 1].isLayout = true
    }

    // MARK: Tables

    /// The fewest cells with text of a row that is read as one.
    static let minimumCellsOfRow = 2

    private mutating func openRow() {
        guard lists.isEmpty, headingLevel == nil else { return }
        // A row inside a row's cell: the outer row is laid out with blocks.
        layOutOpenRows()
        let number: Int
        var isFirst = true
        var isInHeaderGroup = false
        if let table = tables.last {
            number = table.number
            isFirst = table.rowCount == 0
            isInHeaderGroup = table.headerGroupDepth > 0
            tables[tables.count - 1].rowCount += 1
        } else {
            number = tableCount
            tableCount += 1
        }
        rows.append(OpenRow(frame: frames.count, table: number, isFirstOfTable: isFirst, isInHeaderGroup: isInHeaderGroup))
    }

    private mutating func openCell(isHeader: Bool) {
        guard let row = rows.last, !row.isLayout, row.cellFrame == nil, lists.isEmpty, headingLevel == nil else { return }
        rows[rows.count - 1].cells.append(nil)
        rows[rows.count - 1].cellFrame = frames.count
        if isHeader { rows[rows.count - 1].headerCells += 1 }
    }

    /// Ends the innermost row: its cells' lines become the row's paragraph.
    private mutating func closeRow() {
        guard let row = rows.popLast(), !row.isLayout else { return }
        let filled = row.cells.compactMap { $0 }
        guard filled.count >= Self.minimumCellsOfRow, let first = filled.first else {
            // One line beside empty cells (a layout's picture or gutter): no row of entries.
            for block in filled { emit(block) }
            return
        }
        let cells = row.cells.map { $0?.text ?? "" }
        let isHeader = row.headerCells == row.cells.count || row.isInHeaderGroup
            || (row.isFirstOfTable && !row.hasTextOutsideBold && filled.count >= Self.minimumCellsOfRow)
        var context = first.context
        context.textCharacters = filled.reduce(0) { $0 + $1.context.textCharacters }
        context.linkCharacters = filled.reduce(0) { $0 + $1.context.linkCharacters }
        let cellsOfRow = TableRowCells(cells: cells, isHeader: isHeader, table: row.table)
        context.tableRow = cellsOfRow
        emit(Block.paragraph(cellsOfRow.text, context: context))
    }

    // MARK: Context

    private func currentContext() -> BlockContext {
        BlockContext(containerTokens: contextTokens, containerPath: contextPath,
                     containerTokenStarts: contextTokenStarts)
    }

    private mutating func pushContext(_ element: HTMLElement) {
        contextTokenStarts.append(contextTokens.count)
        contextPath.append(nextElementID)
        nextElementID += 1
        contextTokens.append(element.name)
        // The root elements' classes describe the whole page (`has-sidebar`, `cookie-consent`),
        // never one part of it.
        guard element.name != "html", element.name != "body" else { return }
        Self.appendTokens(of: element.classValue, to: &contextTokens)
        Self.appendTokens(of: element.idValue, to: &contextTokens)
        Self.appendTokens(of: element.role, to: &contextTokens)
        if element.isModal { contextTokens.append(BlockContext.modalToken) }
        if element.isArticleBody { contextTokens.append(BlockContext.articleBodyToken) }
    }

    private mutating func popContext() {
        guard let start = contextTokenStarts.popLast() else { return }
        contextTokens.removeSubrange(start...)
        contextPath.removeLast()
    }

    /// Class names that start with one of these words name a taxonomy term or a person
    /// (`category-comments`, `tag-sharing`, `author-jane-doe`, as blog engines write them on the
    /// article): only the first word is kept, so the term is never read as a marker.
    static let taxonomyPrefixes: [String] = ["category", "tag", "cat", "kategorie", "topic", "format", "postid", "author"]
    private static let taxonomyPrefixBytes = taxonomyPrefixes.map { Array($0.utf8) }

    /// Splits an attribute value into lowercase tokens at every character that is not an ASCII
    /// letter or digit (bytes of other scripts stay inside tokens); numbers alone are skipped, and
    /// so are the names of framework slots (`isFrameworkSlot`).
    static func appendTokens(of value: String, to tokens: inout [String]) {
        guard !value.isEmpty else { return }
        var value = value
        value.withUTF8 { bytes in
            var start = 0
            var hasLetter = false
            var hasCapital = false
            var wordsInName = 0
            var skippingName = isFrameworkSlot(bytes, from: 0)
            func finish(at end: Int) {
                if hasLetter && !skippingName {
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    tokens.append(hasCapital ? String(decoding: word.map(lowercased), as: UTF8.self)
                                             : String(decoding: word, as: UTF8.self))
                    if wordsInName == 0 && isTaxonomyPrefix(word) { skippingName = true }
                }
                if end > start { wordsInName += 1 }
                start = end + 1
                hasLetter = false
                hasCapital = false
            }
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...:
                    hasLetter = true
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    hasLetter = true
                    hasCapital = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    break
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    finish(at: index)
                    wordsInName = 0
                    skippingName = isFrameworkSlot(bytes, from: index + 1)
                default:
                    finish(at: index)
                }
            }
            finish(at: bytes.count)
        }
    }

    /// Whether the name that starts at `start` is one word between two or more leading
    /// underscores and optional trailing ones (`__next`, `__nuxt`, `__layout__`): the mount point a
    /// script framework gives its page, whose word (`next`) says nothing of what the element holds.
    private static func isFrameworkSlot(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: "_") { index += 1 }
        guard index - start >= 2 else { return false }
        let wordStart = index
        while index < bytes.count, isASCIILetterOrDigit(bytes[index]) { index += 1 }
        guard index > wordStart else { return false }
        while index < bytes.count, bytes[index] == UInt8(ascii: "_") { index += 1 }
        return index == bytes.count || isWhiteSpace(bytes[index])
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether a lowercase token is one of `taxonomyPrefixes` (compared without hashing).
    private static func isTaxonomyPrefix(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        taxonomyPrefixBytes.contains { prefix in
            prefix.count == word.count && zip(prefix, word).allSatisfy { $0 == lowercased($1) }
        }
    }

    // MARK: Measuring

    private static let space = UInt8(ascii: " ")

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Unicode scalars that are not ASCII white space: the unit of `textCharacters` and
    /// `linkCharacters`, counted on UTF-8 without decoding.
    static func visibleCharacters<UTF8Bytes: Sequence<UInt8>>(_ utf8: UTF8Bytes) -> Int {
        var count = 0
        for byte in utf8 where byte & 0xC0 != 0x80 && !isWhiteSpace(byte) {
            count += 1
        }
        return count
    }

    private static func visibleCharacters(of item: ListItem) -> Int {
        item.items.reduce(visibleCharacters(item.text.utf8)) { $0 + visibleCharacters(of: $1) }
    }
}
