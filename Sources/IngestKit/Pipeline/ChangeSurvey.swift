/// The crawl's quick check over every source, walked through before the pending sources are
/// done: which sources the last manifest vouches for (kept) and which must go to a worker
/// (pending, handed on as they are found). Knowing the whole change early lets an incremental
/// run write `dataset.jsonl` while the pending sources are processed (see `IncrementalRun`).
///
/// An incremental run holds the pending sources, so a survey gives up once there are more than
/// a limit of them (`IngestOptions.incrementalLimit`; a first run after a new pipeline version,
/// a large change): such a run streams instead. Otherwise what a survey holds grows with the
/// corpus only by an 8-byte id and one bit a source.
struct ChangeSurvey {
    /// How many sources must go to a worker.
    private(set) var pendingCount = 0
    /// The positions in the last manifest of the entries kept as they are.
    private(set) var kept = OrdinalSet()
    /// The documents the dataset is to hold: those kept, and the pending ones (marked as
    /// processed), some of which will fail.
    private(set) var planned = DatasetIndex()
    /// The last manifest, walked beside the crawl.
    private(set) var merge: ManifestMerge
    /// How many sources the crawl found.
    private(set) var sources = 0
    /// What the crawl passed over.
    private(set) var skipped = ReportList<SkippedPath>(path: \.path)
    /// Paths the crawl could not list, each a failed source.
    private(set) var crawlFailures: [IngestError] = []
    /// Time spent in the walk itself (see `StageTimes.crawl`).
    private(set) var crawlSeconds = 0.0

    /// Walks the sources of `catalog` beside the manifest of `merge`, handing each pending one to
    /// `found` as it is found.
    /// - Returns: `nil` when more than `limit` sources must be processed (crawl failures count
    ///   as such).
    static func walk(_ catalog: FolderCatalog, merge: ManifestMerge, limit: Int, listing: DocumentListing,
                     cancellation: RunCancellation,
                     found: (PendingSource) -> Void) throws(IngestError) -> ChangeSurvey? {
        var survey = ChangeSurvey(merge: merge)
        var tooMany = false
        var crawlSeconds = 0.0
        try catalog.crawl(timingInto: &crawlSeconds) { event in
            guard !cancellation.isCancelled else { return false }
            switch event {
            case .source(let entry):
                survey.sources += 1
                let previous = survey.merge.entry(for: entry.displayPath)
                if let old = previous, old.vouches(for: entry, in: listing) {
                    survey.kept.insert(survey.merge.matchedOrdinal)
                    if old.status == .ok, let id = DocumentID.number(old.id) { survey.planned.add(id, processed: false) }
                    return true
                }
                let id = DocumentID.number(relativePath: entry.relativePath)
                survey.planned.add(id, processed: true)
                found(PendingSource(position: survey.pendingCount, id: id, item: SourceItem(entry: entry, previous: previous)))
                survey.pendingCount += 1
            case .skipped(let path):
                survey.skipped.insert(path)
                return true
            case .failed(let failure):
                survey.crawlFailures.append(failure)
            }
            tooMany = survey.pendingCount + survey.crawlFailures.count > limit
            return !tooMany
        }
        if tooMany { return nil }
        survey.crawlSeconds = crawlSeconds
        survey.merge.finish()
        survey.planned.seal()
        return survey
    }

    private init(merge: ManifestMerge) {
        self.merge = merge
    }
}
