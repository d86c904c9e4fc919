/// One `ingest` run: crawl the input, process what changed since the last run on a bounded
/// Dispatch pipeline, and write the dataset: `documents/<id>.json`, `dataset.jsonl`,
/// `manifest.json` and `report.json` under the output folder.
///
/// Every file is written atomically, and the output never depends on timing: documents are
/// pure functions of their source, `dataset.jsonl` is sorted by id and `manifest.json` by path.
/// The order of writing keeps a killed run harmless: document files first, then
/// `dataset.jsonl`, then `manifest.json` (the record the next run trusts), then the removal of
/// documents whose source is gone.
///
/// ```swift
/// let report = try Ingestion.run(IngestOptions(input: "Input", output: "Output", jobs: 2))
/// print(report.summary) // 2 sources: 2 new, 0 changed, 0 unchanged, 0 removed, 0 failed, 0 skipped in 0.05 s
/// ```
public enum Ingestion {
    /// Runs the pipeline once.
    /// - Throws: `IngestError` with code `.unwritable` when the output cannot be written (the
    ///   previous dataset is then left intact), or `.unreadable` when the input is not a
    ///   readable folder. A source that fails is not an error of the run: it is in the report.
    public static func run(_ options: IngestOptions, observer: RunObserver = .silent) throws(IngestError) -> RunReport {
        let start = ContinuousClock.now
        var report = RunReport()
        report.jobs = max(1, options.jobs)
        report.full = options.full
        let layout = OutputLayout(folder: options.output)

        let catalog = FolderCatalog(root: options.input, maxBytes: options.maxBytes, excluding: [options.output])
        let crawlStart = ContinuousClock.now
        let listing = try catalog.crawl()
        report.times.crawl = StageTimes.seconds(since: crawlStart)
        report.sources = listing.entries.count
        report.skipped = listing.skipped
        for failure in listing.failures { observer.failed(failure) }

        try FileSystem.createDirectory(layout.documents)
        let lock = try OutputLock(folder: layout.folder)
        defer { withExtendedLifetime(lock) {} }
        let previous = loadManifest(layout, observer: observer)

        var kept: [Manifest.Entry] = []
        var pending: [CrawlEntry] = []
        for entry in listing.entries {
            if !options.full, let old = previous.entries[entry.displayPath], old.isCurrent,
               old.bytes == entry.size, old.modified == entry.modified,
               FileSystem.exists(layout.document(id: old.id)) {
                kept.append(old)
            } else {
                pending.append(entry)
            }
        }

        let work = SourceWork(catalog: catalog, previous: previous, layout: layout, full: options.full)
        let ledger = Locked(RunLedger())
        let stop = Locked(false)
        let toProcess = pending
        BoundedPipeline.run(
            count: toProcess.count, jobs: report.jobs,
            shouldStop: { stop.value },
            work: { index in work.run(toProcess[index]) },
            deliver: { index, outcome in
                let failure = ledger.withLock { ledger in
                    ledger.record(outcome, for: toProcess[index], previous: previous, layout: layout)
                }
                if let failure {
                    if failure.code == .unwritable { stop.withLock { $0 = true } } else { observer.failed(failure) }
                }
                observer.progressed(ledger.withLock { $0.done }, toProcess.count)
            })
        let ledgerState = ledger.value
        if let fatal = ledgerState.fatal { throw fatal }

        report.new = ledgerState.new
        report.changed = ledgerState.changed
        report.unchanged = kept.count + ledgerState.unchanged
        report.processed = ledgerState.processed
        report.times.read = ledgerState.times.read
        report.times.process = ledgerState.times.process
        report.times.write = ledgerState.times.write
        report.failures = (listing.failures + ledgerState.failures)
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }

        let finishStart = ContinuousClock.now
        let manifest = Manifest(entries: kept + ledgerState.entries)
        let documentIDs = Set(manifest.entries.values.filter { $0.status == .ok }.map(\.id))
        let stale = previous.entries.values.filter { $0.status == .ok && !documentIDs.contains($0.id) }
        report.removed = previous.entries.values.filter { $0.status == .ok && manifest.entries[$0.path] == nil }.count

        let manifestBytes = manifest.fileBytes
        let previousManifestBytes = try? FileSystem.readFile(at: layout.manifest)
        let datasetIsStale = ledgerState.wroteDocuments || !stale.isEmpty
            || manifestBytes != previousManifestBytes || !FileSystem.exists(layout.dataset)
        if datasetIsStale {
            try DatasetFile.write(ids: documentIDs, layout: layout)
            report.datasetRewritten = true
        }
        if manifestBytes != previousManifestBytes {
            try atomicWrite(manifestBytes, to: layout.manifest)
        }
        for entry in stale {
            try FileSystem.removeFile(layout.document(id: entry.id))
        }
        try sweep(layout, keeping: documentIDs)
        FileSystem.syncDirectory(layout.documents)
        FileSystem.syncDirectory(layout.folder)
        report.times.finish = StageTimes.seconds(since: finishStart)
        report.times.total = StageTimes.seconds(since: start)
        try atomicWrite(JSONWriter.pretty(report.json), to: layout.report)
        return report
    }

    /// The last run's manifest; an empty one when there is none, or when it cannot be read
    /// (then every source is processed again, which is always safe).
    private static func loadManifest(_ layout: OutputLayout, observer: RunObserver) -> Manifest {
        guard FileSystem.exists(layout.manifest) else { return Manifest() }
        do throws(IngestError) {
            let bytes = try FileSystem.readFile(at: layout.manifest)
            return try Manifest(fileBytes: bytes, path: layout.manifest)
        } catch {
            observer.noted("\(error.description); processing every source again")
            return Manifest()
        }
    }

    /// Removes what no source accounts for, which a killed run may have left: temporary files
    /// in the output folder and in `documents/`, and documents of sources that are gone.
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
