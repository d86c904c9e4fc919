/// What going through a run's sources leaves for its end: the tally (with the new manifest,
/// not yet finished), what the crawl met, and what the last manifest said of the previous
/// dataset.
struct ProcessedSources {
    /// The tally, its index sealed.
    var tally: RunLedger
    /// How many sources the crawl found.
    var sources = 0
    /// What the crawl passed over.
    var skipped = ReportList<SkippedPath>(path: \.path)
    /// Time spent in the walk itself (see `StageTimes.crawl`).
    var crawlSeconds = 0.0
    /// Sources that had a document in the last run and are gone from the input.
    var removed = 0
    /// Where the last manifest puts the lines of the previous `dataset.jsonl`.
    var previousLines = DatasetLineTable()
    /// `dataset.jsonl`, written while the sources were processed (by an incremental run that
    /// changes it); `nil` when the end of the run is to write it.
    var dataset: ConcurrentDatasetBuild?
}

extension RunReport {
    /// Takes the counts, lists and times of a run's sources, but `removed`: documents are
    /// removed only once the run is done.
    mutating func count(_ sources: ProcessedSources) {
        let tally = sources.tally
        self.sources = sources.sources
        times.crawl = sources.crawlSeconds
        skipped = sources.skipped.elements
        skippedCount = sources.skipped.count
        new = tally.new
        changed = tally.changed
        unchanged = tally.unchanged
        processed = tally.processed
        times.read = tally.times.read
        times.process = tally.times.process
        times.write = tally.times.write
        failures = tally.failures.elements
        failed = tally.failures.count
    }
}
