/// One `ingest` run: crawl the input, process what changed since the last run on a bounded
/// Dispatch pipeline, and write the dataset: `documents/<id>.json`, `dataset.jsonl`,
/// `manifest.json` and `report.json` under the output folder.
///
/// The crawl yields the sources in path order, and the last run's manifest is read beside it (a
/// merge join, `ManifestMerge`) for the quick check of each source. A nightly run, where few
/// sources changed, is an `IncrementalRun`: the check walks every source first, while the
/// changed ones are processed, and `dataset.jsonl` is written beside them. A run where many
/// changed (or `--full`, or the first) streams: the new manifest is written entry by entry in
/// crawl order while the sources go through the pipeline, and `dataset.jsonl` is built at the
/// end. Either way what a run holds grows with the corpus only by the 8-byte id of each
/// document (`DatasetIndex`) and a bit, beside at most `IngestOptions.incrementalLimit` changed
/// sources.
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
        let work = SourceWork(catalog: catalog, layout: layout, listing: listing, full: options.full)
        let manifest = try ManifestWriter(layout)

        var sources: ProcessedSources
        switch try runIncrementally(catalog, work: work, jobs: report.jobs, manifest: manifest, options: options,
                                    observer: observer, cancellation: cancellation) {
        case .done(let incremental):
            sources = incremental
        case .streams(let processed):
            sources = try stream(catalog, work: work, jobs: report.jobs, manifest: manifest, processed: processed,
                                 observer: observer, cancellation: cancellation)
        }

        var tally = sources.tally
        if let fatal = tally.fatal { throw fatal }
        report.sources = sources.sources
        report.times.crawl = sources.crawlSeconds
        report.skipped = sources.skipped.elements
        report.skippedCount = sources.skipped.count
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
        report.removed = sources.removed
        report.datasetRewritten = try finish(&tally, layout: layout, listing: listing, previousLines: sources.previousLines,
                                             built: sources.dataset)
        report.times.finish = StageTimes.seconds(since: finishStart)
        report.times.total = StageTimes.seconds(since: start)
        try atomicWrite(JSONWriter.pretty(report.json), to: layout.report)
        return report
    }

    /// Runs as an `IncrementalRun`, unless the run is `--full`, a first run (no manifest), or
    /// too many sources changed: then the run is to stream.
    private static func runIncrementally(_ catalog: FolderCatalog, work: SourceWork, jobs: Int, manifest: ManifestWriter,
                                         options: IngestOptions, observer: RunObserver,
                                         cancellation: RunCancellation) throws(IngestError) -> IncrementalRun.Ending {
        guard !options.full, FileSystem.exists(work.layout.manifest) else { return .streams(processed: [:]) }
        // What the walk has to say is said once the run is incremental: a run that streams
        // instead walks the manifest again, and says it then.
        let notes = Locked<[String]>([])
        let note: @Sendable (String) -> Void = { message in notes.withLock { $0.append(message) } }
        let merge = ManifestMerge(reader: openManifest(work.layout, noted: note), noted: note)
        let ending = try IncrementalRun.run(catalog, merge: merge, limit: options.incrementalLimit, work: work, jobs: jobs,
                                            manifest: manifest, observer: observer, cancellation: cancellation)
        if case .done = ending {
            for message in notes.value { observer.noted(message) }
        }
        return ending
    }

    /// Goes through the sources as the crawl finds them: each source the quick check does not
    /// vouch for is processed on the pipeline while the crawl goes on, and the tally takes the
    /// sources in crawl order, writing the manifest as it goes. A source in `processed` (by
    /// path), which an incremental run that gave up went through, is taken as it became, unless
    /// it changed since.
    private static func stream(_ catalog: FolderCatalog, work: SourceWork, jobs: Int, manifest: ManifestWriter,
                               processed: [String: SourceRecord], observer: RunObserver,
                               cancellation: RunCancellation) throws(IngestError) -> ProcessedSources {
        var processed = processed
        var merge = ManifestMerge(reader: openManifest(work.layout, noted: observer.noted), noted: observer.noted)
        let ledger = Locked(RunLedger(manifest: manifest))
        let pipeline = sourcePipeline(work: work, jobs: jobs, ledger: ledger, observer: observer, cancellation: cancellation)
        var sources = 0
        var skipped = ReportList<SkippedPath>(path: \.path)
        var crawlSeconds = 0.0
        try catalog.crawl(timingInto: &crawlSeconds) { event in
            switch event {
            case .source(let entry):
                sources += 1
                let item = SourceItem(entry: entry, previous: merge.entry(for: entry.displayPath))
                if !work.full, let old = item.previous, old.vouches(for: entry, in: work.listing) {
                    return pipeline.submit(record: SourceRecord(kept: item))
                }
                if let record = processed.removeValue(forKey: entry.displayPath), record.item.entry == entry {
                    return pipeline.submit(record: record)
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
        let tally = ledger.withLock { ledger in
            ledger.index.seal()
            return ledger
        }
        return ProcessedSources(tally: tally, sources: sources, skipped: skipped, crawlSeconds: crawlSeconds,
                                removed: merge.removed, previousLines: merge.previousLines)
    }

    /// The pipeline a run's sources go through: read and processed on the workers, the
    /// document written on a writing queue, then counted in `ledger` in crawl order.
    private static func sourcePipeline(work: SourceWork, jobs: Int, ledger: Locked<RunLedger>, observer: RunObserver,
                                       cancellation: RunCancellation) -> BoundedPipeline<SourceItem, SourceOutcome, SourceRecord> {
        BoundedPipeline(
            jobs: jobs, writers: writers, window: window,
            shouldStop: { cancellation.isCancelled || ledger.withLock { $0.fatal != nil } },
            work: { item in work.run(item.entry, previous: item.previous) },
            deliver: { item, outcome in deliver(item, outcome, work: work) },
            emit: { record in
                let (failure, done) = ledger.withLock { ledger in (ledger.record(record), ledger.done) }
                if let failure { observer.failed(failure) }
                observer.progressed(done, nil)
            })
    }

    /// Writes the document of a source's `outcome`, if it is one (on a writing queue).
    /// - Returns: what the tally learns of the source.
    static func deliver(_ item: SourceItem, _ outcome: SourceOutcome, work: SourceWork) -> SourceRecord {
        let writeStart = ContinuousClock.now
        guard case .document(let id, let json, _, _, _, _, _) = outcome else {
            return SourceRecord(item: item, outcome: outcome, write: nil, writeSeconds: 0)
        }
        let write = work.write(id: id, json: json)
        return SourceRecord(item: item, outcome: outcome, write: write, writeSeconds: StageTimes.seconds(since: writeStart))
    }

    /// A reader of the last run's manifest; none when there is no manifest, or when it cannot
    /// be read (then every source is processed again, which is always safe).
    private static func openManifest(_ layout: OutputLayout, noted: (String) -> Void) -> ManifestReader? {
        guard FileSystem.exists(layout.manifest) else { return nil }
        do throws(IngestError) {
            return try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps)
        } catch {
            noted("\(error.description); processing every source again")
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
                               previousLines: DatasetLineTable, built: ConcurrentDatasetBuild?) throws(IngestError) -> Bool {
        let manifestFiles = try tally.manifest.finish()
        let datasetIsStale = tally.wroteDocuments || manifestFiles.manifest != nil || !FileSystem.exists(layout.dataset)
        var files: [AtomicFileWriter] = []
        if datasetIsStale {
            if let built {
                files.append(try built.finished())
            } else {
                files.append(try DatasetFile.build(tally.index, layout: layout, recorded: previousLines))
            }
        }
        files += [manifestFiles.manifest, manifestFiles.stamps].compactMap { $0 }
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

    /// Whether the crawl's quick check vouches for the entry as the record of the source `entry`
    /// without reading it: its stamp shows the size and modification time the file has now and
    /// stands for the entry's bytes, and the entry can be kept.
    func vouches(for entry: CrawlEntry, in listing: DocumentListing) -> Bool {
        guard let stamp, stamp.size == entry.size, stamp.modified == entry.modified, stamp.sha256 == sha256 else {
            return false
        }
        return canBeKept(in: listing)
    }

    /// Whether the crawl's quick check may keep the entry without reading its source: it still
    /// holds, and, for a document, records the size of its line in `dataset.jsonl` (an entry
    /// written before entries recorded it goes to a worker, which measures the line).
    func canBeKept(in listing: DocumentListing) -> Bool {
        stillHolds(in: listing) && (status == .failed || datasetLineBytes != nil)
    }
}
