import Synchronization
import Testing
@testable import IngestKit

@Suite struct BoundedPipelineTests {
    @Test func deliversEveryItemOnceAndRunsAtMostJobsAtOnce() {
        let running = Locked((now: 0, most: 0))
        let delivered = Locked([Int]())
        BoundedPipeline.run(
            count: 200, jobs: 3,
            work: { index in
                running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                var sum = 0
                for value in 0..<(index * 100) { sum &+= value }
                running.withLock { $0.now -= 1 }
                return index + (sum == -1 ? 1 : 0)
            },
            deliver: { index, result in delivered.withLock { $0.append(result * 1000 + index) } })
        #expect(delivered.value.sorted() == (0..<200).map { $0 * 1001 })
        #expect(running.value.most <= 3)
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
