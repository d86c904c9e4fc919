/// One source on its way through a run: its crawl entry and what the last run's manifest says
/// of it (found by walking the manifest beside the crawl).
struct SourceItem: Sendable {
    var entry: CrawlEntry
    var previous: Manifest.Entry?
}

/// The part of a run that happens for one source outside the run's tally: on a worker, read
/// it, hash it and, when it changed, run the per-article stages and encode the document; on a
/// writing queue, write the document.
struct SourceWork: Sendable {
    let catalog: any SourceCatalog
    let layout: OutputLayout
    /// Whether the last run's entry of a source still holds.
    let rule: ChangeRule
    /// Marks the output as holding documents no committed dataset names yet, before the first
    /// is written; `nil` where nothing is committed (a test of the stages alone).
    var marker: RunMarker? = nil
    /// The pages of `.urls` lists, fetched ahead; `nil` when the run has no HTTP client.
    var web: WebSources? = nil

    /// Reads and processes one source, on a worker; its document is not written yet.
    func run(_ item: SourceItem) -> SourceRecord {
        if item.entry.listedIn != nil { return runFetched(item) }
        let readStart = ContinuousClock.now
        let source: Source
        do {
            source = try catalog.load(item.entry)
        } catch {
            return SourceRecord(item: item, outcome: .failed(error, sha256: nil, bytes: nil, processed: false),
                                readSeconds: StageTimes.seconds(since: readStart))
        }
        let sha256 = SHA256.hex(of: source.bytes)
        let readSeconds = StageTimes.seconds(since: readStart)
        if let kept = keptRecord(item, sha256: sha256, bytes: source.bytes.count, readSeconds: readSeconds) { return kept }
        return process(item, source: source, sha256: sha256, readSeconds: readSeconds)
    }

    /// The record of a source whose bytes hash to `sha256` when the last run's entry of it
    /// still holds: not processed again. `nil` when it must be processed.
    func keptRecord(_ item: SourceItem, sha256: String, bytes: Int, readSeconds: Double) -> SourceRecord? {
        guard let old = item.previous, rule.keepsRead(sha256: sha256, as: old) else { return nil }
        if let failure = old.failure(at: item.entry.displayPath) {
            return SourceRecord(item: item, outcome: .failed(failure, sha256: sha256, bytes: bytes, processed: false),
                                readSeconds: readSeconds)
        }
        if let lineBytes = old.datasetLineBytes ?? lineBytes(ofDocument: old.id) {
            return SourceRecord(item: item, outcome: .unchanged(sha256: sha256, bytes: bytes, lineBytes: lineBytes),
                                readSeconds: readSeconds)
        }
        return nil
    }

    /// Runs the per-article stages on a source read as `source`, whose bytes hash to `sha256`.
    func process(_ item: SourceItem, source: Source, sha256: String, readSeconds: Double) -> SourceRecord {
        let bytes = source.bytes.count
        let processStart = ContinuousClock.now
        do {
            let document = try ArticleProcessor.process(source, sha256: sha256)
            // The size of its dataset line is counted as the document is written, not by compacting it.
            let (json, compactCount) = JSONWriter.prettyMeasuringCompact(document.json)
            let outcome = SourceOutcome.document(id: document.id, sha256: sha256, bytes: bytes,
                                                 lineBytes: DatasetFile.lineBytes(ofCompactCount: compactCount), written: false)
            return SourceRecord(item: item, outcome: outcome, json: json, readSeconds: readSeconds,
                                processSeconds: StageTimes.seconds(since: processStart))
        } catch var error {
            // Named as the manifest names the source: for a page of an archive or a list, the
            // archive or list and the URL.
            error.path = item.entry.displayPath
            return SourceRecord(item: item, outcome: .failed(error, sha256: sha256, bytes: bytes, processed: true),
                                readSeconds: readSeconds, processSeconds: StageTimes.seconds(since: processStart))
        }
    }

    /// The size of the line in `dataset.jsonl` of the document in `documents/<id>.json`, for a
    /// manifest entry written before entries recorded it; `nil` when the file cannot be read.
    private func lineBytes(ofDocument id: String) -> Int? {
        (try? FileSystem.readFile(at: layout.document(id: id))).map(DatasetFile.lineBytes(ofDocument:))
    }

    /// Writes a document unless its file already holds the same bytes, so that a run which
    /// changes nothing rewrites nothing.
    ///
    /// Documents are not `fsync`ed one by one: the run syncs the file system once before it
    /// commits the dataset that names them (see `Ingestion`). Until then no committed manifest
    /// vouches for a document written this run, so one lost to a power cut is written again by
    /// the next run.
    /// - Returns: whether the file was written (`false`: it held these bytes already).
    /// - Throws: `RunError` (`.output`) when it cannot be written.
    func write(id: String, json: [UInt8]) throws(RunError) -> Bool {
        let path = layout.document(id: id)
        if rule.listing.contains(id: id), (try? FileSystem.readFile(at: path)) == json { return false }
        try RunError.onOutput { () throws(SystemError) in
            try marker?.markWriting()
            try atomicWrite(json, to: path, syncing: false)
        }
        return true
    }
}

extension SourceWork {
    /// How many sources may wait for an earlier one to finish before the crawl pauses. In a
    /// nightly run most sources pass the quick check and wait only for the few that changed
    /// before them; a wide window lets the crawl run far enough ahead to keep every worker busy
    /// with the changed ones (a waiting record is a few hundred bytes: about 1 MB in all).
    static let window = 4096

    /// How many documents are written at once: flushing to disk waits on the device, and
    /// concurrent flushes are committed together (see `BoundedPipeline`).
    static let writers = 4

    /// The pipeline every run's sources go through: read and processed on the workers, the
    /// document written on a writing queue, and the record handed to `emit` in the order the
    /// sources were submitted. It takes nothing more once `shouldStop()` is true.
    func pipeline(jobs: Int, shouldStop: @escaping @Sendable () -> Bool,
                  emit: @escaping @Sendable (SourceRecord) -> Void) -> BoundedPipeline<SourceItem, SourceRecord, SourceRecord> {
        BoundedPipeline(jobs: jobs, writers: Self.writers, window: Self.window, shouldStop: shouldStop,
                        work: { item in run(item) },
                        deliver: { _, record in deliver(record) },
                        emit: emit)
    }

    /// Writes the document of `record`, if it has one (on a writing queue), and lets go of its
    /// JSON.
    private func deliver(_ record: SourceRecord) -> SourceRecord {
        guard case .document(let id, let sha256, let bytes, let lineBytes, _) = record.outcome, let json = record.json else {
            return record
        }
        var delivered = record
        delivered.json = nil
        let writeStart = ContinuousClock.now
        do throws(RunError) {
            let written = try write(id: id, json: json)
            delivered.outcome = .document(id: id, sha256: sha256, bytes: bytes, lineBytes: lineBytes, written: written)
        } catch {
            delivered.outcome = .unwritable(error)
        }
        delivered.writeSeconds = StageTimes.seconds(since: writeStart)
        return delivered
    }
}
