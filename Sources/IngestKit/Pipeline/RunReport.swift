/// What one `ingest` run did, written to `report.json` and summed up on the last line the
/// command prints.
public struct RunReport: Sendable, Equatable {
    /// Sources found in the input.
    public var sources = 0
    /// Documents written for sources the last run did not have.
    public var new = 0
    /// Documents rewritten because their content changed.
    public var changed = 0
    /// Sources whose document was already up to date, and was not rewritten.
    public var unchanged = 0
    /// Documents removed because their source is gone.
    public var removed = 0
    /// Sources that could not become a document (see `failures`).
    public var failed = 0
    /// Paths passed over (see `skipped`).
    public var skippedCount = 0
    /// Sources that went through the per-article stages this run.
    public var processed = 0
    /// The first `listLimit` failures by path, sorted by path (`failed` counts them all).
    public var failures: [SourceFailure] = []
    /// The first `listLimit` paths passed over, sorted by path (`skippedCount` counts them all).
    public var skipped: [SkippedPath] = []
    /// Time per stage.
    public var times = StageTimes()
    /// Whether `dataset.jsonl` was rebuilt.
    public var datasetRewritten = false
    /// How many workers ran.
    public var jobs = 1
    /// Whether the manifest was ignored (`--full`).
    public var full = false
    /// Whether the run was cancelled before it finished; `dataset.jsonl` and `manifest.json`
    /// were then left as they were.
    public var interrupted = false

    /// How many failures and skipped paths the report lists at most, so that its size does
    /// not grow with the corpus.
    public static let listLimit = 1_000

    /// An empty report.
    public init() {}

    /// Documents processed per second of wall time.
    public var documentsPerSecond: Double {
        times.total > 0 ? Double(processed) / times.total : 0
    }

    /// The one line a run ends with: `2 sources: 0 new, 0 changed, 2 unchanged, 0 removed, 0 failed, 0 skipped in 0.01 s`.
    public var summary: String {
        let seconds = JSONValue.fixed(times.total, decimals: 2)
        let shown: String
        if case .number(let text) = seconds { shown = text } else { shown = "0" }
        let prefix = interrupted ? "interrupted: " : ""
        return prefix + "\(sources) source\(sources == 1 ? "" : "s"): \(new) new, \(changed) changed, \(unchanged) unchanged, \(removed) removed, "
            + "\(failed) failed, \(skippedCount) skipped in \(shown) s"
    }
}
