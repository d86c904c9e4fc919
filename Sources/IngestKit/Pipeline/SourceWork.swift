/// What became of one source on a worker, before anything is written.
enum SourceOutcome: Sendable {
    /// The source could not be read or processed; `processSeconds` is `nil` when it failed
    /// without going through the per-article stages.
    case failed(SourceFailure, sha256: String?, bytes: Int?, readSeconds: Double, processSeconds: Double?)
    /// The bytes are those the manifest knows, and the document is there: nothing to do.
    /// `lineBytes` is the size of its line in `dataset.jsonl`.
    case unchanged(sha256: String, bytes: Int, lineBytes: Int, readSeconds: Double)
    /// A document to write, whose line in `dataset.jsonl` takes `lineBytes`.
    case document(id: String, json: [UInt8], sha256: String, bytes: Int, lineBytes: Int, readSeconds: Double,
                  processSeconds: Double)
}

/// What writing a document did.
enum DocumentWrite: Sendable {
    /// The file already held these bytes and was left alone.
    case identical
    /// The file was written.
    case written
    /// The file could not be written: the run stops.
    case failed(RunError)
}

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

    /// Reads and processes one source; `previous` is the last run's record of it.
    func run(_ entry: CrawlEntry, previous old: Manifest.Entry?) -> SourceOutcome {
        let readStart = ContinuousClock.now
        let source: Source
        do {
            source = try catalog.load(entry)
        } catch {
            return .failed(error, sha256: nil, bytes: nil, readSeconds: StageTimes.seconds(since: readStart), processSeconds: nil)
        }
        let sha256 = SHA256.hex(of: source.bytes)
        let readSeconds = StageTimes.seconds(since: readStart)
        if let old, rule.keepsRead(sha256: sha256, as: old) {
            if let failure = old.failure(at: entry.displayPath) {
                return .failed(failure, sha256: sha256, bytes: source.bytes.count, readSeconds: readSeconds,
                               processSeconds: nil)
            }
            if let lineBytes = old.datasetLineBytes ?? lineBytes(ofDocument: old.id) {
                return .unchanged(sha256: sha256, bytes: source.bytes.count, lineBytes: lineBytes,
                                  readSeconds: readSeconds)
            }
        }
        let processStart = ContinuousClock.now
        do {
            let document = try ArticleProcessor.process(source, sha256: sha256)
            let json = document.prettyJSON
            return .document(id: document.id, json: json, sha256: sha256, bytes: source.bytes.count,
                             lineBytes: DatasetFile.line(ofDocument: json).count, readSeconds: readSeconds,
                             processSeconds: StageTimes.seconds(since: processStart))
        } catch {
            return .failed(error, sha256: sha256, bytes: source.bytes.count, readSeconds: readSeconds,
                           processSeconds: StageTimes.seconds(since: processStart))
        }
    }

    /// The size of the line in `dataset.jsonl` of the document in `documents/<id>.json`, for a
    /// manifest entry written before entries recorded it; `nil` when the file cannot be read.
    private func lineBytes(ofDocument id: String) -> Int? {
        (try? FileSystem.readFile(at: layout.document(id: id))).map { DatasetFile.line(ofDocument: $0).count }
    }

    /// Writes a document unless its file already holds the same bytes, so that a run which
    /// changes nothing rewrites nothing.
    ///
    /// Documents are not `fsync`ed one by one: the run syncs the file system once before it
    /// commits the dataset that names them (see `Ingestion`). Until then no committed manifest
    /// vouches for a document written this run, so one lost to a power cut is written again by
    /// the next run.
    func write(id: String, json: [UInt8]) -> DocumentWrite {
        let path = layout.document(id: id)
        if rule.listing.contains(id: id), (try? FileSystem.readFile(at: path)) == json { return .identical }
        do {
            try marker?.markWriting()
            try atomicWrite(json, to: path, syncing: false)
            return .written
        } catch {
            return .failed(RunError(.output, error))
        }
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
                  emit: @escaping @Sendable (SourceRecord) -> Void) -> BoundedPipeline<SourceItem, SourceOutcome, SourceRecord> {
        BoundedPipeline(jobs: jobs, writers: Self.writers, window: Self.window, shouldStop: shouldStop,
                        work: { item in run(item.entry, previous: item.previous) },
                        deliver: { item, outcome in deliver(item, outcome) },
                        emit: emit)
    }

    /// Writes the document of a source's `outcome`, if it is one (on a writing queue).
    /// - Returns: what the tally learns of the source.
    private func deliver(_ item: SourceItem, _ outcome: SourceOutcome) -> SourceRecord {
        let writeStart = ContinuousClock.now
        guard case .document(let id, let json, _, _, _, _, _) = outcome else {
            return SourceRecord(item: item, outcome: outcome, write: nil, writeSeconds: 0)
        }
        let write = write(id: id, json: json)
        return SourceRecord(item: item, outcome: outcome, write: write, writeSeconds: StageTimes.seconds(since: writeStart))
    }
}
