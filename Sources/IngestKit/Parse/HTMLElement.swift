/// An element as the builder sees it: its lowercase name and the few attributes that matter.
struct HTMLElement {
    /// The attributes copied out of the tree. `hidden` and `aria-hidden` are not among them, and
    /// `display: none` does not hide (see `styleHides`): a tab, an accordion or a "read more"
    /// fold hides the page's own text with them until a click (a product's description, an
    /// article's answers), while the boilerplate they hide (menus, dialogs) is marked by its
    /// class and role as well.
    enum Attribute: String, CaseIterable {
        case classNames = "class", id, role, style, lang, property, name, content, itemtype, itemprop, type
        case ariaModal = "aria-modal"
    }

    var name: String
    /// What the element's tag means to the builder.
    var tagRole: HTMLTagRole
    var classValue = ""
    var idValue = ""
    var role = ""
    var isHidden = false
    /// Whether the element is a modal dialog (`aria-modal="true"`): it stands over the page, never in it.
    var isModal = false
    var lang: String?
    var metaName: String?
    var metaContent: String?
    /// The schema.org type of a microdata item (`itemtype`), as written.
    var itemType: String?
    /// Whether the element is the body of a microdata article (`itemprop="articleBody"`).
    var isArticleBody = false
    /// The `type` attribute (a script's `application/ld+json`), lowercased.
    var type: String?

    init(name: String, tagRole: HTMLTagRole? = nil, classValue: String = "", idValue: String = "", role: String = "") {
        self.name = name
        self.tagRole = tagRole ?? HTMLTagRole.of(name)
        self.classValue = classValue
        self.idValue = idValue
        self.role = role
    }

    mutating func set(_ attribute: Attribute, to value: String) {
        switch attribute {
        case .classNames: classValue = value
        case .id: idValue = value
        case .role: role = value
        case .style: if Self.styleHides(value) { isHidden = true }
        case .lang: lang = value
        case .property, .name: if metaName == nil { metaName = value.lowercased() }
        case .content: metaContent = value
        case .itemtype: itemType = value
        case .itemprop: isArticleBody = value.split(whereSeparator: \.isWhitespace).contains { $0.lowercased() == "articlebody" }
        case .type: type = value.lowercased()
        case .ariaModal: isModal = value.lowercased() == "true"
        }
    }

    /// Whether an inline style hides the element for good (`visibility: hidden`: an element kept
    /// out of sight in its place, a template or a placeholder). `display: none` is how scripts
    /// fold content away until a click, and does not count.
    private static func styleHides(_ style: String) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            compact.append(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))
        }
        return compact.contains(subsequence: Array("visibility:hidden".utf8))
    }
}

private extension Array where Element == UInt8 {
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
