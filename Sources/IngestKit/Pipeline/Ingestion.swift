/// One `ingest` run: crawl the input, process what changed since the last run on a bounded
/// Dispatch pipeline, and write the dataset: `documents/<id>.json`, `dataset.jsonl`,
/// `manifest.json` and `report.json` under the output folder.
///
/// A run streams: the crawl yields the sources in path order, the last run's manifest is read
/// beside it (a merge join, `ManifestMerge`), and the new manifest is written entry by entry in
/// the same order while the sources go through the pipeline. What it holds grows with the
/// corpus only by the 8-byte id of each document (`DatasetIndex`), which `dataset.jsonl`, sorted
/// by id, is built from at the end.
///
/// Every file is written atomically, and the output never depends on timing: documents are
/// pure functions of their source, `dataset.jsonl` is sorted by id and `manifest.json` by path.
/// The order of writing keeps a killed run harmless: document files first, then
/// `dataset.jsonl` and `manifest.json` (the record the next run trusts) together, as one
/// `DatasetCommit`, then the removal of documents whose source is gone. A run first completes
/// the commit a killed run may have recorded.
///
/// ```swift
/// let report = try Ingestion.run(IngestOptions(input: "Input", output: "Output", jobs: 2))
/// print(report.summary) // 2 sources: 2 new, 0 changed, 0 unchanged, 0 removed, 0 failed, 0 skipped in 0.05 s
/// ```
public enum Ingestion {
    /// Runs the pipeline once. When `cancellation` is cancelled the run stops early: the
    /// returned report has `interrupted` set, and neither `dataset.jsonl` nor `manifest.json`
    /// was written.
    /// - Throws: `IngestError` with code `.unwritable` when the output cannot be written (the
    ///   previous dataset is then left intact), or `.unreadable` when the input is not a
    ///   readable folder. A source that fails is not an error of the run: it is in the report.
    public static func run(_ options: IngestOptions, observer: RunObserver = .silent,
                           cancellation: RunCancellation = RunCancellation()) throws(IngestError) -> RunReport {
        let start = ContinuousClock.now
        var report = RunReport()
        report.jobs = max(1, options.jobs)
        report.full = options.full
        let layout = OutputLayout(folder: options.output)
        let catalog = FolderCatalog(root: options.input, maxBytes: options.maxBytes, excluding: [options.output])
        try catalog.checkRoot()

        try FileSystem.createDirectory(layout.documents)
        let lock = try OutputLock(folder: layout.folder)
        defer { withExtendedLifetime(lock) {} }
        try DatasetCommit.recover(in: layout.folder)
        let listing = try DocumentListing(layout)

        var merge = ManifestMerge(reader: openManifest(layout, observer: observer), noted: observer.noted)
        let ledger = Locked(RunLedger(manifest: try ManifestWriter(replacing: layout.manifest)))
        let work = SourceWork(catalog: catalog, layout: layout, listing: listing, full: options.full)
        let pipeline = sourcePipeline(work: work, jobs: report.jobs, ledger: ledger, observer: observer,
                                      cancellation: cancellation)

        var skipped = ReportList<SkippedPath>(path: \.path)
        var crawlSeconds = 0.0
        var walking = ContinuousClock.now
        try catalog.crawl { event in
            crawlSeconds += StageTimes.seconds(since: walking)
            defer { walking = ContinuousClock.now }
            switch event {
            case .source(let entry):
                report.sources += 1
                let item = SourceItem(entry: entry, previous: merge.entry(for: entry.displayPath))
                if !options.full, let old = item.previous, old.bytes == entry.size, old.modified == entry.modified,
                   old.canBeKept(in: listing) {
                    return pipeline.submit(record: SourceRecord(kept: item))
                }
                return pipeline.submit(item)
            case .skipped(let path):
                skipped.insert(path)
            case .failed(let failure):
                observer.failed(failure)
                ledger.withLock { $0.recordCrawlFailure(failure) }
            }
            return true
        }
        pipeline.finish()
        merge.finish()

        // Sorted under the lock, so that the copy taken shares the ids instead of sorting a copy.
        var tally = ledger.withLock { ledger in
            ledger.index.seal()
            return ledger
        }
        if let fatal = tally.fatal { throw fatal }
        report.times.crawl = crawlSeconds
        report.skipped = skipped.elements
        report.skippedCount = skipped.count
        report.new = tally.new
        report.changed = tally.changed
        report.unchanged = tally.unchanged
        report.processed = tally.processed
        report.times.read = tally.times.read
        report.times.process = tally.times.process
        report.times.write = tally.times.write
        report.failures = tally.failures.elements
        report.failed = tally.failures.count

        if cancellation.isCancelled {
            report.interrupted = true
            report.times.total = StageTimes.seconds(since: start)
            try atomicWrite(JSONWriter.pretty(report.json), to: layout.report)
            return report
        }

        let finishStart = ContinuousClock.now
        report.removed = merge.removed
        report.datasetRewritten = try finish(&tally, layout: layout, listing: listing, previousLines: merge.previousLines)
        report.times.finish = StageTimes.seconds(since: finishStart)
        report.times.total = StageTimes.seconds(since: start)
        try atomicWrite(JSONWriter.pretty(report.json), to: layout.report)
        return report
    }

