import Testing
@testable import IngestKit

@Suite struct ReportListTests {
    @Test func keepsTheFirstByPathInAnyOrderOfArrivalAndCountsAll() {
        var list = ReportList<SkippedPath>(limit: 3, path: \.path)
        for name in ["d", "b", "e", "a", "c", "f"] {
            list.insert(SkippedPath(path: name, reason: "r"))
        }
        #expect(list.elements.map(\.path) == ["a", "b", "c"])
        #expect(list.count == 6)
    }
}
