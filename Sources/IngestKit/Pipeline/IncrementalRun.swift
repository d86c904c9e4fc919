import Dispatch

/// A run that processes only what changed, when little did. A `ChangeSurvey` walks the crawl
/// beside the last manifest, and the pending sources it finds go to the pipeline at once (in
/// path order while it walks, the rest in order of id once it is done, see `PendingQueue`).
/// Once the survey is done, `dataset.jsonl` is written beside the workers, in order of id
/// (`ConcurrentDatasetBuild`): it copies the lines it keeps and takes each processed document
/// as soon as it is written. Writing the dataset is what costs most when a few documents of many
/// changed; done this way it mostly overlaps the processing.
///
/// The manifest, sorted by path, is written once every pending source is done, by walking the
/// last manifest again: each entry the survey kept is written as it was, the new records take
/// the places of their sources, and the entries of sources that are gone are left out. Memory
/// holds the pending sources and their records, at most `limit` of each.
enum IncrementalRun {
    /// What the pending sources became, by their place in the survey's list, and how the run
    /// goes.
    private struct Progress: Sendable {
        var records: [Int: SourceRecord] = [:]
        /// Sources done: kept, once the survey is done, or processed.
        var done = 0
        var total: Int?
        /// The first write that failed: it ends the run.
        var fatal: IngestError?
    }

    /// How an incremental run ended.
    enum Ending {
        /// It went through every source.
        case done(ProcessedSources)
        /// The survey gave up (more than `limit` sources changed): the run is to stream instead,
        /// taking the records of the sources already processed, by path.
        case streams(processed: [String: SourceRecord])
    }

    /// Surveys the sources of `catalog` beside the last manifest (`merge`), at most `limit` of
    /// them pending, processes the pending ones and writes the new manifest into `manifest`
    /// (which a run that streams instead uses untouched).
    /// - Throws: `IngestError` (`.unwritable`) when a document or the manifest cannot be
    ///   written, or the last manifest cannot be read again as the survey read it.
    static func run(_ catalog: FolderCatalog, merge: ManifestMerge, limit: Int, work: SourceWork, jobs: Int,
                    manifest: ManifestWriter, observer: RunObserver,
                    cancellation: RunCancellation) throws(IngestError) -> Ending {
        let queue = PendingQueue()
        let lines = PendingLines()
        let progress = Locked(Progress())
        let pipeline = pendingPipeline(work: work, jobs: jobs, progress: progress, lines: lines, observer: observer,
                                       cancellation: cancellation)
        let fed = DispatchSemaphore(value: 0)
        DispatchQueue(label: "ingest.feed").async {
            while let pending = queue.take(), pipeline.submit(pending) {}
            fed.signal()
        }
        let walked: ChangeSurvey?
        do {
            walked = try ChangeSurvey.walk(catalog, merge: merge, limit: limit, listing: work.listing,
                                           cancellation: cancellation, found: queue.append)
        } catch {
            queue.complete(keeping: false)
            fed.wait()
            pipeline.finish()
            throw error
        }
        queue.complete(keeping: walked != nil)
        guard let survey = walked else {
            fed.wait()
            pipeline.finish()
            let (records, fatal) = progress.withLock { ($0.records, $0.fatal) }
            if let fatal { throw fatal }
            return .streams(processed: Dictionary(records.values.map { ($0.item.entry.displayPath, $0) },
                                                 uniquingKeysWith: { first, _ in first }))
        }
        progress.withLock { progress in
            progress.done += survey.kept.count
            progress.total = survey.sources
        }

        let layout = work.layout
        var result = ProcessedSources(tally: RunLedger(manifest: manifest), sources: survey.sources, skipped: survey.skipped,
                                      crawlSeconds: survey.crawlSeconds, removed: survey.merge.removed,
                                      previousLines: survey.merge.previousLines)
        let datasetChanges = survey.pendingCount > 0 || survey.merge.removed > 0 || !FileSystem.exists(layout.dataset)
        if datasetChanges, !cancellation.isCancelled {
            result.dataset = ConcurrentDatasetBuild(survey.planned, layout: layout, recorded: survey.merge.previousLines,
                                                    lines: lines)
        }
        fed.wait()
        pipeline.finish()
        lines.close()

        for failure in survey.crawlFailures {
            observer.failed(failure)
            result.tally.recordCrawlFailure(failure)
        }
        let (records, fatal) = progress.withLock { ($0.records, $0.fatal) }
        if fatal != nil || cancellation.isCancelled {
            // The dataset stops at the first document missing; its file is gone once it has.
            _ = try? result.dataset?.finished()
            result.dataset = nil
        }
        if let fatal { throw fatal }
        if cancellation.isCancelled {
            for (_, record) in records.sorted(by: { $0.key < $1.key }) { _ = result.tally.record(record) }
        } else {
            try writeManifest(survey, records: (0..<survey.pendingCount).compactMap { records[$0] }, into: &result.tally,
                              layout: layout, observer: observer)
        }
        result.tally.index.seal()
        return .done(result)
    }

