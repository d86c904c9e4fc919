/// One `ingest` run: crawl the input, process what changed since the last run on a bounded
/// Dispatch pipeline, and write the dataset: `documents/<id>.json`, `dataset.jsonl`,
/// `manifest.json` and `report.json` under the output folder.
///
/// First the run settles what it may trust of the output folder (`OutputTrust`: the dataset
/// and manifest only while they are what this machine committed; `RunMarker`: no document
/// written by a run that did not finish). Then it plans: the crawl yields the sources in path
/// order and the last manifest is read beside it (a merge join, `ManifestMerge`), and
/// `ChangeRule` sorts each source into kept or pending (`ChangePlan`). A nightly run, where few
/// changed, carries out the plan (`IncrementalRun`): the pending sources go through the
/// pipeline in order of id while `dataset.jsonl` is written beside them. A run where more than
/// `IngestOptions.incrementalLimit` changed (or `--full`, or the first) is not planned: it
/// streams the sources through the same pipeline as the crawl finds them, writing the manifest
/// entry by entry, and builds `dataset.jsonl` at the end. Either way what a run holds grows
/// with the corpus only by the 8-byte id of each document (`DatasetIndex`) and a bit.
///
/// Every file is written atomically, and the output never depends on timing: documents are
/// pure functions of their source, `dataset.jsonl` is sorted by id and `manifest.json` by path.
/// The order of writing keeps a killed run harmless: document files first, then one flush of
/// the file system, then `dataset.jsonl`, `manifest.json`, `.source-stamps` and the commit's
/// stamp together, as one `DatasetCommit`, then the removal of documents whose source is gone.
/// A run first completes the commit a killed run may have recorded.
///
/// A shard of a split run (`IngestOptions.shard`) is a run of the sources of that shard into
/// its part of the output folder, which withdraws the part's completion marker before it
/// changes anything and writes it last (`ShardCompletion`); `ShardMerge` joins the parts.
///
/// ```swift
/// let report = try Ingestion.run(IngestOptions(input: "Input", output: "Output", jobs: 2))
/// print(report.summary) // 2 sources: 2 new, 0 changed, 0 unchanged, 0 removed, 0 failed, 0 skipped in 0.05 s
/// ```
public enum Ingestion {
    /// Runs the pipeline once. When `cancellation` is cancelled the run stops early: the
    /// requests of pages still being fetched are cancelled, the returned report has
    /// `interrupted` set, and neither `dataset.jsonl` nor `manifest.json` was written.
    /// The pages of `.urls` lists are fetched through `pageFetcher`; without one they fail.
    /// - Throws: `RunError`: `.output` when the output cannot be written (the previous dataset
    ///   is then left intact), `.busy` when another run writes to it, `.input` when the input
    ///   is not a readable folder. A source that fails is not an error of the run: it is in the
    ///   report.
    public static func run(_ options: IngestOptions, observer: RunObserver = .silent,
                           cancellation: RunCancellation = RunCancellation(),
                           pageFetcher: (any PageFetcher)? = nil) throws(RunError) -> RunReport {
        let start = ContinuousClock.now
        var report = RunReport()
        report.jobs = max(1, options.jobs)
        report.full = options.full
        let layout = options.layout
        let catalog = FolderCatalog(root: options.input, maxBytes: options.maxBytes, excluding: [options.output],
                                    shard: options.shard, scratchFolder: layout.folder, archiveReaders: report.jobs)
        try catalog.checkRoot()

        try RunError.onOutput { () throws(SystemError) in try FileSystem.createDirectory(layout.documents) }
        let lock = try OutputLock(folder: layout.folder)
        defer { withExtendedLifetime(lock) {} }
        if options.shard != nil { try ShardCompletion.withdraw(from: layout) }
        try DatasetCommit.recover(in: layout.folder)
        let trust = OutputTrust(layout, full: options.full)
        for repair in trust.repairs { observer.noted(repair) }
        let marker = RunMarker(layout)
        let listing = try DocumentListing(layout, unsettledSince: marker.unfinishedSince)
        var effective = options
        effective.full = options.full || !trust.manifestHolds
        let web = pageFetcher.map { fetcher in
            WebSources(fetcher, policy: options.fetch, maxBytes: options.maxBytes, layout: layout, noted: observer.noted)
        }
        if let web { cancellation.onCancel { [weak web] in web?.interrupt() } }
        let work = SourceWork(catalog: catalog, layout: layout, rule: ChangeRule(listing: listing, full: effective.full),
                              marker: marker, web: web)
        let manifest = try ManifestWriter(layout)
        do throws(RunError) {
            try execute(catalog, work: work, options: effective, manifest: manifest, trust: trust, listing: listing,
                        marker: marker, into: &report, observer: observer, cancellation: cancellation)
        } catch {
            // A pipeline queue may hold the last reference to the manifest's writers until after
            // the process has exited: their temporary files are removed here, not left to it.
            manifest.discard()
            throw error
        }
        report.times.total = StageTimes.seconds(since: start)
        write(report, to: layout.report, observer: observer)
        if let shard = options.shard, !report.interrupted {
            try ShardCompletion.describing(shard, pipelineVersion: ArticleProcessor.pipelineVersion, in: layout).record(in: layout)
        }
        return report
    }

