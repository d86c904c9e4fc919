/// Takes pages of a WARC archive while the crawl lists the archive, before it lists them.
///
/// A crawl must read a whole archive before it can list its first page in order of URL; the
/// bytes of each page pass through its hands on the way. A run that sets a read-ahead on its
/// catalog (`FolderCatalog.readAhead`) can work on those pages meanwhile instead of waiting.
/// A page offered may never be listed (a later record of its URL wins, and is offered in turn),
/// and a page not taken is read again from the archive when it is listed.
public protocol PageReadAhead: Sendable {
    /// Whether a page offered now would be taken: asked before the crawl copies a page's bytes.
    var hasRoom: Bool { get }

    /// Offers the page the crawl will list as `entry` (unless a later record of its URL
    /// supersedes it), read as `source`: the bytes `FolderCatalog.load(_:)` would give for it.
    func offer(_ source: Source, listedAs entry: CrawlEntry)
}

/// A read-ahead and the pages of one archive it may be offered: a shard's, and those no
/// earlier archive or list of the walk holds (both told by the page's URL).
struct ArchiveReadAhead {
    let taker: any PageReadAhead
    let admits: (_ url: String) -> Bool

    /// Whether to copy the bytes of the page of `url` for the read-ahead.
    func wants(_ url: String) -> Bool {
        taker.hasRoom && admits(url)
    }
}
