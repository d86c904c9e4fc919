/// A run that processes only what changed, when little did: it plans (`ChangePlan`) and
/// carries out the plan. Each pending source goes to the pipeline as soon as the walk plans it,
/// so the workers start at once; the pipeline takes them all without waiting (there are at most
/// the plan's limit), so the walk is never held up. Once the plan is whole, `dataset.jsonl` is
/// written beside the workers in order of id (`ConcurrentDatasetBuild`): it copies the lines it
/// keeps and takes each processed document as soon as its line is settled (`PendingLines`).
/// Writing the dataset is what costs most when a few documents of many changed; done this way it
/// mostly overlaps the processing.
///
/// When more than the limit changed, there is no plan: the sources already handed to the
/// pipeline are finished and their records dropped, and the run streams instead (their
/// documents, written already, are found identical).
///
/// The manifest, sorted by path, is written once every pending source is done, by walking the
/// last manifest again: each entry the plan kept is written as it was, the new records take the
/// places of their sources, and the entries of sources that are gone are left out. Memory holds
/// the pending sources and their records, at most the plan's limit of each.
enum IncrementalRun {
    /// What the pending sources became, in the order they were planned, and how the run goes.
    private struct Progress: Sendable {
        var records: [SourceRecord] = []
        /// Sources done: kept, or processed.
        var done = 0
        /// How many sources there are, once the plan is whole.
        var total: Int?
        /// The first write that failed: it ends the run.
        var fatal: RunError?
    }

    /// Plans the run over the sources of `catalog` beside the last manifest (`merge`), processes
    /// the pending sources and writes the new manifest into `manifest`. With `trustingDataset`
    /// false, the previous dataset is not copied from: every line is read from its document.
    /// - Returns: `nil` when more than `limit` sources changed: the run is to stream.
    /// - Throws: `RunError` (`.output`) when a document or the manifest cannot be
    ///   written, or the last manifest cannot be read again as the plan read it.
    static func run(_ catalog: FolderCatalog, merge: ManifestMerge, limit: Int, work: SourceWork, jobs: Int,
                    manifest: ManifestWriter, observer: RunObserver, cancellation: RunCancellation,
                    trustingDataset: Bool) throws(RunError) -> ProcessedSources? {
        let lines = PendingLines()
        let progress = Locked(Progress())
        let pipeline = pendingPipeline(work: work, jobs: jobs, capacity: limit + 1, progress: progress, lines: lines,
                                       observer: observer, cancellation: cancellation)
        let planned: ChangePlan?
        do {
            planned = try ChangePlan.survey(catalog, merge: merge, rule: work.rule, limit: limit,
                                            cancellation: cancellation) { pending in _ = pipeline.submit(pending.item) }
        } catch {
            pipeline.finish()
            throw error
        }
        guard let plan = planned else {
            pipeline.finish()
            return nil
        }
        progress.withLock { progress in
            progress.done += plan.kept.count
            progress.total = plan.sources
        }
        let dataset = datasetBuild(plan, layout: work.layout, lines: lines, trustingDataset: trustingDataset,
                                   cancellation: cancellation)
        pipeline.finish()
        lines.close()
        return try finish(plan, dataset: dataset, progress: progress, manifest: manifest, layout: work.layout,
                          observer: observer, cancellation: cancellation)
    }

    /// `dataset.jsonl` written beside the workers, when it changes.
    private static func datasetBuild(_ plan: ChangePlan, layout: OutputLayout, lines: PendingLines, trustingDataset: Bool,
                                     cancellation: RunCancellation) -> ConcurrentDatasetBuild? {
        let changes = !plan.pending.isEmpty || plan.removed > 0 || !trustingDataset || !FileSystem.exists(layout.dataset)
        guard changes, !cancellation.isCancelled else { return nil }
        return ConcurrentDatasetBuild(plan.planned, layout: layout, recorded: plan.previousLines, lines: lines,
                                      trustingPrevious: trustingDataset)
    }