    /// Goes through the sources (incrementally when a plan says so, else streaming), then, unless
    /// the run was interrupted, commits the dataset and the manifest, counting into `report`.
    private static func execute(_ catalog: FolderCatalog, work: SourceWork, options: IngestOptions, manifest: ManifestWriter,
                                trust: OutputTrust, listing: DocumentListing, marker: RunMarker,
                                into report: inout RunReport, observer: RunObserver,
                                cancellation: RunCancellation) throws(RunError) {
        let sources: ProcessedSources
        if let plan = try plan(catalog, work: work, options: options, observer: observer, cancellation: cancellation) {
            sources = try IncrementalRun.run(plan, work: work, jobs: report.jobs, manifest: manifest, observer: observer,
                                             cancellation: cancellation, trust: trust)
        } else {
            sources = try stream(catalog, work: work, jobs: report.jobs, manifest: manifest, observer: observer,
                                 cancellation: cancellation)
        }
        // Every page is read: the archives' decompressed copies go before the commit flushes
        // the file system, which would otherwise write them to the disk.
        catalog.inflatedCopies.discardAll()
        var tally = sources.tally
        if let fatal = tally.fatal { throw fatal }
        report.count(sources)
        if cancellation.isCancelled {
            report.interrupted = true
            return
        }
        let finishStart = ContinuousClock.now
        report.removed = sources.removed + sources.tally.gone
        report.datasetRewritten = try finish(&tally, layout: work.layout, listing: listing, trust: trust,
                                             previousLines: sources.previousLines, built: sources.dataset)
        try marker.settle()
        work.web?.sweepCache()
        report.times.finish = StageTimes.seconds(since: finishStart)
    }

    /// Writes `report.json`. The dataset is committed by then (or, for an interrupted run, left
    /// as it was), so a report that cannot be written is told, not an error of the run.
    private static func write(_ report: RunReport, to path: String, observer: RunObserver) {
        do throws(SystemError) {
            try atomicWrite(JSONWriter.pretty(report.json), to: path)
        } catch {
            observer.noted("\(error.description); the dataset was written, only the report is missing")
        }
    }

    /// The plan of an incremental run (see `ChangePlan`); `nil` when the run is to stream: a
    /// `--full` run, a first run (no manifest), or one where more than the limit changed.
    private static func plan(_ catalog: FolderCatalog, work: SourceWork, options: IngestOptions, observer: RunObserver,
                             cancellation: RunCancellation) throws(RunError) -> ChangePlan? {
        guard !options.full, FileSystem.exists(work.layout.manifest) else { return nil }
        // What the walk has to say is said once the run is planned: a run that streams instead
        // walks the manifest again, and says it then.
        let notes = Locked<[String]>([])
        let note: @Sendable (String) -> Void = { message in notes.withLock { $0.append(message) } }
        // The manifest is parsed on another core while this one walks the input.
        let merge = ManifestMerge(reader: openManifest(work.layout, noted: note).map { ManifestReadAhead($0) }, noted: note)
        let plan = try ChangePlan.survey(catalog, merge: merge, rule: work.rule, limit: options.incrementalLimit,
                                         web: work.web, cancellation: cancellation)
        if plan != nil {
            for message in notes.value { observer.noted(message) }
        }
        return plan
    }

