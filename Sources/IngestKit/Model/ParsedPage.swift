/// A source after parsing: its blocks in reading order, plus what the page says about itself.
public struct ParsedPage: Sendable, Equatable {
    /// The blocks in reading order.
    public var blocks: [Block]
    /// The title the page declares outside its body (`<title>`, front matter `title:`), if any.
    public var declaredTitle: String?
    /// Titles the page declares besides `declaredTitle` (`twitter:title`, and `<title>` when
    /// `og:title` is the declared one): the article's headline on the page may repeat any of them.
    public var alternativeTitles: [String]
    /// The language the page declares (`<html lang>`, front matter), lowercased, if any.
    public var declaredLanguage: String?
    /// Blocks the parser already knows are not the article (front matter, forms, navigation
    /// elements), with their kind.
    public var removed: [RemovedBlock]
    /// The summary the page declares outside its body (`og:description`, `<meta name=description>`),
    /// if any: what is left to say about a page whose text is written by its scripts.
    public var declaredDescription: String?
    /// The blocks of elements hidden until a script shows them (`visibility: hidden`), read apart from the page's visible blocks: some pages keep all their
    /// content there.
    public var hiddenBlocks: [Block]
    /// The kind of page it declares itself (`og:type`: `article`, `website`, `product`, …),
    /// lowercased, if any.
    public var declaredType: String?
    /// Whether the page's structured data (JSON-LD, microdata) declares it a thread: a forum
    /// topic, or a question with its answers, whose posts are the content.
    public var isDeclaredThread: Bool

    /// Creates a parsed page.
    public init(blocks: [Block], declaredTitle: String? = nil, declaredLanguage: String? = nil, removed: [RemovedBlock] = [],
                declaredDescription: String? = nil, hiddenBlocks: [Block] = [], declaredType: String? = nil,
                alternativeTitles: [String] = [], isDeclaredThread: Bool = false) {
        self.blocks = blocks
        self.declaredTitle = declaredTitle
        self.declaredLanguage = declaredLanguage
        self.removed = removed
        self.declaredDescription = declaredDescription
        self.hiddenBlocks = hiddenBlocks
        self.declaredType = declaredType
        self.alternativeTitles = alternativeTitles
        self.isDeclaredThread = isDeclaredThread
    }

    /// Whether the page declares itself an article (`og:type` `article`).
    public var isDeclaredArticle: Bool {
        declaredType == "article"
    }

    /// Every title the page declares, `declaredTitle` first.
    public var declaredTitles: [String] {
        (declaredTitle.map { [$0] } ?? []) + alternativeTitles
    }
}
