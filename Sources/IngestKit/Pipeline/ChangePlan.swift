/// What an incremental run has to do, decided before any source is read: the crawl is merged
/// with the last manifest (both sorted by path), and `ChangeRule` sorts every source into kept
/// (its entry stands; nothing to read) or pending (a worker reads it); the manifest's entries no
/// source matched are gone. The plan holds the pending sources, in order of id, so that the
/// dataset, written in order of id beside the workers, waits for them as little as possible,
/// and grows with the corpus only by an 8-byte id and one bit a source.
///
/// A plan is built one crawl event at a time (`add`, `skip`, `fail`) and sealed once the crawl
/// is done; `survey` does that for a folder and its manifest. A run with more pending sources
/// than `limit` (a first run after a new pipeline version, a large change) is not planned: it
/// streams instead (see `Ingestion`).
struct ChangePlan {
    /// A source a worker must read: its document's id and what the crawl and the manifest say.
    struct Pending: Sendable {
        var id: UInt64
        var item: SourceItem
    }

    /// The sources to read, in order of id once sealed.
    private(set) var pending: [Pending] = []
    /// The positions in the last manifest of the entries kept as they are.
    private(set) var kept = OrdinalSet()
    /// The documents the dataset is to hold: those kept, and the pending ones (marked as
    /// processed), some of which will fail.
    private(set) var planned = DatasetIndex()
    /// How many sources the crawl found, the paths it could not list among them.
    private(set) var sources = 0
    /// What the crawl passed over.
    private(set) var skipped = ReportList<SkippedPath>(path: \.path)
    /// Paths the crawl could not list, each a failed source.
    private(set) var crawlFailures: [SourceFailure] = []
    /// Sources that had a document in the last run and are gone from the input.
    private(set) var removed = 0
    /// Where the last manifest puts the lines of the previous `dataset.jsonl`.
    private(set) var previousLines = DatasetLineTable()
    /// Time spent in the crawl's walk itself (see `StageTimes.crawl`).
    private(set) var crawlSeconds = 0.0
    /// The failures the kept entries record, in path order, while there are at most `limit`.
    private(set) var keptFailures: [SourceFailure] = []
    private var keptFailureCount = 0
    /// Whether the new manifest is the last one byte for byte, so that it need not be written:
    /// every entry of the last manifest was read and kept, nothing is pending, nothing failed
    /// in the crawl (and `keptFailures` holds every kept failure).
    private(set) var leavesManifestAsItIs = false

    /// The most sources the plan may leave for workers.
    let limit: Int
    /// Decides each source.
    let rule: ChangeRule

    /// An empty plan.
    init(limit: Int, rule: ChangeRule) {
        self.limit = limit
        self.rule = rule
    }

    /// Whether more sources need a worker (or failed in the crawl) than the plan may hold.
    var isOverLimit: Bool {
        pending.count + crawlFailures.count > limit
    }

    /// Sorts a source the crawl found; `previous` is the last manifest's entry for its path and
    /// that entry's position in the manifest.
    mutating func add(_ entry: CrawlEntry, previous: (entry: Manifest.Entry, ordinal: Int)?) {
        sources += 1
        if let previous, rule.keepsUnread(entry, as: previous.entry) {
            kept.insert(previous.ordinal)
            if previous.entry.status == .ok, let id = DocumentID.number(previous.entry.id) { planned.add(id, processed: false) }
            if let failure = previous.entry.failure(at: previous.entry.path) {
                keptFailureCount += 1
                if keptFailureCount <= limit { keptFailures.append(failure) }
            }
            return
        }
        let id = entry.idNumber
        planned.add(id, processed: true)
        pending.append(Pending(id: id, item: SourceItem(entry: entry, previous: previous?.entry)))
    }

    /// Lists a path the crawl passed over.
    mutating func skip(_ path: SkippedPath) {
        skipped.insert(path)
    }

    /// Counts a path the crawl could not list as a failed source.
    mutating func fail(_ failure: SourceFailure) {
        sources += 1
        crawlFailures.append(failure)
    }

    /// Ends the plan once the crawl is done: `removed` and `previousLines` come from the walk
    /// through the last manifest, `everyEntryMatched` says whether that walk read the manifest
    /// to its end and matched each entry with a source; the pending sources are put in order of id.
    mutating func seal(removed: Int, previousLines: DatasetLineTable, everyEntryMatched: Bool, crawlSeconds: Double) {
        self.removed = removed
        self.previousLines = previousLines
        self.crawlSeconds = crawlSeconds
        leavesManifestAsItIs = everyEntryMatched && pending.isEmpty && crawlFailures.isEmpty && keptFailureCount <= limit
        pending.sort { $0.id < $1.id }
        planned.seal()
    }
}

extension ChangePlan {
    /// Plans a run over the sources of `catalog` beside the last manifest (`merge`); the pages
    /// of `.urls` lists are handed to `web` as they are met, so that their requests go out while
    /// the crawl goes on.
    /// - Returns: `nil` when more than `limit` sources need a worker. A cancelled run gets the
    ///   plan of the sources crawled so far.
    static func survey(_ catalog: FolderCatalog, merge: ManifestMerge, rule: ChangeRule, limit: Int,
                       web: WebSources? = nil, cancellation: RunCancellation) throws(RunError) -> ChangePlan? {
        var plan = ChangePlan(limit: limit, rule: rule)
        var merge = merge
        var crawlSeconds = 0.0
        try catalog.crawl(timingInto: &crawlSeconds) { event in
            guard !cancellation.isCancelled else { return false }
            switch event {
            case .source(let entry):
                web?.prefetch(entry)
                let previous = merge.entry(for: entry.displayPath).map { ($0, merge.matchedOrdinal) }
                plan.add(entry, previous: previous)
            case .skipped(let path):
                plan.skip(path)
            case .failed(let failure):
                plan.fail(failure)
            }
            return !plan.isOverLimit
        }
        guard !plan.isOverLimit else { return nil }
        merge.finish()
        plan.seal(removed: merge.removed, previousLines: merge.previousLines,
                  everyEntryMatched: merge.readToEnd && merge.passedOver == 0, crawlSeconds: crawlSeconds)
        return plan
    }
}