    /// Goes through the sources as the crawl finds them: each source the quick check does not
    /// keep is processed on the pipeline while the crawl goes on, and the tally takes the
    /// sources in crawl order, writing the manifest as it goes.
    private static func stream(_ catalog: FolderCatalog, work: SourceWork, jobs: Int, manifest: ManifestWriter,
                               observer: RunObserver, cancellation: RunCancellation) throws(RunError) -> ProcessedSources {
        var merge = ManifestMerge(reader: openManifest(work.layout, noted: observer.noted), noted: observer.noted)
        let ledger = Locked(RunLedger(manifest: manifest))
        let pipeline = work.pipeline(jobs: jobs, shouldStop: { cancellation.isCancelled || ledger.withLock { $0.fatal != nil } }) { record in
            let (failure, done) = ledger.withLock { ledger in (ledger.record(record), ledger.done) }
            // After an interruption, what fails is mostly what was stopped, and is tried again.
            if let failure, !cancellation.isCancelled { observer.failed(failure) }
            observer.progressed(done, nil)
        }
        var crawlFailures = 0
        var skipped = ReportList<SkippedPath>(path: \.path)
        var crawlSeconds = 0.0
        try catalog.crawl(timingInto: &crawlSeconds) { event in
            switch event {
            case .source(let entry):
                work.web?.prefetch(entry)
                let item = SourceItem(entry: entry, previous: merge.entry(for: entry.displayPath))
                return work.rule.keepsUnread(entry, as: item.previous)
                    ? pipeline.submit(record: SourceRecord(kept: item)) : pipeline.submit(item)
            case .skipped(let path):
                skipped.insert(path)
            case .failed(let failure):
                crawlFailures += 1
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
        // The sources the run got to: those it recorded (a stop drops the ones no worker
        // started), and the paths the crawl could not list.
        return ProcessedSources(tally: tally, sources: tally.done + crawlFailures, skipped: skipped, crawlSeconds: crawlSeconds,
                                removed: merge.removed, previousLines: merge.previousLines)
    }

    /// A reader of the last run's manifest; none when there is no manifest, or when it cannot
    /// be read (then every source is processed again, which is always safe).
    private static func openManifest(_ layout: OutputLayout, noted: (String) -> Void) -> ManifestReader? {
        guard FileSystem.exists(layout.manifest) else { return nil }
        do throws(RunError) {
            return try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps)
        } catch {
            noted("\(error.description); processing every source again")
            return nil
        }
    }

    /// Writes `dataset.jsonl` (when anything changed, or the previous one is not trusted),
    /// `manifest.json` and `.source-stamps` (when they changed) and the commit's stamp as one
    /// commit, then removes what no source accounts for any more.
    /// - Returns: whether `dataset.jsonl` was rewritten.
    private static func finish(_ tally: inout RunLedger, layout: OutputLayout, listing: DocumentListing,
                               trust: OutputTrust, previousLines: DatasetLineTable,
                               built: ConcurrentDatasetBuild?) throws(RunError) -> Bool {
        let manifestFiles = try tally.manifest.finish()
        let datasetIsStale = tally.wroteDocuments || manifestFiles.manifest != nil || !trust.datasetHolds
            || !FileSystem.exists(layout.dataset)
        var files: [AtomicFileWriter] = []
        if let built, datasetIsStale {
            files.append(try built.finished())
        } else if datasetIsStale {
            files.append(try DatasetFile.build(tally.index, layout: layout, recorded: previousLines,
                                               trustingPrevious: trust.datasetHolds))
        }
        files += [manifestFiles.manifest, manifestFiles.stamps].compactMap { $0 }
        if tally.processed > 0 {
            // Documents are written without an `fsync` each, by this run or by one that was
            // stopped: one flush of the file system puts them all on the disk before the commit
            // record names the dataset that holds them.
            try RunError.onOutput { () throws(SystemError) in try FileSystem.syncFileSystem(containing: layout.documents) }
        }
        try RunError.onOutput { () throws(SystemError) in for file in files { try file.stage() } }
        let stamp = CommitStamp.committing(files, in: layout)
        if stamp != trust.recorded { files.append(try stamp.file(in: layout)) }
        if !files.isEmpty {
            try DatasetCommit.commit(files, in: layout.folder)
        }
        try layout.sweep(by: listing, keeping: tally.index)
        FileSystem.syncDirectory(layout.documents)
        FileSystem.syncDirectory(layout.folder)
        return datasetIsStale
    }
}
