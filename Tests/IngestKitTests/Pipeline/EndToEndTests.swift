import Foundation
import Testing
@testable import IngestKit

@Suite struct EndToEndTests {
    private let seeds = ["000_70bcdc7c8c775927.txt", "004_58d77d49344897f9.txt"]

    @Test func bothSeedsInInputBecomeDocumentsWithPathDerivedIds() throws {
        let folder = try TemporaryFolder()
        let report = try Ingestion.run(IngestOptions(input: packageRoot.appendingPathComponent("Input").path,
                                                     output: folder.url("Output").path, jobs: 2))
        #expect(report.failures.isEmpty)
        #expect(report.sources == 2 && report.new == 2)
        for seed in seeds {
            let id = String(SHA256.hex(of: Array(seed.utf8)).prefix(16))
            let object = try JSONSerialization.jsonObject(with: try folder.bytes("Output/documents/\(id).json")) as? [String: Any]
            #expect(object?["id"] as? String == id)
            let source = object?["source"] as? [String: Any]
            #expect(source?["path"] as? String == "Input/\(seed)")
            #expect(source?["bytes"] as? Int == (try Data(contentsOf: packageRoot.appendingPathComponent("Input/\(seed)"))).count)
            let body = try #require(object?["body"] as? [Any])
            #expect(!body.isEmpty)
        }
    }

    @Test func extractPrintsTheSameDocumentAsTheDataset() throws {
        let folder = try TemporaryFolder()
        _ = try Ingestion.run(IngestOptions(input: packageRoot.appendingPathComponent("Input").path,
                                            output: folder.url("Output").path, jobs: 1))
        let seedPath = packageRoot.appendingPathComponent("Input/\(seeds[0])").path
        let extracted = try Extraction.extract(file: seedPath, format: .json)
        let id = DocumentID.make(relativePath: seeds[0])
        #expect(Data(extracted) == (try folder.bytes("Output/documents/\(id).json")))
    }

    @Test func extractWritesOneFilePerInputNamedByStem() throws {
        let folder = try TemporaryFolder()
        let summary = try Extraction.run(paths: [packageRoot.appendingPathComponent("Input").path], format: .text,
                                         output: folder.url("texts").path, jobs: 2)
        #expect(summary.written == 2 && summary.failures.isEmpty)
        #expect(try folder.names(in: "texts") == seeds)
        let text = String(decoding: try folder.bytes("texts/\(seeds[1])"), as: UTF8.self)
        #expect(text.hasSuffix("\n") && !text.contains("\n\n"))
    }

    @Test func extractMirrorsTheTreeOfAFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("One\n\nText one.\n", to: "in/a/page.txt")
        try folder.write("Two\n\nText two.\n", to: "in/b/page.md")
        let summary = try Extraction.run(paths: [folder.url("in").path], format: .json, output: folder.url("out").path, jobs: 2)
        #expect(summary.written == 2 && summary.failures.isEmpty)
        #expect(try folder.names(in: "out") == ["a", "b"])
        #expect(try folder.names(in: "out/a") == ["page.json"])
        #expect(try folder.names(in: "out/b") == ["page.json"])
    }
}
