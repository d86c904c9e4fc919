/// The normalized record of one article, as written to `documents/<id>.json`.
public struct Document: Sendable, Equatable {
    /// Where the document came from.
    public struct SourceInfo: Sendable, Equatable {
        /// The input root's name joined with the path relative to it.
        public var path: String
        /// The URL the article was fetched from, if any.
        public var url: String?
        /// How the bytes were read.
        public var format: SourceFormat
        /// SHA-256 of the raw bytes, lowercase hex.
        public var sha256: String
        /// Size of the raw bytes.
        public var bytes: Int
        /// The encoding used to decode the bytes.
        public var encoding: String

        /// Creates source information.
        public init(path: String, url: String?, format: SourceFormat, sha256: String, bytes: Int, encoding: String) {
            self.path = path
            self.url = url
            self.format = format
            self.sha256 = sha256
            self.bytes = bytes
            self.encoding = encoding
        }
    }

    /// 16 lowercase hex digits of the SHA-256 of the source's relative path (or URL).
    public var id: String
    /// Where the document came from.
    public var source: SourceInfo
    /// ISO 639-1 code of the article's language, `und` when unknown.
    public var language: String
    /// The article's title, if one was found.
    public var title: String?
    /// The cleaned article, in order.
    public var body: [Block]
    /// Items per category, in order of appearance.
    public var items: [Category: [Item]]
    /// What Clean took out, in order.
    public var removed: [RemovedBlock]
    /// The version of the pipeline that produced the document.
    public var pipelineVersion: String

    /// Creates a document.
    public init(id: String, source: SourceInfo, language: String, title: String?, body: [Block],
                items: [Category: [Item]], removed: [RemovedBlock], pipelineVersion: String) {
        self.id = id
        self.source = source
        self.language = language
        self.title = title
        self.body = body
        self.items = items
        self.removed = removed
        self.pipelineVersion = pipelineVersion
    }

    /// The items of one category (empty when there are none).
    public subscript(category: Category) -> [Item] {
        items[category] ?? []
    }
}
