/// One article as it arrives from the Crawl stage: who it is, its raw bytes and how to read them.
///
/// The stages after Crawl see nothing else, so a new kind of source (a WARC record, a fetched
/// URL) only has to produce one of these.
public struct Source: Sendable {
    /// The source's path relative to the input root, `/`-separated (`a/b/name.txt`).
    public var relativePath: String
    /// The path shown in the document: the input root's name joined with `relativePath`.
    public var displayPath: String
    /// Where the article was fetched from, when it came from the web.
    public var url: String?
    /// The `Content-Type` an archive or a web server gave for the page, when it came from one;
    /// its `charset` is evidence for Decode.
    public var contentType: String?
    /// How to read the bytes.
    public var format: SourceFormat
    /// The raw bytes, exactly as read.
    public var bytes: [UInt8]

    /// Creates a source.
    public init(relativePath: String, displayPath: String, url: String? = nil, contentType: String? = nil,
                format: SourceFormat, bytes: [UInt8]) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.url = url
        self.contentType = contentType
        self.format = format
        self.bytes = bytes
    }
}
