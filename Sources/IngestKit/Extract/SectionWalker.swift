/// Walks an article's blocks once, keeping the stack of sections it is in, and collects the
/// items each block holds.
struct SectionWalker {
    /// A section opened by a heading.
    private struct Section {
        var level: Int
        var category: Category?
        var heading: String
        /// Set when the heading is itself a cause item: what stands under it is tied to it.
        var cause: String?
        var listCount = 0
    }

    /// A short heading without a category of its own is a subheading of the section above it
    /// when it has at most this many words.
    static let maximumWordsOfSubheading = 8
    /// The level given to an inferred heading that opens a section.
    static let inferredSectionLevel = 2
    /// The level given to an inferred heading that is a subheading.
    static let inferredSubheadingLevel = 3

    private let cues: CategoryCues
    private let title: String?
    private var stack: [Section] = []
    private(set) var found: [FoundItem] = []

    init(cues: CategoryCues, title: String?) {
        self.cues = cues
        self.title = title
    }

    /// Visits the block at `index` of `blocks`.
    mutating func visit(_ blocks: [Block], at index: Int) {
        let block = blocks[index]
        switch block.kind {
        case .heading(let level):
            if index == 0, block.text == title { return }
            openSection(block, level: level, next: index + 1 < blocks.count ? blocks[index + 1] : nil)
        case .list:
            visitList(block, previous: index > 0 ? blocks[index - 1] : nil, next: index + 1 < blocks.count ? blocks[index + 1] : nil)
        case .paragraph:
            break
        }
    }

    private var currentCategory: Category? { stack.last?.category }
    private var currentHeading: String { stack.last?.heading ?? title ?? "" }
    private var enclosingCause: String? { stack.last(where: { $0.cause != nil })?.cause }

    private mutating func openSection(_ heading: Block, level: Int, next: Block?) {
        let text = heading.text
        let cue = cues.category(ofHeading: text)
        let isQuestion = text.hasSuffix("?")
        let isNeutral = cues.isNeutralSection(text)
        let isShort = HeadingShape.wordCount(text) <= Self.maximumWordsOfSubheading
        var effectiveLevel = level
        if heading.context.headingIsInferred {
            let opensSection = cue != nil || isQuestion || isNeutral || !isShort
            effectiveLevel = opensSection ? Self.inferredSectionLevel : Self.inferredSubheadingLevel
        }
        while let top = stack.last, top.level >= effectiveLevel { stack.removeLast() }
        let parentCategory = currentCategory
        var section = Section(level: effectiveLevel, category: cue ?? (isQuestion || isNeutral ? nil : parentCategory), heading: text)
        let isSubheading = cue == nil && !isQuestion && !isNeutral && isShort && !stack.isEmpty
        if isSubheading, let category = parentCategory, let next, next.kind == .paragraph {
            let name = ItemText.cleanName(text)
            record(category, name: name, detail: next.text, wasSplit: false, parentLabel: nil)
            if category == .causes { section.cause = name }
        }
        stack.append(section)
    }

    private mutating func visitList(_ list: Block, previous: Block?, next: Block?) {
        if let next, next.kind == .paragraph, cues.isLegend(next.text) { return }
        let sectionListCount = stack.last?.listCount ?? 0
        if !stack.isEmpty { stack[stack.count - 1].listCount += 1 }
        var category = currentCategory
        var structuredOnly = false
        if let intro = previous, intro.kind == .paragraph, intro.text.hasSuffix(":") {
            if isFieldList(list.items) {
                if let category, let name = ItemText.label(intro.text), HeadingShape.wordCount(name) <= ItemText.maximumWordsOfName {
                    record(category, name: name, detail: fieldsDetail(list.items), wasSplit: false, parentLabel: nil)
                }
                return
            }
            category = cues.category(ofIntroduction: Self.lastSentence(of: intro.text), inSection: category)
        } else if let previous, previous.headingLevel == nil {
            structuredOnly = sectionListCount > 0
        }
        guard let category else { return }
        for item in list.items {
            visitItem(item, category: category, parentLabel: nil, structuredOnly: structuredOnly)
        }
    }

    private mutating func visitItem(_ item: ListItem, category: Category, parentLabel: String?, structuredOnly: Bool) {
        if !item.items.isEmpty {
            if isFieldList(item.items) {
                let name = ItemText.label(item.text) ?? ItemText.split(item.text, cues: cues).name
                record(category, name: name, detail: fieldsDetail(item.items), wasSplit: false, parentLabel: parentLabel)
                return
            }
            if let label = ItemText.label(item.text) {
                for child in item.items {
                    visitItem(child, category: category, parentLabel: label, structuredOnly: structuredOnly)
                }
                return
            }
        }
        guard !structuredOnly else { return }
        let (name, detail) = ItemText.split(item.text, cues: cues)
        record(category, name: name, detail: detail, wasSplit: detail != nil, parentLabel: parentLabel)
        for child in item.items {
            visitItem(child, category: category, parentLabel: nil, structuredOnly: structuredOnly)
        }
    }

    /// Sub-items that describe their parent (`Ausführung: …`, `Dauer: …`) rather than name things.
    private func isFieldList(_ items: [ListItem]) -> Bool {
        let fields = items.filter { item in ItemText.leadingLabel(item.text).map(cues.isFieldLabel) ?? false }.count
        return fields > 0 && fields * 2 >= items.count
    }

    private func fieldsDetail(_ items: [ListItem]) -> String {
        items.map(\.text).joined(separator: " ")
    }

    private mutating func record(_ category: Category, name: String, detail: String?, wasSplit: Bool, parentLabel: String?) {
        guard !name.isEmpty else { return }
        found.append(FoundItem(category: category, name: name, detail: detail, wasSplit: wasSplit, parentLabel: parentLabel,
                               enclosingCause: enclosingCause, section: currentHeading))
    }

    /// The last sentence of a paragraph: the one that introduces what follows it.
    static func lastSentence(of text: String) -> String {
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".!?".contains(text[index]), next < text.endIndex, text[next] == " " {
                let following = text.index(after: next)
                if following < text.endIndex, text[following].isUppercase { start = following }
            }
            index = next
        }
        return String(text[start...])
    }
}
