import Synchronization

/// A request to stop a run early (Ctrl-C, `kill`): the run starts no new source, lets those in
/// flight finish, and returns without touching `dataset.jsonl` or `manifest.json`, so the
/// previous dataset stays the one in force and the next run completes the work. What waits on
/// something outside the process (a page's request) registers a handler that stops the wait.
public final class RunCancellation: Sendable {
    private let cancelled = Atomic<Bool>(false)
    /// The handlers to call on the request; `nil` once it was made.
    private let handlers = Mutex<[@Sendable () -> Void]?>([])

    /// A request not yet made.
    public init() {}

    /// Asks the run to stop, and calls the registered handlers.
    public func cancel() {
        let waiting = handlers.withLock { handlers in
            defer { handlers = nil }
            cancelled.store(true, ordering: .relaxed)
            return handlers ?? []
        }
        for handler in waiting { handler() }
    }

    /// Whether the run was asked to stop.
    public var isCancelled: Bool {
        cancelled.load(ordering: .relaxed)
    }

    /// Calls `handler` when the run is asked to stop: at once when it was already asked.
    func onCancel(_ handler: @escaping @Sendable () -> Void) {
        let callNow = handlers.withLock { handlers in
            guard handlers != nil else { return true }
            handlers?.append(handler)
            return false
        }
        if callNow { handler() }
    }
}
