import Synchronization

/// A request to stop a run early (Ctrl-C, `kill`): the run starts no new source, lets those in
/// flight finish, and returns without touching `dataset.jsonl` or `manifest.json`, so the
/// previous dataset stays the one in force and the next run completes the work.
public final class RunCancellation: Sendable {
    private let cancelled = Atomic<Bool>(false)

    /// A request not yet made.
    public init() {}

    /// Asks the run to stop.
    public func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    /// Whether the run was asked to stop.
    public var isCancelled: Bool {
        cancelled.load(ordering: .relaxed)
    }
}
