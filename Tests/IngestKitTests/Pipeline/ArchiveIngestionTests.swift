import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import IngestKit

/// Runs over an input folder holding a WARC archive: one document per page, incremental like files.
@Suite struct ArchiveIngestionTests {
    private let topics = ["Cramps", "Headache", "Back pain", "Insomnia", "Fever"]

    /// The archive of one page per topic (`changed` gives a topic other words), with a request
    /// record and a 404 between them.
    private func archive(changing changed: String? = nil) throws -> [UInt8] {
        var records = [WARCFixture.warcinfo]
        for topic in topics {
            let url = "https://health.example/" + topic.lowercased().replacingOccurrences(of: " ", with: "-")
            let title = topic == changed ? topic + " revised" : topic
            records.append(WARCFixture.record(type: "request", uri: url, block: Array("GET / HTTP/1.1\r\n\r\n".utf8)))
            records.append(try WARCFixture.response(url, body: WARCFixture.article(title), chunked: topic == "Fever"))
        }
        records.append(try WARCFixture.response("https://health.example/gone", body: "gone", status: 404))
        return try WARCFixture.archive(records, layout: .gzipPerRecord)
    }

    private func run(_ folder: TemporaryFolder, jobs: Int = 2, full: Bool = false) throws -> RunReport {
        try Ingestion.run(IngestOptions(input: folder.url("Input").path, output: folder.url("Output").path, jobs: jobs, full: full))
    }

    private func writeArchive(_ bytes: [UInt8], in folder: TemporaryFolder) throws {
        let file = folder.url("Input/crawl.warc.gz")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    @Test func anArchiveIsReadOnceThenKeptUntilItChangesAndThenOnlyItsChangedPagesAreProcessed() throws {
        let folder = try TemporaryFolder()
        try writeArchive(try archive(), in: folder)
        try folder.write("# Notes\n\nA paragraph about sleep and rest for everyone.\n", to: "Input/notes.md")
        let first = try run(folder)
        #expect(first.new == topics.count + 1 && first.failed == 0)
        #expect(first.skippedCount == topics.count + 2)
        // The decompressed copy the crawl made is gone with the run.
        #expect(try folder.names(in: "Output").allSatisfy { !$0.hasPrefix(".ingest-tmp-") })

        let manifest = try String(decoding: folder.bytes("Output/manifest.json"), as: UTF8.self)
        #expect(manifest.contains("\"path\":\"Input/crawl.warc.gz/https://health.example/cramps\""))
        #expect(manifest.contains("\"offset\":"))
        let lines = manifest.split(separator: "\n")
        #expect(lines.filter { $0.contains("\"offset\":") }.count == topics.count)
        #expect(lines.first { $0.contains("notes.md") }?.contains("offset") == false)
        let id = DocumentID.make(relativePath: "", url: "https://health.example/cramps")
        let document = try #require(try JSONSerialization.jsonObject(with: folder.bytes("Output/documents/\(id).json")) as? [String: Any])
        let source = try #require(document["source"] as? [String: Any])
        #expect(source["path"] as? String == "Input/crawl.warc.gz")
        #expect(source["url"] as? String == "https://health.example/cramps")

        // The same size and time, other bytes: a run that reads the archive would fail its pages.
        let file = folder.url("Input/crawl.warc.gz")
        var status = stat()
        #expect(stat(file.path, &status) == 0)
        let original = try Data(contentsOf: file)
        try Data(repeating: 0, count: original.count).write(to: file)
        #expect(utimensat(AT_FDCWD, file.path, [status.st_atim, status.st_mtim], 0) == 0)
        let second = try run(folder)
        #expect(second.processed == 0 && second.unchanged == topics.count + 1 && second.changed == 0 && second.failed == 0)
        #expect(second.skippedCount == first.skippedCount)
        #expect(try String(decoding: folder.bytes("Output/manifest.json"), as: UTF8.self) == manifest)
        try original.write(to: file)

        Thread.sleep(forTimeInterval: 0.02)
        try writeArchive(try archive(changing: "Headache"), in: folder)
        let third = try run(folder)
        #expect(third.processed == 1 && third.changed == 1 && third.unchanged == topics.count)
        #expect(third.new == 0 && third.removed == 0 && third.failed == 0)
    }

    @Test func theDatasetIsTheSameBytesWhateverTheJobs() throws {
        let folder = try TemporaryFolder()
        try writeArchive(try archive(), in: folder)
        _ = try run(folder, jobs: 1, full: true)
        let one = try folder.bytes("Output/dataset.jsonl") + folder.bytes("Output/manifest.json")
        _ = try run(folder, jobs: 4, full: true)
        #expect(try folder.bytes("Output/dataset.jsonl") + folder.bytes("Output/manifest.json") == one)
    }

    @Test func aPageThatGoesFromTheArchiveIsRemoved() throws {
        let folder = try TemporaryFolder()
        try writeArchive(try archive(), in: folder)
        _ = try run(folder)
        var records = [WARCFixture.warcinfo]
        for topic in topics.dropLast() {
            let url = "https://health.example/" + topic.lowercased().replacingOccurrences(of: " ", with: "-")
            records.append(try WARCFixture.response(url, body: WARCFixture.article(topic)))
        }
        try writeArchive(try WARCFixture.archive(records, layout: .uncompressed), in: folder)
        let report = try run(folder)
        #expect(report.removed == 1 && report.processed == 0 && report.unchanged == topics.count - 1)
        #expect(try folder.names(in: "Output/documents").count == topics.count - 1)
    }
}
