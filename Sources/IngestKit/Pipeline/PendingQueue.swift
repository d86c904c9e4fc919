import Dispatch

/// A pending source of an incremental run: its place in the survey's list (by path), its
/// document's id, and the source.
struct PendingSource: Sendable {
    var position: Int
    var id: UInt64
    var item: SourceItem
}

/// The pending sources of an incremental run on their way to the pipeline: taken in the order
/// the survey finds them (by path) while it walks, so that the workers start at once, and in
/// order of id once it is done, so that the dataset, written in order of id beside the
/// workers, waits for them as little as possible. One thread takes at a time.
final class PendingQueue: Sendable {
    private struct State {
        var waiting: [PendingSource] = []
        var next = 0
        var isComplete = false
    }

    private let state = Locked(State())
    private let changed = DispatchSemaphore(value: 0)

    /// An empty queue.
    init() {}

    /// Adds a source the survey found.
    func append(_ source: PendingSource) {
        state.withLock { $0.waiting.append(source) }
        changed.signal()
    }

    /// Ends the survey: the sources not yet taken are sorted by id, or dropped when the survey
    /// gave up (`keeping` false).
    func complete(keeping: Bool) {
        state.withLock { state in
            if keeping {
                state.waiting[state.next...].sort { $0.id < $1.id }
            } else {
                state.waiting.removeSubrange(state.next...)
            }
            state.isComplete = true
        }
        changed.signal()
    }

    /// The next source, waiting for the survey to find one; `nil` once the survey is complete
    /// and every source was taken.
    func take() -> PendingSource? {
        while true {
            let (source, isComplete) = state.withLock { state -> (PendingSource?, Bool) in
                guard state.next < state.waiting.count else { return (nil, state.isComplete) }
                defer { state.next += 1 }
                return (state.waiting[state.next], state.isComplete)
            }
            if let source { return source }
            if isComplete { return nil }
            changed.wait()
        }
    }
}
