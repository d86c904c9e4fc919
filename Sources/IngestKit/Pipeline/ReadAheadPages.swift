import Dispatch

/// The pages of a WARC archive processed while the crawl still lists the archive (see
/// `PageReadAhead`): a page offered joins the queue of the run's pipeline (the crawl waits
/// while it is full); a worker processes it and a writing queue writes its document under a
/// temporary name;
/// the record waits here for the worker that meets the page in the crawl's order, which takes
/// it instead of reading the page again, and the writing queue puts the document in place in
/// its turn.
///
/// The crawl lists an archive's pages only once it has read the whole archive, so without this
/// the workers wait while one thread decompresses it. What waits here is bounded whatever the
/// size of the archive: at most `pageLimit` records by default (without their JSON: their
/// documents are on the disk), and the pages queued for a worker (`BoundedPipeline`); while it
/// is full no page is taken, and the crawl keeps the pages for later reading
/// (`WARCInflatedCopies`). A record is the one its worker would have made of the page listed
/// (the same bytes through the same stages), so the output does not depend on which pages were
/// read ahead. A record of a URL that a later one supersedes is dropped, its temporary file
/// with it.
final class ReadAheadPages: PageReadAhead {
    /// What a worker made of a page read ahead.
    struct ProcessedPage: Sendable {
        /// The page's record, made for the entry as offered.
        var record: SourceRecord
        var sha256: String
        var bytes: Int
    }

    /// A page taken, until its record is claimed.
    private final class Slot: @unchecked Sendable {
        /// The page's record offset in its archive.
        let offset: Int?
        /// Left once `result` is set.
        let done = DispatchGroup()
        var result: ProcessedPage?

        init(offset: Int?) {
            self.offset = offset
            done.enter()
        }

        /// Keeps what the worker made of the page (`nil`: the run stopped first).
        func finish(_ page: ProcessedPage?) {
            result = page
            done.leave()
        }
    }

    private struct Table {
        /// By the entry's display path.
        var slots: [String: Slot] = [:]
        weak var pipeline: BoundedPipeline<SourceItem, SourceRecord, SourceRecord>?
    }

    /// At most this many records wait to be claimed, by default: a few hundred bytes each,
    /// about 1 MB in all.
    static let pageLimit = SourceWork.window

    private let table = Locked(Table())
    private let work: SourceWork
    /// At most this many records wait to be claimed.
    private let limit: Int

    /// Pages processed as `work` processes sources, at most `limit` of them waiting, once
    /// `start(on:)` names the pipeline whose workers run it.
    init(_ work: SourceWork, limit: Int = ReadAheadPages.pageLimit) {
        self.work = work
        self.limit = limit
    }

    /// Takes pages from now on, running them on the workers of `pipeline`.
    func start(on pipeline: BoundedPipeline<SourceItem, SourceRecord, SourceRecord>) {
        table.withLock { $0.pipeline = pipeline }
    }

    /// Whether a page offered now would be taken.
    var hasRoom: Bool {
        table.withLock { $0.pipeline != nil && $0.slots.count < limit }
    }

    /// Takes the page when there is room, into the queue of the pipeline's workers (the crawl
    /// waits while that queue is full: the cores are busy meanwhile); a record of its URL taken
    /// before is dropped.
    func offer(_ source: Source, listedAs entry: CrawlEntry) {
        let key = entry.displayPath
        let slot = Slot(offset: entry.archived?.offset)
        let pipeline = table.withLock { table -> BoundedPipeline<SourceItem, SourceRecord, SourceRecord>? in
            guard let pipeline = table.pipeline, table.slots.count < limit else { return nil }
            table.slots[key] = slot
            return pipeline
        }
        let work = work
        if let pipeline, pipeline.runBeside({ work.processReadAhead(entry, source: source) },
                                            then: { slot.finish($0.map(work.staging)) }) { return }
        table.withLock { table in
            if table.slots[key] === slot { table.slots[key] = nil }
        }
        slot.done.leave()
    }

    /// What a worker made of the page the crawl listed as `entry`, if it was read ahead: waits
    /// for the worker still on it. `nil` when it was not, or when the record read was another
    /// of the page's URL.
    func claim(_ entry: CrawlEntry) -> ProcessedPage? {
        guard let offset = entry.archived?.offset,
              let slot = table.withLock({ $0.slots.removeValue(forKey: entry.displayPath) }) else { return nil }
        slot.done.wait()
        return slot.offset == offset ? slot.result : nil
    }
}
