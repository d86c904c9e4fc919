import IngestKit
import Logging
import Synchronization

/// The one-line progress display on a terminal, and the log lines above it. On anything but a
/// terminal (cron, a pipe), or when told not to show progress, only the log lines are written.
final class ProgressDisplay: Sendable {
    private struct State {
        var lastDraw: ContinuousClock.Instant?
        var showing = false
    }

    /// Redraws at most this often, so that a large corpus does not flood the terminal.
    private static let redrawInterval = Duration.milliseconds(100)

    private let enabled: Bool
    private let label: String
    private let state = Mutex(State())

    /// A display labelled `label` (`ingest`), drawn only when standard error is a terminal and
    /// `showsProgress`.
    init(label: String, showsProgress: Bool = true) {
        self.label = label
        enabled = showsProgress && Terminal.standardErrorIsTerminal
    }

    /// The observer that feeds this display and `logger`: a failed source is an error event,
    /// a note a warning, and each source done a debug event.
    func observer(logging logger: Logger) -> RunObserver {
        RunObserver(
            failed: { error in logger.error("\(error.description)") },
            noted: { note in logger.warning("\(note)") },
            progressed: { [self] done, total in
                logger.debug("\(done)\(total.map { " of \($0)" } ?? "") sources done")
                draw(done: done, total: total)
            })
    }

    /// Writes a line above the progress display.
    func line(_ text: String) {
        state.withLock { state in
            if state.showing { Terminal.error("\r\u{1B}[K") }
            Terminal.error(text + "\n")
            state.lastDraw = nil
        }
    }

    /// Removes the progress display.
    func clear() {
        state.withLock { state in
            if state.showing { Terminal.error("\r\u{1B}[K") }
            state.showing = false
        }
    }

    /// Draws `done/total sources processed`, or `done sources done` when the total is not known.
    private func draw(done: Int, total: Int?) {
        guard enabled else { return }
        state.withLock { state in
            let now = ContinuousClock.now
            if let last = state.lastDraw, now - last < Self.redrawInterval, done < total ?? Int.max { return }
            state.lastDraw = now
            state.showing = true
            let text = total.map { "\(done)/\($0) sources processed" } ?? "\(done) sources done"
            Terminal.error("\r\u{1B}[K\(label): \(text)")
        }
    }
}