    /// The pipeline the pending sources go through: read and processed on the workers, the
    /// document written on a writing queue, then recorded in `progress`, which settles its line
    /// in `lines`.
    private static func pendingPipeline(work: SourceWork, jobs: Int, progress: Locked<Progress>, lines: PendingLines,
                                        observer: RunObserver, cancellation: RunCancellation)
    -> BoundedPipeline<PendingSource, SourceOutcome, (PendingSource, SourceRecord)> {
        BoundedPipeline(
            jobs: jobs, writers: Ingestion.writers, window: Ingestion.window,
            shouldStop: { cancellation.isCancelled || progress.withLock { $0.fatal != nil } },
            work: { pending in work.run(pending.item.entry, previous: pending.item.previous) },
            deliver: { pending, outcome in (pending, Ingestion.deliver(pending.item, outcome, work: work)) },
            emit: { pending, record in
                let (done, total) = progress.withLock { progress in
                    progress.records[pending.position] = record
                    progress.done += 1
                    if case .document(_, _, _, _, .failed(let error)) = record.result { progress.fatal = progress.fatal ?? error }
                    return (progress.done, progress.total)
                }
                lines.settle(pending.id, as: line(of: record.result))
                observer.progressed(done, total)
            })
    }

    /// Where the line in `dataset.jsonl` of a pending source that became `result` comes from.
    private static func line(of result: SourceRecord.Result) -> DatasetFile.ProcessedLine {
        switch result {
        case .document: .document
        case .unchanged: .previous
        case .failed, .kept: .absent
        }
    }

    /// Feeds `tally` every source in path order, which writes the new manifest: the entries of
    /// the last manifest the survey kept, and `records`, the pending sources' (in the survey's
    /// order, so by path), each in its place.
    private static func writeManifest(_ survey: ChangeSurvey, records: [SourceRecord], into tally: inout RunLedger,
                                      layout: OutputLayout, observer: RunObserver) throws(IngestError) {
        func report(_ failure: IngestError?) {
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
        if survey.kept.count > 0 {
            let reader: ManifestReader
            do {
                reader = try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps)
            } catch {
                throw IngestError(.unwritable, "cannot read the last manifest again: \(error.reason)", path: layout.manifest)
            }
            var ordinal = 0
            while keptWritten < survey.kept.count, let entry = try? reader.next() {
                defer { ordinal += 1 }
                recordPending(before: entry.path)
                if next < records.count, records[next].item.entry.displayPath == entry.path { continue }
                if survey.kept.contains(ordinal) {
                    report(tally.recordKept(entry))
                    keptWritten += 1
                }
            }
        }
        guard keptWritten == survey.kept.count else {
            throw IngestError(.unwritable, "the last manifest changed while the run read it", path: layout.manifest)
        }
        recordPending(before: nil)
    }
}
