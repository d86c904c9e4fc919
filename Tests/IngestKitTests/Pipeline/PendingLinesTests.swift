import Dispatch
import Foundation
import Testing
@testable import IngestKit

@Suite struct PendingLinesTests {
    @Test func aWaitEndsWhenTheLineIsSettledOnAnotherThread() {
        let lines = PendingLines()
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(20)) {
            lines.settle(2, as: .absent)
            lines.settle(1, as: .document)
        }
        #expect(lines.wait(for: 1) == .document)
        #expect(lines.wait(for: 2) == .absent)
    }

    @Test func closingEndsTheWaitForALineNeverSettled() {
        let lines = PendingLines()
        lines.settle(1, as: .previous)
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(20)) { lines.close() }
        #expect(lines.wait(for: 3) == nil)
        #expect(lines.wait(for: 1) == .previous)
    }

    /// The dataset of a plan written beside the workers: kept lines copied from the previous
    /// dataset, the processed document read back once its line is settled, a failed one left out.
    @Test func theConcurrentBuildWaitsForEachProcessedLineInItsTurn() throws {
        let folder = try TemporaryFolder()
        let layout = OutputLayout(folder: folder.url("Output").path)
        try FileSystem.createDirectory(layout.documents)
        let kept = [UInt64(0x10), 0x30].map { id in "{\"id\":\"\(DocumentID.text(id))\",\"title\":\"kept\"}\n" }
        try folder.write(kept.joined(), to: "Output/dataset.jsonl")
        try folder.write("{\n  \"id\": \"\(DocumentID.text(0x20))\",\n  \"title\": \"new\"\n}\n",
                         to: "Output/documents/\(DocumentID.text(0x20)).json")
        var planned = DatasetIndex()
        planned.add(0x30, processed: false)
        planned.add(0x20, processed: true)
        planned.add(0x10, processed: false)
        planned.add(0x25, processed: true)
        planned.seal()
        var recorded = DatasetLineTable()
        for (id, line) in zip([UInt64(0x10), 0x30], kept) {
            recorded.add(Manifest.Entry(path: "Input/\(id)", id: DocumentID.text(id), sha256: "aa", status: .ok,
                                        pipelineVersion: "1", datasetLineBytes: line.utf8.count))
        }
        recorded.seal()
        let lines = PendingLines()
        let build = ConcurrentDatasetBuild(planned, layout: layout, recorded: recorded, lines: lines)
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(20)) {
            lines.settle(0x25, as: .absent)
            lines.settle(0x20, as: .document)
        }
        let file = try build.finished()
        try file.commit()
        let expected = kept[0] + "{\"id\":\"\(DocumentID.text(0x20))\",\"title\":\"new\"}\n" + kept[1]
        #expect(String(decoding: try folder.bytes("Output/dataset.jsonl"), as: UTF8.self) == expected)
    }
}
