import Foundation
import Testing
@testable import IngestKit

@Suite struct DatasetReaderTests {
    private static func document(_ id: String, title: String?) -> Document {
        Document(id: id, source: .init(path: "Input/\(id).txt", url: nil, format: .html, sha256: String(repeating: "a", count: 64),
                                       bytes: 12, encoding: "windows-1252"),
                 language: "de", title: title,
                 body: [.heading("Titel", level: 1), .paragraph("Absatz"),
                        .list([ListItem(text: "a", items: [ListItem(text: "a1")])], ordered: true)],
                 items: [.treatments: [Item(name: "Ruhe", detail: nil, forCause: "Überlastung", section: "Behandlung")]],
                 removed: [RemovedBlock(kind: .imageRequest, text: "Bild anfragen")], pipelineVersion: "7")
    }

    private func readBack(_ lines: String) throws -> [(Int, Result<Document, DatasetReader.LineError>)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-reader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(lines.utf8).write(to: folder.appendingPathComponent("dataset.jsonl"))
        var read: [(Int, Result<Document, DatasetReader.LineError>)] = []
        try DatasetReader.forEachDocument(inDataset: folder.path) { read.append(($0, $1)) }
        return read
    }

    @Test func aDocumentReadsBackAsItWasWritten() throws {
        let documents = [Self.document("0000000000000001", title: "Titel"), Self.document("0000000000000002", title: nil)]
        let lines = documents.map { String(decoding: JSONWriter.compact($0.json), as: UTF8.self) + "\n" }.joined()
        let read = try readBack(lines)
        #expect(read.map(\.0) == [1, 2])
        #expect(try read.map { try $0.1.get() } == documents)
    }

    @Test func aLineThatIsNotADocumentIsNamedAndTheNextIsStillRead() throws {
        let good = String(decoding: JSONWriter.compact(Self.document("0000000000000003", title: "T").json), as: UTF8.self)
        let read = try readBack("{\"id\":\"x\"}\nnot json\n" + good)
        #expect(read.count == 3)
        guard case .failure(let missing) = read[0].1, case .failure(let garbage) = read[1].1 else {
            Issue.record("the first two lines were read as documents")
            return
        }
        #expect(missing.line == 1 && missing.reason.contains("source"))
        #expect(garbage.line == 2 && garbage.reason == "not JSON")
        #expect((try? read[2].1.get())?.id == "0000000000000003")
    }

    @Test func aFolderWithoutADatasetIsAnInputError() {
        #expect(throws: RunError.self) {
            try DatasetReader.forEachDocument(inDataset: "/nonexistent/ingest-dataset") { _, _ in }
        }
    }
}
