import Dispatch

/// Where the fetching of a run's pages runs: a serial Dispatch queue of its own, never Swift's
/// cooperative pool. A run blocks threads (its workers wait for pages in `WebSources.take`, and
/// `Ingestion.run` is synchronous); when it is itself called from the cooperative pool, whose
/// threads are as many as the cores, the requests it waits for could find no thread to run on.
/// On a queue of its own they always do. The work done there is small: the requests' bytes
/// move on the HTTP client's own threads, and a page is hashed and compressed once.
final class FetchExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "ingest.fetch")

    /// The executor every run's fetching shares.
    static let shared = FetchExecutor()

    private init() {}

    /// Runs `job` on the queue.
    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async {
            job.runSynchronously(on: self.asUnownedTaskExecutor())
        }
    }
}
