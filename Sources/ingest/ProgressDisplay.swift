import IngestKit
import Synchronization

/// The one-line progress display on a terminal, and the `path: reason` lines above it. On
/// anything but a terminal (cron, a pipe) only the `path: reason` lines are written.
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

    /// A display labelled `label` (`ingest`), drawn only when standard error is a terminal.
    init(label: String) {
        self.label = label
        enabled = Terminal.standardErrorIsTerminal
    }

    /// The observer that feeds this display.
    var observer: RunObserver {
        RunObserver(
            failed: { [self] error in line(error.description) },
            noted: { [self] note in line("\(label): \(note)") },
            progressed: { [self] done, total in draw(done: done, total: total) })
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
