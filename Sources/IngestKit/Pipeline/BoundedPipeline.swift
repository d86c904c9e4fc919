import Dispatch

/// Runs work items, submitted one by one as they are found, on a concurrent queue with at most
/// `jobs` of them running at once; hands each result to one of `writers` serial queues; and
/// passes what each delivery returns to `emit` in the order the items were submitted. Memory
/// stays bounded however many items there are: at most `4 × jobs` submitted items wait for a
/// worker, at most `2 × jobs + writers` items are alive from the start of their work to the end
/// of their delivery (a writer waiting on the disk holds one, and the workers must not wait for
/// it), and at most `window` delivered records wait for an earlier item before they are
/// emitted; `submit` blocks until there is room.
///
/// `submit` does not wait for a free worker: items wait in a queue of their own, started in
/// order as workers free up, so that whoever submits (a crawl that also passes most sources
/// through unchanged) goes on with its own work while every worker is busy.
///
/// Several serial writing queues rather than one, because writing a file durably waits on the
/// disk (`fsync`), and the disk commits concurrent flushes together: four writers flush about
/// three times as many files per second as one. Serial queues get their own threads from
/// Dispatch, so a writer waiting on the disk never takes a worker's core.
///
/// ```swift
/// let pipeline = BoundedPipeline<Int, Int, Int>(jobs: 2, work: { $0 * $0 }, deliver: { $1 }, emit: { print($0) })
/// for number in 0..<10 { _ = pipeline.submit(number) }
/// pipeline.finish() // printed 0, 1, 4, 9 … in this order
/// ```
final class BoundedPipeline<Work: Sendable, Outcome: Sendable, Record: Sendable>: Sendable {
    /// Records delivered out of order, waiting for the items submitted before them.
    private struct Order {
        var next = 0
        var submitted = 0
        /// `nil` for an item dropped before it started: its turn passes without a record.
        var waiting: [Int: Record?] = [:]
    }

    private let processing = DispatchQueue(label: "ingest.process", attributes: .concurrent)
    /// Starts the submitted items in order, each once a worker is free.
    private let starting = DispatchQueue(label: "ingest.start")
    private let writing: [DispatchQueue]
    private let queued: DispatchSemaphore
    private let running: DispatchSemaphore
    private let inFlight: DispatchSemaphore
    private let room: DispatchSemaphore
    private let group = DispatchGroup()
    private let order = Locked(Order())
    private let shouldStop: @Sendable () -> Bool
    private let work: @Sendable (Work) -> Outcome
    private let deliver: @Sendable (Work, Outcome) -> Record
    private let emit: @Sendable (Record) -> Void

    /// A pipeline of `jobs` workers and `writers` writing queues (so `deliver` must be safe to
    /// call concurrently when `writers` > 1). `emit` is called for one record at a time, in
    /// submission order. Once `shouldStop()` is true, `submit` takes nothing more.
    init(jobs: Int, writers: Int = 1, window: Int = 256,
         shouldStop: @escaping @Sendable () -> Bool = { false },
         work: @escaping @Sendable (Work) -> Outcome,
         deliver: @escaping @Sendable (Work, Outcome) -> Record,
         emit: @escaping @Sendable (Record) -> Void) {
        let workers = max(1, jobs)
        writing = (0..<max(1, writers)).map { DispatchQueue(label: "ingest.write.\($0)") }
        queued = DispatchSemaphore(value: 4 * workers)
        running = DispatchSemaphore(value: workers)
        inFlight = DispatchSemaphore(value: 2 * workers + writing.count)
        room = DispatchSemaphore(value: max(2 * workers, window))
        self.shouldStop = shouldStop
        self.work = work
        self.deliver = deliver
        self.emit = emit
    }

    /// Queues `item` to start once a worker is free; blocks only while the queue is full.
    /// - Returns: `false` when the pipeline stopped and the item was not taken. An item taken
    ///   is worked on, delivered and emitted, unless the pipeline stops before a worker starts
    ///   on it: then it is dropped, so that a stop waits only for the items in flight.
    func submit(_ item: Work) -> Bool {
        room.wait()
        queued.wait()
        guard !shouldStop() else {
            queued.signal()
            room.signal()
            return false
        }
        let sequence = order.withLock { order in
            defer { order.submitted += 1 }
            return order.submitted
        }
        group.enter()
        starting.async { [self] in
            inFlight.wait()
            running.wait()
            queued.signal()
            if shouldStop() {
                running.signal()
                inFlight.signal()
                arrived(nil, at: sequence)
                group.leave()
                return
            }
            processing.async { [self] in
                let outcome = work(item)
                running.signal()
                writing[sequence % writing.count].async { [self] in
                    let record = deliver(item, outcome)
                    inFlight.signal()
                    arrived(record, at: sequence)
                    group.leave()
                }
            }
        }
        return true
    }

    /// Passes `record` on to `emit` in its turn among the items, without work or delivery: for an
    /// item that needs no work (a source the manifest vouches for).
    /// - Returns: `false` when the pipeline stopped and the record was not taken.
    func submit(record: Record) -> Bool {
        room.wait()
        guard !shouldStop() else {
            room.signal()
            return false
        }
        let sequence = order.withLock { order in
            defer { order.submitted += 1 }
            return order.submitted
        }
        arrived(record, at: sequence)
        return true
    }

    /// Waits until every submitted item is emitted.
    func finish() {
        group.wait()
    }

    /// Emits `record` if its turn has come, then every waiting record whose turn follows.
    private func arrived(_ record: Record?, at sequence: Int) {
        let emitted = order.withLock { order in
            order.waiting[sequence] = .some(record)
            var count = 0
            while let next = order.waiting.removeValue(forKey: order.next) {
                if let next { emit(next) }
                order.next += 1
                count += 1
            }
            return count
        }
        for _ in 0..<emitted { room.signal() }
    }
}
