import Foundation
import Testing
@testable import IngestKit

@Suite struct BoundedPipelineTests {
    @Test(arguments: [1, 2])
    func deliversEveryItemOnceAndRunsAtMostJobsAtOnce(jobs: Int) {
        let running = Locked((now: 0, most: 0))
        let delivered = Locked([Int]())
        BoundedPipeline.run(
            count: 100, jobs: jobs,
            work: { index in
                running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                usleep(2_000)
                running.withLock { $0.now -= 1 }
                return index
            },
            deliver: { index, result in delivered.withLock { $0.append(result * 1000 + index) } })
        #expect(delivered.value.sorted() == (0..<100).map { $0 * 1001 })
        #expect(running.value.most <= jobs)
    }

    @Test func stopsStartingItemsOnceAskedTo() {
        let delivered = Locked(0)
        BoundedPipeline.run(
            count: 1000, jobs: 1,
            shouldStop: { delivered.value >= 5 },
            work: { $0 },
            deliver: { _, _ in delivered.withLock { $0 += 1 } })
        #expect(delivered.value < 1000)
    }
}
