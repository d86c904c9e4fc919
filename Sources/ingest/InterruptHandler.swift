#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Logging
import IngestKit

/// Turns SIGINT (Ctrl-C) and SIGTERM into a cancellation of the run, which then stops cleanly
/// with the previous dataset in force; a second signal ends the process at once. It owns the
/// signal sources, hence a class; dropping it restores the default handling.
final class InterruptHandler {
    private static let signals = [SIGINT, SIGTERM]
    private let sources: [any DispatchSourceSignal]

    /// Starts listening for the signals.
    init(cancellation: RunCancellation, logger: Logger) {
        sources = Self.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if cancellation.isCancelled { _exit(ExitStatus.interrupted.rawValue) }
                cancellation.cancel()
                logger.warning("interrupted; finishing the documents in flight (signal again to stop at once)")
            }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
