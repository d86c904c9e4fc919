/// Seconds spent in each stage of a run. The per-document stages (read, process, write) are
/// summed over all workers, so with several jobs they can add up to more than the wall time.
public struct StageTimes: Sendable, Equatable {
    /// Listing the input: the time spent in the walk itself, which runs interleaved with the
    /// processing of the sources it finds.
    public var crawl: Double = 0
    /// Reading sources' bytes and hashing them.
    public var read: Double = 0
    /// Decode, parse, clean and extract, as measured around `ArticleProcessor.process`, plus
    /// encoding the document as JSON.
    public var process: Double = 0
    /// Writing document files.
    public var write: Double = 0
    /// Writing `dataset.jsonl`, committing it with `manifest.json` (written entry by entry
    /// during the run), and removing documents of sources that are gone.
    public var finish: Double = 0
    /// The whole run, wall clock.
    public var total: Double = 0

    /// No time yet.
    public init() {}

    /// Seconds elapsed since `start`.
    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        let parts = elapsed.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
