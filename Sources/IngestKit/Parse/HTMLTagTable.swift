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
    /// A block-level element: its text is a paragraph of its own (`p`, `div`, `tr`, …).
    case block
    /// `td`, `th`: a block of its own, except that cells of one row holding only phrasing
    /// content join into one line (a spec sheet's `Weight | 2 kg`, a recipe's `200 g | flour`).
    case tableCell
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
    /// Phrasing content (`span`, `strong`, `em`, …): text flows through, no container of its own.
    case inline
    /// A tag the table does not know.
    case unknown

    /// The role of a lowercase tag name.
    static func of(_ tag: String) -> HTMLTagRole {
        table[tag] ?? .unknown
    }

    private static let table: [String: HTMLTagRole] = {
        var table: [String: HTMLTagRole] = [:]
        for tag in droppedTags { table[tag] = .dropped }
        for tag in blockTags { table[tag] = .block }
        for tag in inlineTags { table[tag] = .inline }
        for level in 1...6 { table["h\(level)"] = .heading(level: level) }
        table["head"] = .head
        table["title"] = .title
        table["meta"] = .meta
        table["td"] = .tableCell
        table["th"] = .tableCell
        table["ul"] = .list(ordered: false)
        table["menu"] = .list(ordered: false)
        table["ol"] = .list(ordered: true)
        table["li"] = .listItem
        table["dl"] = .definitionList
        table["dt"] = .definitionTerm
        table["dd"] = .definitionDescription
        table["br"] = .lineBreak
        table["a"] = .link
        return table
    }()

    /// Elements whose whole subtree is skipped.
    private static let droppedTags = [
        "script", "style", "template", "svg", "math", "iframe", "frame", "frameset",
        "object", "embed", "canvas", "audio", "video", "picture", "source", "track", "map",
        "select", "option", "optgroup", "textarea", "input", "button", "datalist", "output",
        "link", "base", "img", "area", "param", "dialog",
    ]

    /// Elements that start and end a paragraph.
    private static let blockTags = [
        "html", "body", "div", "p", "section", "article", "main", "aside", "nav", "header", "footer",
        "address", "blockquote", "pre", "figure", "figcaption", "center", "details", "summary",
        "fieldset", "legend", "form", "hgroup", "hr", "table", "caption", "thead", "tbody", "tfoot",
        "tr", "dir", "listing", "xmp", "plaintext", "noframes", "noscript",
    ]

    /// Phrasing elements: text runs through them into the enclosing paragraph.
    private static let inlineTags = [
        "span", "strong", "b", "em", "i", "u", "s", "small", "big", "sub", "sup", "abbr", "acronym",
        "cite", "code", "dfn", "kbd", "samp", "var", "mark", "q", "time", "data", "del", "ins",
        "label", "bdi", "bdo", "wbr", "tt", "strike", "nobr", "ruby", "rt", "rp", "font",
    ]
}
