import Dispatch

/// Where the line in `dataset.jsonl` of each pending source comes from, learnt as the workers
/// finish them: an incremental run writes the dataset while the sources are processed, and
/// waits here for each of them in its turn.
final class PendingLines: Sendable {
    private struct State {
        var lines: [UInt64: SourceOutcome.DatasetLine] = [:]
        var isClosed = false
    }

    private let state = Locked(State())
    private let arrived = DispatchSemaphore(value: 0)

    /// No line known yet.
    init() {}

    /// Records where the line of document `id` comes from.
    func settle(_ id: UInt64, as line: SourceOutcome.DatasetLine) {
        state.withLock { $0.lines[id] = line }
        arrived.signal()
    }

    /// Ends the waiting: no more lines will be settled (the run stopped).
    func close() {
        state.withLock { $0.isClosed = true }
        arrived.signal()
    }

    /// Waits until the line of document `id` is settled, then says where it comes from; `nil`
    /// when the run stopped before. One thread waits at a time.
    func wait(for id: UInt64) -> SourceOutcome.DatasetLine? {
        while true {
            let (line, isClosed) = state.withLock { ($0.lines[id], $0.isClosed) }
            if let line { return line }
            if isClosed { return nil }
            arrived.wait()
        }
    }
}
