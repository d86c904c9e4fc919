/// One `ingest` run: crawl the input, process what changed since the last run on a bounded
/// Dispatch pipeline, and write the dataset: `documents/<id>.json`, `dataset.jsonl`,
/// `manifest.json` and `report.json` under the output folder.
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
        let listing = try catalog.crawl()
        report.times.crawl = StageTimes.seconds(since: start)
        report.sources = listing.entries.count
        report.skipped = listing.skipped
        for failure in listing.failures { observer.failed(failure) }

        try FileSystem.createDirectory(layout.documents)
        let lock = try OutputLock(folder: layout.folder)
        defer { withExtendedLifetime(lock) {} }
        try DatasetCommit.recover(in: layout.folder)
        let previous = loadManifest(layout, observer: observer)

        let (kept, pending) = partition(listing.entries, previous: previous.manifest, layout: layout, full: options.full)
        let work = SourceWork(catalog: catalog, previous: previous.manifest, layout: layout, full: options.full)
        let ledger = try process(pending, with: work, jobs: report.jobs, observer: observer, cancellation: cancellation)

        report.new = ledger.new
        report.changed = ledger.changed
        report.unchanged = kept.count + ledger.unchanged
        report.processed = ledger.processed
        report.times.read = ledger.times.read
        report.times.process = ledger.times.process
        report.times.write = ledger.times.write
        report.failures = (listing.failures + ledger.failures).sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }

        if cancellation.isCancelled {
            report.interrupted = true
            report.times.total = StageTimes.seconds(since: start)
            try atomicWrite(JSONWriter.pretty(report.json), to: layout.report)
            return report
        }

        let finishStart = ContinuousClock.now
        let manifest = Manifest(entries: kept + ledger.entries)
        report.removed = previous.manifest.entries.values.filter { $0.status == .ok && manifest.entries[$0.path] == nil }.count
        report.datasetRewritten = try finish(manifest, previous: previous, wroteDocuments: ledger.wroteDocuments, layout: layout)
        report.times.finish = StageTimes.seconds(since: finishStart)
        report.times.total = StageTimes.seconds(since: start)
        try atomicWrite(JSONWriter.pretty(report.json), to: layout.report)
        return report
    }

    /// The last run's manifest and its file's bytes.
    private struct PreviousManifest {
        var manifest = Manifest()
        var fileBytes: [UInt8]?
    }

    /// The last run's manifest; an empty one when there is none, or when it cannot be read
    /// (then every source is processed again, which is always safe).
    private static func loadManifest(_ layout: OutputLayout, observer: RunObserver) -> PreviousManifest {
        guard FileSystem.exists(layout.manifest) else { return PreviousManifest() }
        var previous = PreviousManifest()
        do throws(IngestError) {
            let bytes = try FileSystem.readFile(at: layout.manifest)
            previous.fileBytes = bytes
            previous.manifest = try Manifest(fileBytes: bytes, path: layout.manifest)
        } catch {
            observer.noted("\(error.description); processing every source again")
        }
        return previous
    }

    /// Splits the listed sources into those the quick check vouches for (same size and
    /// modification time as recorded, by this pipeline version, document present: not even
    /// read) and those to read.
    private static func partition(_ entries: [CrawlEntry], previous: Manifest, layout: OutputLayout,
                                  full: Bool) -> (kept: [Manifest.Entry], pending: [CrawlEntry]) {
        var kept: [Manifest.Entry] = []
        var pending: [CrawlEntry] = []
        for entry in entries {
            if !full, let old = previous.entries[entry.displayPath], old.isCurrent,
               old.bytes == entry.size, old.modified == entry.modified,
               FileSystem.exists(layout.document(id: old.id)) {
                kept.append(old)
            } else {
                pending.append(entry)
            }
        }
        return (kept, pending)
    }

    /// How many documents are written at once: flushing to disk waits on the device, and
    /// concurrent flushes are committed together (see `BoundedPipeline`).
    static let writers = 4

    /// Reads, processes and writes `pending` on the bounded pipeline.
    /// - Throws: the first write that failed; the run stops starting new sources then.
    private static func process(_ pending: [CrawlEntry], with work: SourceWork, jobs: Int,
                                observer: RunObserver, cancellation: RunCancellation) throws(IngestError) -> RunLedger {
        let ledger = Locked(RunLedger())
        BoundedPipeline.run(
            count: pending.count, jobs: jobs, writers: writers,
            shouldStop: { cancellation.isCancelled || ledger.withLock { $0.fatal != nil } },
            work: { index in work.run(pending[index]) },
            deliver: { index, outcome in
                let writeStart = ContinuousClock.now
                var write: DocumentWrite?
                if case .document(let id, let json, _, _, _, _) = outcome {
                    write = work.write(id: id, json: json)
                }
                let writeSeconds = write == nil ? 0 : StageTimes.seconds(since: writeStart)
                let (failure, done) = ledger.withLock { ledger in
                    (ledger.record(outcome, write: write, writeSeconds: writeSeconds, for: pending[index],
                                   previous: work.previous), ledger.done)
                }
                if let failure { observer.failed(failure) }
                observer.progressed(done, pending.count)
            })
        let result = ledger.value
        if let fatal = result.fatal { throw fatal }
        return result
    }

    /// Writes `dataset.jsonl` (when anything changed) and `manifest.json` (when it changed) as
    /// one commit, then removes what no source accounts for any more.
    /// - Returns: whether `dataset.jsonl` was rewritten.
    private static func finish(_ manifest: Manifest, previous: PreviousManifest, wroteDocuments: Bool,
                               layout: OutputLayout) throws(IngestError) -> Bool {
        let documentIDs = Set(manifest.entries.values.filter { $0.status == .ok }.map(\.id))
        let hasStaleDocuments = previous.manifest.entries.values.contains { $0.status == .ok && !documentIDs.contains($0.id) }
        let manifestBytes = manifest.fileBytes
        let manifestChanged = manifestBytes != previous.fileBytes
        let datasetIsStale = wroteDocuments || hasStaleDocuments || manifestChanged || !FileSystem.exists(layout.dataset)
        var files: [AtomicFileWriter] = []
        if datasetIsStale {
            files.append(try DatasetFile.build(ids: documentIDs, layout: layout))
        }
        if manifestChanged {
            let file = try AtomicFileWriter(path: layout.manifest)
            try file.append(manifestBytes)
            files.append(file)
        }
        if !files.isEmpty {
            try DatasetCommit.commit(files, in: layout.folder)
        }
        try sweep(layout, keeping: documentIDs)
        FileSystem.syncDirectory(layout.documents)
        FileSystem.syncDirectory(layout.folder)
        return datasetIsStale
    }

    /// Removes what no source accounts for: documents of sources that are gone or now fail,
    /// and the temporary files a killed run may have left in the output folder and `documents/`.
    private static func sweep(_ layout: OutputLayout, keeping ids: Set<String>) throws(IngestError) {
        for folder in [layout.folder, layout.documents] {
            for rawName in try FileSystem.entryNames(in: folder) {
                let name = String(decoding: rawName, as: UTF8.self)
                let isTemporary = name.hasPrefix(AtomicFileWriter.temporaryPrefix)
                let stem = name.hasSuffix(".json") ? name.dropLast(5) : ""
                let isStaleDocument = folder == layout.documents && DocumentID.isWellFormed(stem) && !ids.contains(String(stem))
                if isTemporary || isStaleDocument {
                    try FileSystem.removeFile(FileSystem.join(folder, name))
                }
            }
        }
    }
}

extension Manifest.Entry {
    /// Whether the entry is a document produced by this version of the pipeline.
    var isCurrent: Bool {
        status == .ok && pipelineVersion == ArticleProcessor.pipelineVersion
    }
}
