import Foundation
import Testing
@testable import IngestKit

@Suite struct ManifestTests {
    private let entries: [Manifest.Entry] = [
        .init(path: "Input/a.txt", id: "1111111111111111", sha256: "ab", bytes: 3, modified: "1.000000001",
              status: .ok, pipelineVersion: "1", datasetLineBytes: 120),
        .init(path: "Input/b \"quoted\"\u{1}.txt", id: "2222222222222222", sha256: nil, bytes: nil, modified: "1.000000002",
              status: .failed, code: .empty, reason: "the file is empty", pipelineVersion: "1"),
    ]

    /// Writes `entries` as the manifest at `path` and puts it in place when it changed.
    /// - Returns: whether anything was written.
    @discardableResult
    private func write(_ entries: [Manifest.Entry], to path: String) throws -> Bool {
        var writer = try ManifestWriter(replacing: path)
        for entry in entries { try writer.append(entry) }
        guard let file = try writer.finish() else { return false }
        try file.commit()
        return true
    }

    private func read(_ path: String) throws -> [Manifest.Entry] {
        let reader = try ManifestReader(path: path)
        var read: [Manifest.Entry] = []
        while let entry = try reader.next() { read.append(entry) }
        return read
    }

    @Test func readsBackWhatItWrites() throws {
        let folder = try TemporaryFolder()
        let path = folder.url("manifest.json").path
        try write(entries, to: path)
        #expect(try read(path) == entries)
    }

    /// Thousands of entries and one larger than the reader's window: steps that the window
    /// ends inside of are read again once more of the file is in.
    @Test func readsBackAManifestManyTimesItsWindow() throws {
        let folder = try TemporaryFolder()
        let path = folder.url("manifest.json").path
        let many = (0..<3000).map { number in
            Manifest.Entry(path: "Input/\(String(100_000 + number)).txt", id: "1111111111111111", sha256: "ab",
                           bytes: number, modified: "1.000000001", status: number % 7 == 0 ? .failed : .ok,
                           code: number % 7 == 0 ? .empty : nil,
                           reason: number == 1500 ? String(repeating: "ü\\\"", count: 50_000) : nil,
                           pipelineVersion: "1", datasetLineBytes: number % 7 == 0 ? nil : number + 1)
        }
        try write(many, to: path)
        #expect(try read(path) == many)
    }

    @Test func writesTheLayoutOfAPrettyPrintedObject() throws {
        let folder = try TemporaryFolder()
        let path = folder.url("manifest.json").path
        try write([], to: path)
        #expect(try folder.bytes("manifest.json") == Data("{\n  \"format\": 1,\n  \"sources\": []\n}\n".utf8))
        try write(Array(entries.prefix(1)), to: path)
        let expected = """
            {
              "format": 1,
              "sources": [
                {
                  "path": "Input/a.txt",
                  "id": "1111111111111111",
                  "sha256": "ab",
                  "bytes": 3,
                  "modified": "1.000000001",
                  "status": "ok",
                  "code": null,
                  "reason": null,
                  "pipelineVersion": "1",
                  "datasetLineBytes": 120
                }
              ]
            }

            """
        #expect(String(decoding: try folder.bytes("manifest.json"), as: UTF8.self) == expected)
    }

    @Test func writesNothingWhenTheManifestIsTheSameAndAllOfItWhenNot() throws {
        let folder = try TemporaryFolder()
        let path = folder.url("manifest.json").path
        #expect(try write(entries, to: path))
        #expect(try !write(entries, to: path))
        #expect(try folder.names(in: "") == ["manifest.json"])
        var changed = entries
        changed[1].reason = "binary"
        #expect(try write(changed, to: path))
        #expect(try read(path) == changed)
        #expect(try write(Array(changed.prefix(1)), to: path))
        #expect(try read(path) == Array(changed.prefix(1)))
    }

    @Test func readsKeysInAnyOrderEscapesAndUnknownKeys() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
            {"format": 1, "note": [1, {"x": true}], "sources": [
              {"status": "ok", "pipelineVersion": "1", "extra": {"a": [null]}, "id": "1111111111111111",
               "path": "Input/\\u00fc\\ud83d\\ude00\\n.txt", "bytes": 7}
            ], "tail": false}
            """, to: "manifest.json")
        let read = try read(folder.url("manifest.json").path)
        #expect(read == [Manifest.Entry(path: "Input/ü😀\n.txt", id: "1111111111111111", sha256: nil, bytes: 7, modified: nil,
                                        status: .ok, pipelineVersion: "1")])
    }

    @Test(arguments: [
        "[1]",
        "{\"sources\": [], \"format\": 1}",
        "{\"format\": 2, \"sources\": []}",
        "{\"format\": 1, \"sources\": [{\"path\": \"a\"}]}",
        "{\"format\": 1, \"sources\": []} trailing",
        "{\"format\": 1, \"sources\": [{\"path\": \"a\", \"id\": \"1111111111111111\", \"status\": \"ok\", "
            + "\"pipelineVersion\": \"1\", \"datasetLineBytes\": -3}]}",
    ])
    func refusesWhatIsNotAManifestOfThisLayout(text: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(text, to: "manifest.json")
        #expect(throws: IngestError.self) { try read(folder.url("manifest.json").path) }
    }

    @Test func refusesEntriesOutOfOrder() throws {
        let folder = try TemporaryFolder()
        let path = folder.url("manifest.json").path
        try write(entries.reversed(), to: path)
        let reader = try ManifestReader(path: path)
        _ = try reader.next()
        #expect(throws: IngestError.self) { try reader.next() }
    }
}
