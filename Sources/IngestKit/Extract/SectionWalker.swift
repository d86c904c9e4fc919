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
        /// Set when the heading is itself an item: a list in its section that no introduction of
        /// its own gives a category describes the item (its steps, its letters), and is none.
        var isItem = false
        var listCount = 0
    }

    /// A short heading without a category of its own is a subheading of the section above it
    /// when it has at most this many words.
    static let maximumWordsOfSubheading = 8
    /// The level given to an inferred heading that opens a section.
    static let inferredSectionLevel = 2
    /// The level given to an inferred heading that is a subheading.
    static let inferredSubheadingLevel = 3
    /// Paragraphs after an introduction ending in a colon are the items of a list whose bullets
    /// were lost when at least this many of them in a row read `Name – detail`.
    static let minimumParagraphItems = 2
    /// A line of at most this many words before a list, without a colon, is the list's label
    /// (`Quellen`, `References`).
    static let maximumWordsOfLabel = 3

    private let cues: CategoryCues
    private let title: String?
    /// The category the article's title names: the category of a listicle's numbered headings
    /// when nothing nearer names one ("Top 5 Treatments for …").
    private let titleCategory: Category?
    private var stack: [Section] = []
    /// The category of the last list read: a list of one item right after it continues it (one
    /// bullet per list, as some pages write them).
    private var lastListCategory: Category?
    /// The category an introduction ending in a colon gave to the headings after it, and the
    /// level they stand at ("Here are the most recommended treatments:" over `1. Manual Therapy`):
    /// it lasts until a heading of a higher level, or one at that level that is a question,
    /// opens a neutral section or names another category.
    private var headingRun: (level: Int, category: Category)?
    /// Blocks before this index were already read as items of a run (paragraphs, table rows).
    private var consumedUpTo = 0
    private(set) var found: [FoundItem] = []

    init(cues: CategoryCues, title: String?) {
        self.cues = cues
        self.title = title
        titleCategory = title.flatMap(cues.category(ofHeading:))
    }

    /// Visits the block at `index` of `blocks`.
    mutating func visit(_ blocks: [Block], at index: Int) {
        let block = blocks[index]
        let previous = index > 0 ? blocks[index - 1] : nil
        let next = index + 1 < blocks.count ? blocks[index + 1] : nil
        switch block.kind {
        case .heading(let level):
            // The title's own heading (which may carry the site's name after it) opens no section.
            if index == 0, let title, block.text.hasPrefix(title) { return }
            let sectionEnd = blocks[(index + 1)...].firstIndex { $0.headingLevel != nil } ?? blocks.endIndex
            let carriesList = blocks[(index + 1)..<sectionEnd].contains { $0.isList || $0.isTableRow }
            openSection(block, level: level, previous: previous, next: next, carriesList: carriesList)
        case .list:
            visitList(block, previous: previous, next: next)
        case .paragraph:
            guard index >= consumedUpTo else { return }
            if block.isTableRow {
                visitTable(blocks, at: index)
            } else if block.text.hasSuffix(":") {
                visitParagraphItems(blocks, introducedAt: index)
            }
        }
    }

    private var currentCategory: Category? { stack.last?.category }
    private var currentHeading: String { stack.last?.heading ?? title ?? "" }
    private var enclosingCause: String? { stack.last(where: { $0.cause != nil })?.cause }

    private mutating func openSection(_ heading: Block, level: Int, previous: Block?, next: Block?, carriesList: Bool) {
        let text = heading.text
        let cue = cues.category(ofHeading: text)
        let isQuestion = cues.isQuestion(text)
        let (name, isNumbered) = ItemText.withoutLeadingMarks(text, cues: cues)
        // A numbered entry opens a neutral section only by its first word (`3. Outlook`), not by
        // a word further in (`1. Pain Management and Swelling Reduction`).
        let isNeutral = cues.isNeutralSection(isNumbered ? String(name.prefix { $0 != " " }) : text)
        let isShort = HeadingShape.wordCount(text) <= Self.maximumWordsOfSubheading
        var effectiveLevel = level
        if heading.context.headingIsInferred {
            let opensSection = cue != nil || isQuestion || isNeutral || !isShort
            effectiveLevel = opensSection ? Self.inferredSectionLevel : Self.inferredSubheadingLevel
        }
        while let top = stack.last, top.level >= effectiveLevel { stack.removeLast() }
        if let run = headingRun, effectiveLevel < run.level { headingRun = nil }
        let parentCategory = currentCategory
        if let intro = previous, intro.kind == .paragraph, intro.text.hasSuffix(":"),
           let category = introductionCategory(intro.text, inSection: parentCategory) {
            headingRun = (effectiveLevel, category)
        }
        if let run = headingRun, effectiveLevel == run.level, isQuestion || isNeutral || (cue != nil && cue != run.category) {
            headingRun = nil
        }
        var section = Section(level: effectiveLevel, category: cue ?? (isQuestion || isNeutral ? nil : parentCategory), heading: text)
        let listicle = listicleCategory(run: headingRun?.level == effectiveLevel ? headingRun?.category : nil, isNumbered: isNumbered,
                                        cue: cue, parentCategory: parentCategory, isQuestion: isQuestion, isNeutral: isNeutral)
        var itemCategory = listicle
        if let listicle {
            section.category = listicle
        } else if !isQuestion, !isNeutral, isShort, !stack.isEmpty, let parentCategory, cue == nil || cue == parentCategory {
            itemCategory = parentCategory
        }
        // A subheading that names its section's category itself is an item only over prose; over
        // a list it is the list's group ("Home Care for …", "Quick-Relief Medicines").
        if listicle == nil, cue != nil, carriesList { itemCategory = nil }
        if let category = itemCategory, let next, next.kind == .paragraph, !next.isTableRow {
            let itemName = ItemText.cleanName(name)
            record(category, name: itemName, detail: next.text, wasSplit: false, parentLabel: nil)
            section.isItem = true
            if category == .causes { section.cause = itemName }
        }
        stack.append(section)
    }

    /// The category of a heading that is an entry of a listicle: one of the headings after an
    /// introduction that names a category, or a numbered heading inside a category's section
    /// (or, when no section has one, under a title that names a category).
    private func listicleCategory(run: Category?, isNumbered: Bool, cue: Category?, parentCategory: Category?,
                                  isQuestion: Bool, isNeutral: Bool) -> Category? {
        if let run { return run }
        guard isNumbered, !isQuestion, !isNeutral else { return nil }
        if let parentCategory { return parentCategory }
        guard let titleCategory, cue == nil || cue == titleCategory else { return nil }
        return titleCategory
    }

    private mutating func visitList(_ list: Block, previous: Block?, next: Block?) {
        let continued = previous?.isList == true && list.items.count == 1 ? lastListCategory : nil
        lastListCategory = nil
        if let next, next.kind == .paragraph, cues.isLegend(next.text) { return }
        if let label = previous, label.kind == .paragraph, !label.text.hasSuffix(":"),
           HeadingShape.wordCount(label.text) <= Self.maximumWordsOfLabel, cues.isNeutralSection(label.text) {
            return
        }
        let sectionListCount = stack.last?.listCount ?? 0
        if !stack.isEmpty { stack[stack.count - 1].listCount += 1 }
        var category = currentCategory
        var structuredOnly = false
        if let continued {
            category = continued
        } else if let question = previous, question.kind == .paragraph, question.text.hasSuffix("?"),
                  let named = cues.category(ofIntroduction: Self.lastSentence(of: question.text), inSection: nil) {
            // "Do you have any of these symptoms?" over a checklist introduces it like a colon.
            category = named
        } else if let intro = previous, intro.kind == .paragraph, intro.text.hasSuffix(":") {
            if isFieldList(list.items) {
                if let category, let name = ItemText.label(intro.text), HeadingShape.wordCount(name) <= ItemText.maximumWordsOfName {
                    record(category, name: name, detail: fieldsDetail(list.items), wasSplit: false, parentLabel: nil)
                }
                return
            }
            let named = introductionCategory(intro.text, inSection: nil)
            if named == nil, stack.last?.isItem == true { return }
            category = introductionCategory(intro.text, inSection: category)
        } else if let previous, previous.headingLevel == nil {
            if stack.last?.isItem == true { return }
            structuredOnly = sectionListCount > 0
        }
        guard let category else { return }
        lastListCategory = category
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
        var (name, detail) = ItemText.split(item.lead ?? item.text, cues: cues)
        if let lead = item.lead, detail == nil {
            // A bullet of several paragraphs: the first names the item, the next is its detail.
            detail = String(item.text.dropFirst(lead.count)).trimmed()
        }
        record(category, name: name, detail: detail, wasSplit: detail != nil, parentLabel: parentLabel)
        for child in item.items {
            visitItem(child, category: category, parentLabel: nil, structuredOnly: structuredOnly)
        }
    }

    /// Paragraphs after an introduction ending in a colon, each `Name – detail`, are the items
    /// of a list whose bullets the page lost ("General advice includes:" over bold lead-ins).
    private mutating func visitParagraphItems(_ blocks: [Block], introducedAt index: Int) {
        var run: [(name: String, detail: String)] = []
        var next = index + 1
        while next < blocks.count, blocks[next].kind == .paragraph, !blocks[next].isTableRow, !blocks[next].text.hasSuffix(":") {
            let (name, detail) = ItemText.split(blocks[next].text, cues: cues)
            guard let detail else { break }
            run.append((name, detail))
            next += 1
        }
        guard run.count >= Self.minimumParagraphItems, let category = introductionCategory(blocks[index].text, inSection: currentCategory) else {
            return
        }
        for item in run {
            record(category, name: item.name, detail: item.detail, wasSplit: true, parentLabel: nil)
        }
        consumedUpTo = next
    }

    /// The rows of a table are items of the category that the sentence introducing it names (it
    /// ends in a colon, or points at the table: "Table 1 shows the commonest triggers."), or its
    /// caption (a `<caption>`, or a legend after it that points at it), or else of the section's
    /// category: a table of tests under "Diagnosis" reads like a list of them, unless the
    /// section's heading is itself an item that the table describes. The first cell is the
    /// name, the second the detail; header rows (and a first row whose first cell names a
    /// category) and rows without a name are none.
    private mutating func visitTable(_ blocks: [Block], at index: Int) {
        guard let table = blocks[index].context.tableRow?.table else { return }
        var rows: [TableRowCells] = []
        var next = index
        while next < blocks.count, blocks[next].kind == .paragraph, let row = blocks[next].context.tableRow, row.table == table {
            rows.append(row)
            next += 1
        }
        consumedUpTo = next
        let intro = index > 0 && blocks[index - 1].kind == .paragraph && !blocks[index - 1].isTableRow ? blocks[index - 1] : nil
        let after = next < blocks.count && blocks[next].kind == .paragraph && !blocks[next].isTableRow ? blocks[next].text : nil
        var category: Category?
        if let intro, intro.text.hasSuffix(":") {
            if introductionCategory(intro.text, inSection: nil) == nil, stack.last?.isItem == true { return }
            category = introductionCategory(intro.text, inSection: currentCategory)
        } else {
            let introSentence = intro.map { Self.lastSentence(of: $0.text) }
            let names = introSentence.flatMap { sentence in
                cues.refersToTable(sentence) || Self.isCaption(intro) ? cues.category(ofIntroduction: sentence, inSection: nil) : nil
            }
            let legend = after.flatMap { text in
                cues.refersToTable(text) || cues.isLegend(text) ? cues.category(ofIntroduction: text, inSection: nil) : nil
            }
            category = names ?? legend
            if category == nil, stack.last?.isItem != true { category = currentCategory }
        }
        guard let category else { return }
        if let first = rows.first, !first.isHeader, let label = first.cells.first, cues.category(ofHeading: label) != nil {
            // A first row whose first cell names a category ("Symptom", "Trigger") labels the
            // columns, though the page did not mark it as the header.
            rows[0].isHeader = true
        }
        for row in rows where !row.isHeader {
            guard let (name, detail) = Self.nameAndDetail(of: row.cells) else { continue }
            record(category, name: ItemText.cleanName(ItemText.withoutLeadingMarks(name, cues: cues).text), detail: detail,
                   wasSplit: false, parentLabel: nil)
        }
    }

    /// Whether `block` stands in a table's `<caption>`.
    private static func isCaption(_ block: Block?) -> Bool {
        guard let context = block?.context else { return false }
        return context.tokens(ofContainerAt: context.containerPath.count - 1).first == "caption"
    }

    /// The name and detail of a table row: its first cell and the one after, or, when the first
    /// cell only counts the rows (`1`, `#2`), the two after it.
    private static func nameAndDetail(of cells: [String]) -> (name: String, detail: String?)? {
        var cells = cells[...]
        if let first = cells.first, !first.contains(where: \.isLetter), cells.count > 1 { cells = cells.dropFirst() }
        guard let name = cells.first, name.contains(where: \.isLetter) else { return nil }
        let detail = cells.dropFirst().first
        return (name, detail.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The category a paragraph introducing a list gives it inside a section of `section`: its
    /// last sentence decides.
    private func introductionCategory(_ text: String, inSection section: Category?) -> Category? {
        cues.category(ofIntroduction: Self.lastSentence(of: text), inSection: section)
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
