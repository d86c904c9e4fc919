/// What an HTML element means to the block builder. The table below is data: a tag not in it
/// is an unknown element (custom elements, `font`, …) that keeps its text flowing inline but
/// still counts as a container for the boilerplate decision.
enum HTMLTagRole: Equatable {
    /// Never part of the text: scripts, styles, embedded documents, form controls.
    case dropped
    /// The document's `head`: read for its title and metadata, never for blocks.
    case head
    /// `<title>`.
    case title
    /// `<meta>`, read for `og:title`.
    case meta
    /// `h1`–`h6`.
    case heading(level: Int)
    /// A block-level element: its text is a paragraph of its own (`p`, `div`, …).
    case block
    /// `table`: a block-level element whose rows are numbered as one table.
    case table
    /// `thead`: a block-level element whose rows head their table.
    case tableHead
    /// `tr`: a block-level element whose cells, when each holds one line, are one paragraph,
    /// the row (a spec sheet's `Weight | 2 kg`, a list of tests and what each shows).
    case tableRow
    /// `td`, `th` (`isHeader`): one cell of a row.
    case tableCell(isHeader: Bool)
    /// `ul`, `ol`, `menu`.
    case list(ordered: Bool)
    /// `li`.
    case listItem
    /// `dl`.
    case definitionList
    /// `dt`.
    case definitionTerm
    /// `dd`.
    case definitionDescription
    /// `br`: ends the current paragraph.
    case lineBreak
    /// `a`: its text counts as link text.
    case link
    /// Phrasing content (`span`, `em`, …): text flows through, no container of its own.
    case inline
    /// `strong`, `b`: phrasing content in bold (a table's first row all in bold heads it).
    case bold
    /// A tag the table does not know.
    case unknown

    /// The role of a lowercase tag name.
    static func of(_ tag: String) -> HTMLTagRole {
        roles[tag] ?? .unknown
    }

    private static let roles: [String: HTMLTagRole] = {
        var roles: [String: HTMLTagRole] = [:]
        for tag in droppedTags { roles[tag] = .dropped }
        for tag in blockTags { roles[tag] = .block }
        for tag in inlineTags { roles[tag] = .inline }
        for level in 1...6 { roles["h\(level)"] = .heading(level: level) }
        roles["head"] = .head
        roles["title"] = .title
        roles["meta"] = .meta
        roles["table"] = .table
        roles["thead"] = .tableHead
        roles["tr"] = .tableRow
        roles["td"] = .tableCell(isHeader: false)
        roles["th"] = .tableCell(isHeader: true)
        roles["strong"] = .bold
        roles["b"] = .bold
        roles["ul"] = .list(ordered: false)
        roles["menu"] = .list(ordered: false)
        roles["ol"] = .list(ordered: true)
        roles["li"] = .listItem
        roles["dl"] = .definitionList
        roles["dt"] = .definitionTerm
        roles["dd"] = .definitionDescription
        roles["br"] = .lineBreak
        roles["a"] = .link
        return roles
    }()

    /// Elements whose whole subtree is skipped.
    private static let droppedTags = [
        "script", "style", "template", "svg", "math", "iframe", "frame", "frameset",
        "object", "embed", "canvas", "audio", "video", "picture", "source", "track", "map",
        "select", "option", "optgroup", "textarea", "input", "button", "datalist", "output",
        "link", "base", "img", "area", "param", "dialog",
    ]

    /// Dropped elements that may hold phrasing content only (`button`). libxml2 closes such an
    /// element at its end tag only when nothing of a higher rank is open inside it: after
    /// `<button><div></button>` the button stays open and would take the rest of the page with
    /// it. An element of `pageStructureTags` opening inside one ends its skip.
    static let phrasingOnlyDroppedTags: Set<String> = ["button"]

    /// Elements of a page's structure that no phrasing-only element holds (the HTML standard's
    /// content model of `button`): one opening inside a `phrasingOnlyDroppedTags` element says
    /// that the parser left that element open past its end. A paragraph or a heading does not
    /// count: buttons wrap their label in one (`<button><p>Size M</p></button>`).
    static let pageStructureTags: Set<String> = [
        "main", "article", "section", "nav", "header", "footer", "aside", "form", "ul", "ol", "dl", "table",
        "blockquote", "pre", "figure", "address", "fieldset",
    ]

    /// Elements whose end tag, by the HTML standard, ends the elements still open inside them
    /// (`HTMLEvents.endTagIgnored`).
    static let endTagsClosingOpenBlocks: Set<String> = [
        "li", "dd", "dt", "ul", "ol", "menu", "dl", "nav", "header", "footer", "section", "article", "aside",
        "main", "address", "blockquote", "center", "details", "summary", "fieldset", "figure", "figcaption",
        "hgroup", "pre",
    ]

    /// Elements that an end tag does not end from outside (the HTML standard's scope).
    static let scopeBounds: Set<String> = [
        "html", "body", "table", "caption", "tbody", "thead", "tfoot", "tr", "td", "th", "template", "object",
    ]

    /// `scopeBounds` and the lists, which an `li` end tag does not end from outside.
    static let listItemScopeBounds: Set<String> = scopeBounds.union(["ul", "ol", "menu"])

    /// Elements that start and end a paragraph.
    private static let blockTags = [
        "html", "body", "div", "p", "section", "article", "main", "aside", "nav", "header", "footer",
        "address", "blockquote", "pre", "figure", "figcaption", "center", "details", "summary",
        "fieldset", "legend", "form", "hgroup", "hr", "caption", "tbody", "tfoot", "dir", "listing", "xmp",
        "plaintext", "noframes", "noscript",
    ]

    /// Phrasing elements: text runs through them into the enclosing paragraph.
    private static let inlineTags = [
        "span", "em", "i", "u", "s", "small", "big", "sub", "sup", "abbr", "acronym",
        "cite", "code", "dfn", "kbd", "samp", "var", "mark", "q", "time", "data", "del", "ins",
        "label", "bdi", "bdo", "wbr", "tt", "strike", "nobr", "ruby", "rt", "rp", "font",
    ]
}
