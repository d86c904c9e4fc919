/// An article after the Clean stage: the blocks that are the article, and what was taken out.
public struct CleanedArticle: Sendable, Equatable {
    /// The article's title, if one was found.
    public var title: String?
    /// The blocks that are the article, in order (the title's heading included).
    public var body: [Block]
    /// What was taken out, in source order.
    public var removed: [RemovedBlock]
    /// The language the page declared, if any, passed on for language detection.
    public var declaredLanguage: String?

    /// Creates a cleaned article.
    public init(title: String?, body: [Block], removed: [RemovedBlock], declaredLanguage: String? = nil) {
        self.title = title
        self.body = body
        self.removed = removed
        self.declaredLanguage = declaredLanguage
    }
}
