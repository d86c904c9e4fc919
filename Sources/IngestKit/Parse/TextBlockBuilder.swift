/// Turns classified plain-text lines into blocks: groups of lines between blank lines become
/// paragraphs or inferred headings, bullet lines become lists nested by indentation.
struct TextBlockBuilder {
    /// A list item being built, with its indentation.
    private struct PendingItem {
        var indent: Int
        var text: String
        var children: [PendingItem] = []

        var listItem: ListItem {
            ListItem(text: text, items: children.map(\.listItem))
        }
    }

    /// A list being built.
    private struct PendingList {
        var ordered: Bool
        var baseIndent: Int
        var items: [PendingItem] = []
        var linkCharacters = 0
        var group: Int
    }

    /// Deeper nesting than this is flattened to this depth: no input can make the builder recurse
    /// without bound.
    static let maximumNestingDepth = 12
    /// A line at least this long that does not end a sentence, followed by a line starting in
    /// lower case, was wrapped by the writer and continues on the next line.
    static let minimumWrappedLineLength = 40

    private(set) var blocks: [Block] = []
    private var pendingLines: [(text: String, linkCharacters: Int)] = []
    private var list: PendingList?
    private var group = 0
    private var blankSinceLastLine = false

    /// Feeds the next line.
    mutating func add(_ line: TextLine) {
        switch line.kind {
        case .blank:
            flushParagraphs()
            blankSinceLastLine = true
            return
        case .rule:
            flushAll()
        case .markedHeading(let level):
            flushAll()
            let (text, _) = MarkdownInline.plainText(line.content)
            if !text.isEmpty {
                blocks.append(.heading(text, level: level, context: BlockContext(lineGroup: group)))
            }
            group += 1
        case .bullet(let ordered):
            flushParagraphs()
            addItem(line, ordered: ordered)
        case .plain:
            if var open = list, line.indent > open.baseIndent {
                let (text, links) = MarkdownInline.plainText(line.content)
                Self.appendToLastItem(&open.items, text: text, depth: 0)
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
    }

    /// Flushes what is still open; call once after the last line.
    mutating func finish() {
        flushAll()
    }

    private mutating func flushAll() {
        flushParagraphs()
        flushList()
    }

    private mutating func addItem(_ line: TextLine, ordered: Bool) {
        let (text, links) = MarkdownInline.plainText(line.content)
        guard !text.isEmpty else { return }
        if let open = list, line.indent <= open.baseIndent, open.ordered != ordered {
            flushList()
        }
        if list == nil {
            group += 1
            list = PendingList(ordered: ordered, baseIndent: line.indent, group: group)
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

    private static func appendToLastItem(_ items: inout [PendingItem], text: String, depth: Int) {
        guard let last = items.indices.last, !text.isEmpty else { return }
        if !items[last].children.isEmpty, depth < maximumNestingDepth {
            appendToLastItem(&items[last].children, text: text, depth: depth + 1)
        } else {
            items[last].text += " " + text
        }
    }

    private mutating func flushList() {
        guard let open = list else { return }
        list = nil
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
        return !".!?:;".contains(last) && first.isLowercase
    }
}