    /// Once every pending source is done: the tally of the run, its manifest written.
    private static func finish(_ plan: ChangePlan, dataset: ConcurrentDatasetBuild?, progress: Locked<Progress>,
                               manifest: ManifestWriter, layout: OutputLayout, observer: RunObserver,
                               cancellation: RunCancellation) throws(RunError) -> ProcessedSources {
        var result = ProcessedSources(tally: RunLedger(manifest: manifest), sources: plan.sources, skipped: plan.skipped,
                                      crawlSeconds: plan.crawlSeconds, removed: plan.removed,
                                      previousLines: plan.previousLines, dataset: dataset)
        for failure in plan.crawlFailures {
            observer.failed(failure)
            result.tally.recordCrawlFailure(failure)
        }
        let (records, fatal) = progress.withLock { ($0.records, $0.fatal) }
        if fatal != nil || cancellation.isCancelled {
            // A dataset of a run that stopped is dropped here, its temporary file with it.
            _ = try? result.dataset?.finished()
            result.dataset = nil
        }
        if let fatal { throw fatal }
        let byPath = records.sorted { $0.item.entry.displayPath.utf8.lexicographicallyPrecedes($1.item.entry.displayPath.utf8) }
        // An interrupted run counts the kept sources and those it processed; its manifest is
        // never committed, and the sources it did not get to are not among its sources.
        result.sources -= plan.pending.count - records.count
        try writeManifest(plan, records: byPath, into: &result.tally, layout: layout,
                          observer: cancellation.isCancelled ? .silent : observer)
        result.tally.index.seal()
        return result
    }

    /// The pipeline the pending sources go through, each record kept in `progress` and its line
    /// settled in `lines`; it takes up to `capacity` sources without waiting.
    private static func pendingPipeline(work: SourceWork, jobs: Int, capacity: Int, progress: Locked<Progress>,
                                        lines: PendingLines, observer: RunObserver,
                                        cancellation: RunCancellation) -> BoundedPipeline<SourceItem, SourceRecord, SourceRecord> {
        work.pipeline(jobs: jobs, queueCapacity: capacity,
                      shouldStop: { cancellation.isCancelled || progress.withLock { $0.fatal != nil } }) { record in
            let (done, total) = progress.withLock { progress in
                progress.records.append(record)
                progress.done += 1
                if case .unwritable(let error) = record.outcome { progress.fatal = progress.fatal ?? error }
                return (progress.done, progress.total)
            }
            lines.settle(DocumentID.number(relativePath: record.item.entry.relativePath), as: record.outcome.datasetLine)
            observer.progressed(done, total)
        }
    }

    /// Feeds `tally` every source in path order, which writes the new manifest: the entries of
    /// the last manifest the plan kept, and `records`, the pending sources' (sorted by path),
    /// each in its place.
    private static func writeManifest(_ plan: ChangePlan, records: [SourceRecord], into tally: inout RunLedger,
                                      layout: OutputLayout, observer: RunObserver) throws(RunError) {
        func report(_ failure: SourceFailure?) {
            if let failure { observer.failed(failure) }
        }
        var next = 0
        func recordPending(before path: String?) {
            while next < records.count {
                if let path, !records[next].item.entry.displayPath.utf8.lexicographicallyPrecedes(path.utf8) { return }
                report(tally.record(records[next]))
                next += 1
            }
        }
        var keptWritten = 0
        if plan.kept.count > 0 {
            let reader: ManifestReader
            do {
                reader = try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps)
            } catch {
                throw RunError(.output, "cannot read the last manifest again: \(error.reason)", path: layout.manifest)
            }
            var ordinal = 0
            while keptWritten < plan.kept.count, let entry = try? reader.next() {
                defer { ordinal += 1 }
                recordPending(before: entry.path)
                if next < records.count, records[next].item.entry.displayPath == entry.path { continue }
                if plan.kept.contains(ordinal) {
                    report(tally.recordKept(entry))
                    keptWritten += 1
                }
            }
        }
        guard keptWritten == plan.kept.count else {
            throw RunError(.output, "the last manifest changed while the run read it", path: layout.manifest)
        }
        recordPending(before: nil)
    }
}
