/// Turns classified plain-text lines into blocks: groups of lines between blank lines become
/// paragraphs or inferred headings, bullet lines become lists nested by indentation, and a run
/// of indented lines each standing alone between blank lines is a list whose bullets were lost
/// (a checklist written as Markdown code lines). A Markdown table's rows are paragraphs with
/// their cells (`BlockContext.tableRow`), the row over the `|---|` line its header.
struct TextBlockBuilder {
    /// A list item being built, with its indentation.
    private struct PendingItem {
        var indent: Int
        var text: String
        var children: [PendingItem] = []
        /// The first paragraph, once a second one was appended.
        var lead: String?

        var listItem: ListItem {
            ListItem(text: text, items: children.map(\.listItem), lead: lead)
        }
    }

    /// A list being built.
    private struct PendingList {
        var ordered: Bool
        var baseIndent: Int
        var items: [PendingItem] = []
        var linkCharacters = 0
        var group: Int
        /// Whether the list is made of indented lines without bullets.
        var isIndentedLines = false
    }

    /// Deeper nesting than this is flattened to this depth: no input can make the builder recurse
    /// without bound.
    static let maximumNestingDepth = 12
    /// A line at least this long that does not end a sentence, followed by a line starting in
    /// lower case, was wrapped by the writer and continues on the next line.
    static let minimumWrappedLineLength = 40
    /// A line at least this long that does not end a sentence continues on the next line of its
    /// group whatever that line starts with: the writer wrapped it (German nouns are capitalized).
    static let minimumSoftWrappedLineLength = 60
    /// Lines indented by at least this many columns, outside a list, are Markdown's code lines.
    static let indentOfCodeLine = 4

    private(set) var blocks: [Block] = []
    private var pendingLines: [(text: String, linkCharacters: Int)] = []
    private var list: PendingList?
    private var group = 0
    private var blankSinceLastLine = false
    /// Whether the line before was a table row (or the rule under a table's header).
    private var isInTable = false
    private var tableCount = 0

    /// Feeds the next line.
    mutating func add(_ line: TextLine) {
        switch line.kind {
        case .blank:
            flushParagraphs()
            blankSinceLastLine = true
            isInTable = false
            return
        case .rule:
            if isInTable, let last = blocks.indices.last, blocks[last].context.tableRow != nil {
                // The rule under a table's first row: that row is the header.
                blocks[last].context.tableRow?.isHeader = true
                blankSinceLastLine = false
                return
            }
            flushAll()
        case .tableRow:
            addTableRow(line.content)
            blankSinceLastLine = false
            return
        case .markedHeading(let level):
            flushAll()
            let (text, _) = MarkdownInline.plainText(line.content)
            // A heading of its own line group: a verdict on it must not spread to the paragraph above.
            group += 1
            if !text.isEmpty {
                blocks.append(.heading(text, level: level, context: BlockContext(lineGroup: group)))
            }
            group += 1
        case .bullet(let ordered):
            flushParagraphs()
            addItem(line, ordered: ordered)
        case .plain:
            if startsIndentedLineItem(line) {
                flushParagraphs()
                addItem(line, ordered: false, isIndentedLine: true)
            } else if var open = list, line.indent > open.baseIndent {
                let (text, links) = MarkdownInline.plainText(line.content)
                Self.appendToLastItem(&open.items, text: text, depth: 0, newParagraph: blankSinceLastLine)
                open.linkCharacters += links
                list = open
            } else {
                flushList()
                if blankSinceLastLine { flushParagraphs() }
                let (text, links) = MarkdownInline.plainText(line.content)
                if !text.isEmpty { pendingLines.append((text, links)) }
            }
        }
        blankSinceLastLine = false
        isInTable = false
    }

    /// Appends a row of a Markdown table as a paragraph, its cells in its context.
    private mutating func addTableRow(_ row: Substring) {
        guard let cells = MarkdownTableRow.cells(of: row) else { return }
        if !isInTable {
            flushAll()
            group += 1
            tableCount += 1
            isInTable = true
        }
        var texts: [String] = []
        var linkCharacters = 0
        for cell in cells {
            let (text, links) = MarkdownInline.plainText(Substring(cell))
            texts.append(text)
            linkCharacters += links
        }
        let cellsOfRow = TableRowCells(cells: texts, table: tableCount - 1)
        guard !cellsOfRow.text.isEmpty else { return }
        blocks.append(.paragraph(cellsOfRow.text, context: BlockContext(linkCharacters: linkCharacters, lineGroup: group,
                                                                         tableRow: cellsOfRow)))
    }

