/// Where sources come from. A folder on disk is one kind (`FolderCatalog`); a WARC archive or a
/// list of URLs fetched over HTTP would be others. The rest of the pipeline sees only the
/// listing and the `Source` values a catalog loads, never where the bytes came from.
public protocol SourceCatalog: Sendable {
    /// Lists the sources in a stable order, with what was passed over and why.
    /// - Throws: `IngestError` when the catalog itself cannot be read.
    func crawl() throws(IngestError) -> CrawlListing

    /// Reads one listed source's bytes.
    /// - Throws: `IngestError` naming the source's display path (unreadable, too large).
    func load(_ entry: CrawlEntry) throws(IngestError) -> Source
}
