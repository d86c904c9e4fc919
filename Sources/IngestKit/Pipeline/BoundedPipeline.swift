import Dispatch

/// Runs work items on a concurrent queue with at most `jobs` of them running at once, and
/// hands each result to one of `writers` serial queues, with at most `2 × jobs` items alive
/// from the start of their work to the end of their delivery: memory stays bounded however
/// many items there are.
///
/// Several serial writing queues rather than one, because writing a file durably waits on the
/// disk (`fsync`), and the disk commits concurrent flushes together: four writers flush about
/// three times as many files per second as one. Serial queues get their own threads from
/// Dispatch, so a writer waiting on the disk never takes a worker's core.
///
/// Results are delivered in completion order; whoever needs an order (the dataset, the
/// manifest) sorts by path or id afterwards, so the output never depends on timing.
enum BoundedPipeline {
    /// Calls `work(index)` for every index below `count` on up to `jobs` threads, and
    /// `deliver(index, result)` for each on one of `writers` serial queues (so `deliver` must
    /// be safe to call concurrently when `writers` > 1); returns when all are delivered.
    /// Stops starting new items once `shouldStop()` is true.
    static func run<Result: Sendable>(
        count: Int, jobs: Int, writers: Int = 1,
        shouldStop: @Sendable () -> Bool = { false },
        work: @escaping @Sendable (Int) -> Result,
        deliver: @escaping @Sendable (Int, Result) -> Void
    ) {
        let workers = max(1, jobs)
        let processing = DispatchQueue(label: "ingest.process", attributes: .concurrent)
        let writing = (0..<max(1, writers)).map { DispatchQueue(label: "ingest.write.\($0)") }
        let running = DispatchSemaphore(value: workers)
        let inFlight = DispatchSemaphore(value: 2 * workers)
        let group = DispatchGroup()
        for index in 0..<count {
            inFlight.wait()
            running.wait()
            if shouldStop() {
                running.signal()
                inFlight.signal()
                break
            }
            group.enter()
            processing.async {
                let result = work(index)
                running.signal()
                writing[index % writing.count].async {
                    deliver(index, result)
                    inFlight.signal()
                    group.leave()
                }
            }
        }
        group.wait()
    }
}
