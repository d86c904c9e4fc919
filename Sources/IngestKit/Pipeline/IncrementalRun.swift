/// Carries out a `ChangePlan`: the pending sources go through the pipeline in order of id, and
/// `dataset.jsonl` is written beside the workers in the same order (`ConcurrentDatasetBuild`):
/// it copies the lines it keeps and takes each processed document as soon as it is written
/// (`PendingLines`). Writing the dataset is what costs most when a few documents of many
/// changed; done this way it mostly overlaps the processing.
///
/// The manifest, sorted by path, is written once every pending source is done, by walking the
/// last manifest again: each entry the plan kept is written as it was, the new records take the
/// places of their sources, and the entries of sources that are gone are left out; a plan that
/// keeps every entry (`ChangePlan.leavesManifestAsItIs`) leaves the manifest this machine
/// committed as it is, unread. Memory holds the pending sources and their records, at most the
/// plan's limit of each.
enum IncrementalRun {
    /// What the pending sources became, in the plan's order, and how the run goes.
    private struct Progress: Sendable {
        var records: [SourceRecord] = []
        /// Sources done: kept, or processed.
        var done = 0
        /// The first write that failed: it ends the run.
        var fatal: RunError?
    }

    /// Processes the pending sources of `plan` and writes the new manifest into `manifest`.
    /// - Throws: `RunError` (`.output`) when a document or the manifest cannot be
    ///   written, or the last manifest cannot be read again as the plan read it.
    /// Unless `trust` holds the dataset, the previous dataset is not copied from: every line is
    /// read from its document. A plan that leaves the manifest as it is leaves the file unread
    /// and unwritten when it is the one this machine committed.
    static func run(_ plan: ChangePlan, work: SourceWork, jobs: Int, manifest: ManifestWriter, observer: RunObserver,
                    cancellation: RunCancellation, trust: OutputTrust) throws(RunError) -> ProcessedSources {
        let trustingDataset = trust.datasetHolds
        let lines = PendingLines()
        let progress = Locked(Progress(done: plan.kept.count))
        let pipeline = pendingPipeline(plan, work: work, jobs: jobs, progress: progress, lines: lines, observer: observer,
                                       cancellation: cancellation)
        var result = ProcessedSources(tally: RunLedger(manifest: manifest), sources: plan.sources, skipped: plan.skipped,
                                      crawlSeconds: plan.crawlSeconds, removed: plan.removed,
                                      previousLines: plan.previousLines)
        let layout = work.layout
        let datasetChanges = !plan.pending.isEmpty || plan.removed > 0 || !trustingDataset || !FileSystem.exists(layout.dataset)
        if datasetChanges, !cancellation.isCancelled {
            result.dataset = ConcurrentDatasetBuild(plan.planned, layout: layout, recorded: plan.previousLines, lines: lines,
                                                    trustingPrevious: trustingDataset)
        }
        for pending in plan.pending {
            guard pipeline.submit(pending.item) else { break }
        }
        pipeline.finish()
        lines.close()
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
        if plan.leavesManifestAsItIs, trust.manifestIsCommitted {
            result.tally.recordManifestKept(kept: plan.kept.count, failures: plan.keptFailures, index: plan.planned)
            for failure in plan.keptFailures { observer.failed(failure) }
        } else {
            try writeManifest(plan, records: byPath, into: &result.tally, layout: layout,
                              observer: cancellation.isCancelled ? .silent : observer)
        }
        result.tally.index.seal()
        return result
    }

    /// The pipeline the pending sources go through, each record kept in `progress` and its line
    /// settled in `lines`: records come back in the order submitted, which is the plan's.
    private static func pendingPipeline(_ plan: ChangePlan, work: SourceWork, jobs: Int, progress: Locked<Progress>,
                                        lines: PendingLines, observer: RunObserver,
                                        cancellation: RunCancellation) -> BoundedPipeline<SourceItem, SourceRecord, SourceRecord> {
        let ids = plan.pending.map(\.id)
        let total = plan.sources
        return work.pipeline(jobs: jobs, shouldStop: { cancellation.isCancelled || progress.withLock { $0.fatal != nil } }) { record in
            let (id, done) = progress.withLock { progress in
                let id = ids[progress.records.count]
                progress.records.append(record)
                progress.done += 1
                if case .unwritable(let error) = record.outcome { progress.fatal = progress.fatal ?? error }
                return (id, progress.done)
            }
            lines.settle(id, as: record.outcome.datasetLine)
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
