/// Where sources come from. A folder on disk is one kind (`FolderCatalog`, whose `.urls` lists
/// name pages that a run fetches over HTTP instead of loading them); a WARC archive would be another. The rest of the pipeline sees only the
/// crawl's events and the `Source` values a catalog loads, never where the bytes came from.
public protocol SourceCatalog: Sendable {
    /// Sources over this many bytes are refused when loaded, unless told otherwise: 64 MiB, far
    /// above any article, small enough that a stray video or database dump cannot exhaust memory.
    static var defaultMaxBytes: Int { get }

    /// Walks the sources, calling `found` for each as it is met: sources in byte-wise order of
    /// their relative paths, skipped and failed paths among them. The walk holds at most a
    /// small part of the listing at a time (a folder's names for `FolderCatalog`), so a run can
    /// stream any number of sources. It stops early when `found` returns `false`.
    /// - Throws: `RunError` (`.input`) when the catalog itself cannot be read.
    func crawl(_ found: (CrawlEvent) -> Bool) throws(RunError)

    /// Reads one listed source's bytes.
    /// - Throws: `SourceFailure` naming the source's display path (unreadable, too large).
    func load(_ entry: CrawlEntry) throws(SourceFailure) -> Source
}

extension SourceCatalog {
    /// 64 MiB (see the requirement).
    public static var defaultMaxBytes: Int { 64 << 20 }

    /// The whole listing at once, for inputs small enough to hold (`ingest extract`'s folders):
    /// the sources in crawl order, skipped and failed paths sorted by path.
    /// - Throws: `RunError` (`.input`) when the catalog itself cannot be read.
    public func crawl() throws(RunError) -> CrawlListing {
        var listing = CrawlListing()
        try crawl { event in
            switch event {
            case .source(let entry): listing.entries.append(entry)
            case .skipped(let skipped): listing.skipped.append(skipped)
            case .failed(let failure): listing.failures.append(failure)
            }
            return true
        }
        listing.skipped.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        listing.failures.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return listing
    }
}
