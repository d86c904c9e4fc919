/// One source found by a crawl, before its bytes are read: enough to decide whether it changed
/// since the last run without reading it.
public struct CrawlEntry: Sendable, Equatable {
    /// The path relative to the catalog's root, `/`-separated; the document id comes from it
    /// when the entry has no URL.
    public var relativePath: String
    /// The root's name joined with `relativePath`, as messages and the manifest show it (for a
    /// page in an archive, documents show the archive's path: `archived`).
    public var displayPath: String
    /// The page's URL, for a page archived or fetched from the web; the document id comes from it.
    public var url: String?
    /// For a page fetched over HTTP, the display path of the `.urls` list that names it, which
    /// its document shows as `source.path` (`displayPath`, the list's path and the URL, keys it
    /// in the manifest); `nil` for any other source.
    public var listedIn: String?
    /// How the bytes are to be read.
    public var format: SourceFormat
    /// Where the catalog finds the bytes (a file path for a folder catalog).
    public var location: String
    /// The size in bytes when listed.
    public var size: Int
    /// The modification time when listed, as `seconds.nanoseconds` since 1970.
    public var modified: String
    /// Where the page lies in its WARC archive, for a page archived in one (`location` is then
    /// the archive's path, `size` the page's, `modified` the archive's).
    public var archived: WARCRecordAddress?

    /// Creates an entry.
    public init(relativePath: String, displayPath: String, url: String? = nil, listedIn: String? = nil,
                format: SourceFormat, location: String, size: Int, modified: String, archived: WARCRecordAddress? = nil) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.url = url
        self.listedIn = listedIn
        self.format = format
        self.location = location
        self.size = size
        self.modified = modified
        self.archived = archived
    }

    /// The id of the document this entry becomes (see `DocumentID.make(relativePath:url:)`).
    public var id: String { DocumentID.make(relativePath: relativePath, url: url) }

    /// `id` as the number `DocumentID.number(_:)` gives.
    var idNumber: UInt64 { DocumentID.number(relativePath: relativePath, url: url) }
}

/// Something a crawl passed over, with the reason (`not a source file extension`).
public struct SkippedPath: Sendable, Equatable {
    /// The path as shown to the user.
    public var path: String
    /// Why it was not taken.
    public var reason: String

    /// Creates a skipped path.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// What a crawl found: the sources in a stable order, what it passed over, and what looked
/// like a source but could not be listed (a folder it cannot open, a name that is not UTF-8).
public struct CrawlListing: Sendable, Equatable {
    /// The sources, sorted byte-wise by relative path.
    public var entries: [CrawlEntry]
    /// Paths passed over (unknown extension, links leading out of the root), sorted by path.
    public var skipped: [SkippedPath]
    /// Paths that could not be listed, sorted by path; each counts as a failed source.
    public var failures: [SourceFailure]

    /// Creates a listing.
    public init(entries: [CrawlEntry] = [], skipped: [SkippedPath] = [], failures: [SourceFailure] = []) {
        self.entries = entries
        self.skipped = skipped
        self.failures = failures
    }
}
