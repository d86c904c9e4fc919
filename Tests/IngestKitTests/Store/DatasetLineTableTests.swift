import Testing
@testable import IngestKit

@Suite struct DatasetLineTableTests {
    private func entry(_ id: UInt64, lineBytes: Int?, status: Manifest.Status = .ok) -> Manifest.Entry {
        Manifest.Entry(path: "Input/\(id).txt", id: DocumentID.text(id), sha256: "aa", status: status,
                       pipelineVersion: "1", datasetLineBytes: lineBytes)
    }

    @Test func linesStandWhereTheSmallerIDsEnd() {
        var table = DatasetLineTable()
        table.add(entry(30, lineBytes: 7))
        table.add(entry(10, lineBytes: 5))
        table.add(entry(20, lineBytes: nil, status: .failed))
        table.add(entry(25, lineBytes: 3))
        table.seal()
        #expect(table.isComplete && table.totalBytes == 15)
        var cursor = DatasetLineTable.Cursor(table)
        #expect(cursor.line(of: 10) == 0..<5)
        #expect(cursor.line(of: 20) == nil)
        #expect(cursor.line(of: 30) == 8..<15)
    }

    @Test func aDocumentWithoutItsLineSizeLeavesTheTableIncompleteAndEmpty() {
        var table = DatasetLineTable()
        table.add(entry(10, lineBytes: 5))
        table.add(entry(20, lineBytes: nil))
        table.seal()
        #expect(!table.isComplete && table.totalBytes == 0)
        var cursor = DatasetLineTable.Cursor(table)
        #expect(cursor.line(of: 10) == nil)
    }
}
