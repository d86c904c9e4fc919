/// What the run's tally learns of one source, in crawl order, once its document (if any) is
/// written: small, so that the records waiting for an earlier source to finish cost little.
/// The document's bytes are gone by then.
struct SourceRecord: Sendable {
    /// What became of the source.
    enum Result: Sendable {
        /// The quick check vouched for it (size and modification time as recorded): not read,
        /// and its manifest entry (a document, or a failure the same bytes meet again) stands.
        case kept
        /// It could not be read or processed; `processed` when it went through the
        /// per-article stages (not when it could not be read, or its failure was remembered).
        case failed(SourceFailure, sha256: String?, bytes: Int?, processed: Bool)
        /// Its bytes are those recorded and its document is there: not processed. Its line in
        /// `dataset.jsonl` takes `lineBytes`.
        case unchanged(sha256: String, bytes: Int, lineBytes: Int)
        /// It was processed, and writing its document did `write`; its line in `dataset.jsonl`
        /// takes `lineBytes`.
        case document(id: String, sha256: String, bytes: Int, lineBytes: Int, write: DocumentWrite)
    }

    var item: SourceItem
    var result: Result
    var readSeconds = 0.0
    var processSeconds = 0.0
    var writeSeconds = 0.0

    /// The record of a source the quick check vouched for.
    init(kept item: SourceItem) {
        self.item = item
        result = .kept
    }

    /// The record of a source that went to a worker: `write` is what writing its document did,
    /// for an outcome that is a document.
    init(item: SourceItem, outcome: SourceOutcome, write: DocumentWrite?, writeSeconds: Double) {
        self.item = item
        self.writeSeconds = writeSeconds
        switch outcome {
        case .failed(let error, let sha256, let bytes, let readSeconds, let processSeconds):
            result = .failed(error, sha256: sha256, bytes: bytes, processed: processSeconds != nil)
            self.readSeconds = readSeconds
            self.processSeconds = processSeconds ?? 0
        case .unchanged(let sha256, let bytes, let lineBytes, let readSeconds):
            result = .unchanged(sha256: sha256, bytes: bytes, lineBytes: lineBytes)
            self.readSeconds = readSeconds
        case .document(let id, _, let sha256, let bytes, let lineBytes, let readSeconds, let processSeconds):
            result = .document(id: id, sha256: sha256, bytes: bytes, lineBytes: lineBytes, write: write ?? .identical)
            self.readSeconds = readSeconds
            self.processSeconds = processSeconds
        }
    }
}