    /// The pipeline a run's sources go through: read and processed on the workers, the
    /// document written on a writing queue, then counted in `ledger` in crawl order.
    private static func sourcePipeline(work: SourceWork, jobs: Int, ledger: Locked<RunLedger>, observer: RunObserver,
                                       cancellation: RunCancellation) -> BoundedPipeline<SourceItem, SourceOutcome, SourceRecord> {
        BoundedPipeline(
            jobs: jobs, writers: writers, window: window,
            shouldStop: { cancellation.isCancelled || ledger.withLock { $0.fatal != nil } },
            work: { item in work.run(item.entry, previous: item.previous) },
            deliver: { item, outcome in
                let writeStart = ContinuousClock.now
                guard case .document(let id, let json, _, _, _, _, _) = outcome else {
                    return SourceRecord(item: item, outcome: outcome, write: nil, writeSeconds: 0)
                }
                let write = work.write(id: id, json: json)
                return SourceRecord(item: item, outcome: outcome, write: write,
                                    writeSeconds: StageTimes.seconds(since: writeStart))
            },
            emit: { record in
                let (failure, done) = ledger.withLock { ledger in (ledger.record(record), ledger.done) }
                if let failure { observer.failed(failure) }
                observer.progressed(done, nil)
            })
    }

    /// A reader of the last run's manifest; none when there is no manifest, or when it cannot
    /// be read (then every source is processed again, which is always safe).
    private static func openManifest(_ layout: OutputLayout, observer: RunObserver) -> ManifestReader? {
        guard FileSystem.exists(layout.manifest) else { return nil }
        do throws(IngestError) {
            return try ManifestReader(path: layout.manifest)
        } catch {
            observer.noted("\(error.description); processing every source again")
            return nil
        }
    }

    /// How many sources may wait for an earlier one to finish before the crawl pauses. In a
    /// nightly run most sources pass the quick check and wait only for the few that changed
    /// before them; a wide window lets the crawl run far enough ahead to keep every worker busy
    /// with the changed ones (a waiting record is a few hundred bytes: about 1 MB in all).
    static let window = 4096

    /// How many documents are written at once: flushing to disk waits on the device, and
    /// concurrent flushes are committed together (see `BoundedPipeline`).
    static let writers = 4

    /// Writes `dataset.jsonl` (when anything changed) and `manifest.json` (when it changed) as
    /// one commit, then removes what no source accounts for any more.
    /// - Returns: whether `dataset.jsonl` was rewritten.
    private static func finish(_ tally: inout RunLedger, layout: OutputLayout, listing: DocumentListing,
                               previousLines: DatasetLineTable) throws(IngestError) -> Bool {
        let manifestFile = try tally.manifest.finish()
        let datasetIsStale = tally.wroteDocuments || manifestFile != nil || !FileSystem.exists(layout.dataset)
        var files: [AtomicFileWriter] = []
        if datasetIsStale {
            files.append(try DatasetFile.build(tally.index, layout: layout, recorded: previousLines))
        }
        if let manifestFile {
            files.append(manifestFile)
        }
        if !files.isEmpty {
            try DatasetCommit.commit(files, in: layout.folder)
        }
        try sweep(layout, listing: listing, keeping: tally.index)
        FileSystem.syncDirectory(layout.documents)
        FileSystem.syncDirectory(layout.folder)
        return datasetIsStale
    }

    /// Removes what no source accounts for: documents of sources that are gone or now fail,
    /// and the temporary files a killed run may have left in the output folder and `documents/`.
    /// `documents/` is swept by the run's first listing of it (`listing`); the output folder,
    /// which holds a few files, is listed again.
    private static func sweep(_ layout: OutputLayout, listing: DocumentListing,
                              keeping index: DatasetIndex) throws(IngestError) {
        var doomed = listing.temporaryNames.map { FileSystem.join(layout.documents, $0) }
        doomed += listing.documents(notIn: index).map(layout.document(id:))
        try FileSystem.forEachEntry(in: layout.folder) { entry in
            let name = String(decoding: entry.name, as: UTF8.self)
            if name.hasPrefix(AtomicFileWriter.temporaryPrefix) { doomed.append(FileSystem.join(layout.folder, name)) }
        }
        for path in doomed {
            try FileSystem.removeFile(path)
        }
    }
}

extension Manifest.Entry {
    /// Whether the entry is a document produced by this version of the pipeline.
    var isCurrent: Bool {
        status == .ok && pipelineVersion == ArticleProcessor.pipelineVersion
    }

    /// Whether the entry is a failure of this version of the pipeline that the same bytes
    /// meet again (`IngestError.Code.followsFromBytes`): the run reports it from the manifest
    /// instead of processing the source again.
    var isRepeatableFailure: Bool {
        status == .failed && pipelineVersion == ArticleProcessor.pipelineVersion && code?.followsFromBytes == true
    }

    /// Whether the entry still holds for its source while the bytes are those it records: a
    /// document of this pipeline version whose file was in `documents/` (`listing`), or a
    /// repeatable failure.
    func stillHolds(in listing: DocumentListing) -> Bool {
        isRepeatableFailure || isCurrent && listing.contains(id: id)
    }

    /// Whether the crawl's quick check may keep the entry without reading its source: it still
    /// holds, and, for a document, records the size of its line in `dataset.jsonl` (an entry
    /// written before entries recorded it goes to a worker, which measures the line).
    func canBeKept(in listing: DocumentListing) -> Bool {
        stillHolds(in: listing) && (status == .failed || datasetLineBytes != nil)
    }
}
