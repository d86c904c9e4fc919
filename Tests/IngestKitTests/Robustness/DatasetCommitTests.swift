import Foundation
import Testing
@testable import IngestKit

/// `dataset.jsonl` and `manifest.json` change together or not at all, whenever a run is killed.
@Suite struct DatasetCommitTests {
    /// Stages new `dataset.jsonl` and `manifest.json` in `folder` and writes their commit record,
    /// as a run does just before renaming them; the writers are handed over as after the record.
    private func stageAndRecord(in folder: String, dataset: String, manifest: String) throws -> [String] {
        var lines: [String] = []
        var staged: [String] = []
        for (name, text) in [("dataset.jsonl", dataset), ("manifest.json", manifest)] {
            let writer = try AtomicFileWriter(path: FileSystem.join(folder, name))
            try writer.append(Array(text.utf8))
            try writer.stage()
            let temporary = writer.handOver()
            staged.append(temporary)
            lines.append("\(temporary)\t\(name)\n")
        }
        try atomicWrite(Array(lines.joined().utf8), to: FileSystem.join(folder, DatasetCommit.recordName))
        return staged
    }

    @Test func aCommitRenamesEveryFileAndLeavesNoRecord() throws {
        let folder = try TemporaryFolder()
        try folder.write("old dataset", to: "dataset.jsonl")
        try folder.write("old manifest", to: "manifest.json")
        let dataset = try AtomicFileWriter(path: folder.url("dataset.jsonl").path)
        try dataset.append(Array("new dataset".utf8))
        let manifest = try AtomicFileWriter(path: folder.url("manifest.json").path)
        try manifest.append(Array("new manifest".utf8))
        try DatasetCommit.commit([dataset, manifest], in: folder.path)
        #expect(try folder.names(in: "") == ["dataset.jsonl", "manifest.json"])
        #expect(try folder.bytes("dataset.jsonl") == Data("new dataset".utf8))
        #expect(try folder.bytes("manifest.json") == Data("new manifest".utf8))
    }

    @Test func aKillAfterTheFirstRenameIsCompletedByRecovery() throws {
        let folder = try TemporaryFolder()
        try folder.write("old dataset", to: "dataset.jsonl")
        try folder.write("old manifest", to: "manifest.json")
        let staged = try stageAndRecord(in: folder.path, dataset: "new dataset", manifest: "new manifest")
        // The kill: dataset.jsonl is in place, manifest.json is not.
        try #require(rename(folder.url(staged[0]).path, folder.url("dataset.jsonl").path) == 0)
        try DatasetCommit.recover(in: folder.path)
        #expect(try folder.names(in: "") == ["dataset.jsonl", "manifest.json"])
        #expect(try folder.bytes("dataset.jsonl") == Data("new dataset".utf8))
        #expect(try folder.bytes("manifest.json") == Data("new manifest".utf8))
    }

    @Test func aKillBeforeTheRecordLeavesThePreviousFilesInForce() throws {
        let folder = try TemporaryFolder()
        try folder.write("old dataset", to: "dataset.jsonl")
        try folder.write("old manifest", to: "manifest.json")
        let writer = try AtomicFileWriter(path: folder.url("dataset.jsonl").path)
        try writer.append(Array("new dataset".utf8))
        try writer.stage()
        _ = writer.handOver() // as if the process died here: the staged file stays
        try DatasetCommit.recover(in: folder.path)
        #expect(try folder.bytes("dataset.jsonl") == Data("old dataset".utf8))
        #expect(try folder.bytes("manifest.json") == Data("old manifest".utf8))
    }

    @Test func theNextRunReplaysARecordThenCompletesTheDataset() throws {
        let folder = try TemporaryFolder()
        try folder.write(BadInputRun.goodArticle, to: "Input/a.txt")
        let options = IngestOptions(input: folder.url("Input").path, output: folder.url("Output").path, jobs: 1)
        _ = try Ingestion.run(options)
        let clean = try ["dataset.jsonl", "manifest.json"].map { try folder.bytes("Output/" + $0) }
        let staged = try stageAndRecord(in: folder.url("Output").path, dataset: "", manifest: "{\"format\": 1, \"sources\": []}\n")
        try #require(rename(folder.url("Output/" + staged[0]).path, folder.url("Output/dataset.jsonl").path) == 0)
        _ = try Ingestion.run(options)
        #expect(try ["dataset.jsonl", "manifest.json"].map { try folder.bytes("Output/" + $0) } == clean)
        #expect(try folder.names(in: "Output") == [".commit-stamp", ".source-stamps", "dataset.jsonl", "documents", "manifest.json", "report.json"])
    }
}
