/// What became of one source in a run: the one answer a worker gives, the tally counts and the
/// dataset writer follows.
public enum SourceOutcome: Sendable, Equatable {
    /// The quick check kept its manifest entry (a document, or a failure the same bytes meet
    /// again): the source was not read.
    case kept
    /// It could not be read or processed; `processed` when it went through the per-article
    /// stages (not when it could not be read, or its failure was remembered).
    case failed(SourceFailure, sha256: String?, bytes: Int?, processed: Bool)
    /// Its bytes are those recorded and its document is there: not processed. Its line in
    /// `dataset.jsonl` takes `lineBytes`.
    case unchanged(sha256: String, bytes: Int, lineBytes: Int)
    /// It was processed into document `id`, whose line in `dataset.jsonl` takes `lineBytes`;
    /// `written` once its file was written (false while it is not, or when the file already
    /// held these bytes).
    case document(id: String, sha256: String, bytes: Int, lineBytes: Int, written: Bool)
    /// Its document could not be written: the run stops.
    case unwritable(RunError)
    /// A listed page its server says is gone (404, 410): like a deleted file, it has no
    /// document and no manifest entry any more.
    case gone
    /// A listed page that could not be fetched this time: the failure is reported, and the
    /// document and manifest entry of its last good copy stand.
    case stale(SourceFailure)

    /// Where the source's line in `dataset.jsonl` comes from.
    public enum DatasetLine: Sendable {
        /// Its document file, written or confirmed this run.
        case document
        /// The previous dataset: the source is as the last run left it.
        case previous
        /// Nowhere: the dataset does not hold it.
        case absent
    }

    /// Where the source's line in `dataset.jsonl` comes from.
    public var datasetLine: DatasetLine {
        switch self {
        case .document: .document
        case .unchanged, .kept, .stale: .previous
        case .failed, .unwritable, .gone: .absent
        }
    }
}