    /// Flushes what is still open; call once after the last line.
    mutating func finish() {
        flushAll()
    }

    private mutating func flushAll() {
        flushParagraphs()
        flushList()
    }

    /// Whether `line` is an indented line standing alone between blank lines, outside a list
    /// of bullets or in a list of such lines at its indentation.
    private func startsIndentedLineItem(_ line: TextLine) -> Bool {
        guard line.indent >= Self.indentOfCodeLine, pendingLines.isEmpty, blankSinceLastLine || blocks.isEmpty else { return false }
        guard let open = list else { return true }
        return open.isIndentedLines && line.indent == open.baseIndent
    }

    private mutating func addItem(_ line: TextLine, ordered: Bool, isIndentedLine: Bool = false) {
        let content = TextLine.headingText(line.content) ?? line.content
        let (text, links) = MarkdownInline.plainText(content)
        guard !text.isEmpty else { return }
        if let open = list, line.indent <= open.baseIndent, open.ordered != ordered || open.isIndentedLines != isIndentedLine {
            flushList()
        }
        if list == nil {
            group += 1
            list = PendingList(ordered: ordered, baseIndent: line.indent, group: group, isIndentedLines: isIndentedLine)
        }
        guard var open = list else { return }
        Self.insert(&open.items, PendingItem(indent: line.indent, text: text), depth: 0)
        open.linkCharacters += links
        list = open
    }

    private static func insert(_ items: inout [PendingItem], _ item: PendingItem, depth: Int) {
        if let last = items.indices.last, item.indent > items[last].indent, depth < maximumNestingDepth {
            insert(&items[last].children, item, depth: depth + 1)
        } else {
            items.append(item)
        }
    }

    private static func appendToLastItem(_ items: inout [PendingItem], text: String, depth: Int, newParagraph: Bool) {
        guard let last = items.indices.last, !text.isEmpty else { return }
        if !items[last].children.isEmpty, depth < maximumNestingDepth {
            appendToLastItem(&items[last].children, text: text, depth: depth + 1, newParagraph: newParagraph)
        } else {
            if newParagraph, items[last].lead == nil { items[last].lead = items[last].text }
            items[last].text += " " + text
        }
    }

    private mutating func flushList() {
        guard let open = list else { return }
        list = nil
        if open.isIndentedLines, open.items.count == 1, let only = open.items.first {
            // One indented line is no list: a paragraph set off by indentation.
            blocks.append(.paragraph(only.text, context: BlockContext(linkCharacters: open.linkCharacters, lineGroup: open.group)))
            group += 1
            return
        }
        let context = BlockContext(linkCharacters: open.linkCharacters, lineGroup: open.group)
        blocks.append(.list(open.items.map(\.listItem), ordered: open.ordered, context: context))
        group += 1
    }

    private mutating func flushParagraphs() {
        guard !pendingLines.isEmpty else { return }
        let lines = Self.joinWrappedLines(pendingLines)
        pendingLines.removeAll()
        group += 1
        for (index, line) in lines.enumerated() {
            let context = BlockContext(linkCharacters: line.linkCharacters, lineGroup: group)
            // A line that is mostly a link (a breadcrumb, a byline) is never a heading.
            let isLink = line.linkCharacters == 0 ? line.text.isEmpty : line.linkCharacters * 2 >= line.text.count
            let headsGroup = !isLink && (lines.count == 1
                ? HeadingShape.isHeading(line.text)
                : index == 0 && HeadingShape.isHeading(line.text, over: lines[1].text))
            if headsGroup {
                var heading = Block.heading(line.text, level: 2, context: context)
                heading.context.headingIsInferred = true
                blocks.append(heading)
            } else {
                blocks.append(.paragraph(line.text, context: context))
            }
        }
    }

    private static func joinWrappedLines(_ lines: [(text: String, linkCharacters: Int)]) -> [(text: String, linkCharacters: Int)] {
        var joined: [(text: String, linkCharacters: Int)] = []
        for line in lines {
            if let last = joined.last, isWrapped(last.text, before: line.text) {
                joined[joined.count - 1] = (last.text + " " + line.text, last.linkCharacters + line.linkCharacters)
            } else {
                joined.append(line)
            }
        }
        return joined
    }

    private static func isWrapped(_ line: String, before next: String) -> Bool {
        guard line.prefix(minimumWrappedLineLength).count == minimumWrappedLineLength, let last = line.last, let first = next.first else {
            return false
        }
        guard !".!?:;".contains(last) else { return false }
        return first.isLowercase || (line.prefix(minimumSoftWrappedLineLength).count == minimumSoftWrappedLineLength && first.isLetter)
    }
}
