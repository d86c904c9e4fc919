import Testing
@testable import IngestKit

@Suite struct RunCancellationTests {
    @Test func handlersAreCalledOnceWhenTheRunIsCancelledAndAtOnceAfterwards() {
        let cancellation = RunCancellation()
        let calls = Locked<[String]>([])
        cancellation.onCancel { calls.withLock { $0.append("before") } }
        #expect(calls.value.isEmpty && !cancellation.isCancelled)
        cancellation.cancel()
        cancellation.cancel()
        #expect(calls.value == ["before"] && cancellation.isCancelled)
        cancellation.onCancel { calls.withLock { $0.append("after") } }
        #expect(calls.value == ["before", "after"])
    }
}
