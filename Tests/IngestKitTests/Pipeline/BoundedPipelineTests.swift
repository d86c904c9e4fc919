import Foundation
import Testing
@testable import IngestKit

@Suite struct BoundedPipelineTests {
    @Test(arguments: [1, 2])
    func emitsEveryItemOnceInSubmissionOrderAndRunsAtMostJobsAtOnce(jobs: Int) {
        let running = Locked((now: 0, most: 0))
        let emitted = Locked([Int]())
        let pipeline = BoundedPipeline<Int, Int, Int>(
            jobs: jobs, writers: 4, window: 8,
            work: { item in
                running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                usleep(UInt32((item * 7919) % 5) * 500)
                running.withLock { $0.now -= 1 }
                return item * 1000
            },
            deliver: { item, outcome in outcome + item },
            emit: { record in emitted.withLock { $0.append(record) } })
        for item in 0..<100 {
            #expect(item % 3 == 0 ? pipeline.submit(record: item * 1001) : pipeline.submit(item))
        }
        pipeline.finish()
        #expect(emitted.value == (0..<100).map { $0 * 1001 })
        #expect(running.value.most <= jobs)
    }

    @Test func stopsStartingItemsOnceAskedTo() {
        let emitted = Locked(0)
        let pipeline = BoundedPipeline<Int, Int, Int>(
            jobs: 1, shouldStop: { emitted.value >= 5 },
            work: { $0 }, deliver: { $1 }, emit: { _ in emitted.withLock { $0 += 1 } })
        var submitted = 0
        for item in 0..<1000 {
            guard pipeline.submit(item) else { break }
            submitted += 1
        }
        pipeline.finish()
        #expect(submitted < 1000)
        // Items in flight when it stopped finish (with one job and one writer, at most three);
        // those still waiting for a worker are dropped.
        #expect(emitted.value >= 5 && emitted.value <= 5 + 3)
    }
}
