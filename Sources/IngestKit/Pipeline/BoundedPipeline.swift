import Dispatch

/// Runs work items on a concurrent queue with at most `jobs` of them running at once, and
/// hands each result to a serial queue, with at most `2 × jobs` results alive between the two:
/// memory stays bounded however many items there are.
///
/// Results are delivered in completion order; whoever needs an order (the dataset, the
/// manifest) sorts by path or id afterwards, so the output never depends on timing.
enum BoundedPipeline {
    /// Calls `work(index)` for every index below `count` on up to `jobs` threads, and
    /// `deliver(index, result)` for each on one serial queue; returns when all are delivered.
    /// Stops starting new items once `shouldStop()` is true.
    static func run<Result: Sendable>(
        count: Int, jobs: Int,
        shouldStop: @Sendable () -> Bool = { false },
        work: @escaping @Sendable (Int) -> Result,
        deliver: @escaping @Sendable (Int, Result) -> Void
    ) {
        let workers = max(1, jobs)
        let processing = DispatchQueue(label: "ingest.process", attributes: .concurrent)
        let writing = DispatchQueue(label: "ingest.write")
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
                writing.async {
                    deliver(index, result)
                    inFlight.signal()
                    group.leave()
                }
            }
        }
        group.wait()
    }
}
