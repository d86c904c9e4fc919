import Dispatch

import Foundation

/// Where the fetching of a run's pages runs: serial Dispatch queues of its own, one per core,
/// never Swift's cooperative pool. A run blocks threads (its workers wait for pages in
/// `WebSources.take`, and `Ingestion.run` is synchronous); when it is itself called from the
/// cooperative pool, whose threads are as many as the cores, the requests it waits for could
/// find no thread to run on. Serial queues each get a thread of their own, so they always do.
/// The requests' bytes move on the HTTP client's threads; what runs here is each page's hash
/// and compression, spread over the queues in turn.
final class FetchExecutor: TaskExecutor, Sendable {
    private let queues: [DispatchQueue]
    private let next = Locked(0)

    /// The executor every run's fetching shares.
    static let shared = FetchExecutor()

    private init() {
        queues = (0..<max(1, ProcessInfo.processInfo.activeProcessorCount)).map { DispatchQueue(label: "ingest.fetch.\($0)") }
    }

    /// Runs `job` on the next queue.
    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let queue = next.withLock { next in
            defer { next = (next + 1) % queues.count }
            return queues[next]
        }
        queue.async {
            job.runSynchronously(on: self.asUnownedTaskExecutor())
        }
    }
}
