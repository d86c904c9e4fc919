import Foundation
import Testing
@testable import IngestKit

@Suite struct ManifestTests {
    private let entries: [Manifest.Entry] = [
        .init(path: "Input/a.txt", id: "1111111111111111", sha256: "ab", status: .ok, pipelineVersion: "1",
              datasetLineBytes: 120, stamp: SourceStamp(size: 3, modified: "1.000000001", sha256: "ab")),
        .init(path: "Input/b \"quoted\"\u{1}.txt", id: "2222222222222222", sha256: nil, status: .failed, code: .empty,
              reason: "the file is empty", pipelineVersion: "1"),
    ]

    /// Writes `entries` as the manifest of the output folder `folder` and puts the files that
    /// changed in place.
    /// - Returns: the names of the files written.
    @discardableResult
    private func write(_ entries: [Manifest.Entry], in folder: TemporaryFolder) throws -> [String] {
        var writer = try ManifestWriter(OutputLayout(folder: folder.url("").path))
        for entry in entries { try writer.append(entry) }
        let files = try writer.finish()
        let written = [files.manifest, files.stamps].compactMap { $0 }
        for file in written { try file.commit() }
        return written.map { FileSystem.lastComponent(of: $0.path) }
    }

    private func read(in folder: TemporaryFolder) throws -> [Manifest.Entry] {
        let layout = OutputLayout(folder: folder.url("").path)
        let reader = try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps)
        var read: [Manifest.Entry] = []
        while let entry = try reader.next() { read.append(entry) }
        return read
    }

    @Test func readsBackWhatItWritesStampsIncluded() throws {
        let folder = try TemporaryFolder()
        try write(entries, in: folder)
        #expect(try read(in: folder) == entries)
    }

    @Test func aDiscardedManifestLeavesNoTemporaryFileWhileACopyIsStillHeld() throws {
        let folder = try TemporaryFolder()
        try write(entries, in: folder)
        var writer = try ManifestWriter(OutputLayout(folder: folder.url("").path))
        for entry in entries.reversed() { try writer.append(entry) }
        let heldElsewhere = writer
        _ = try writer.finish()
        #expect(try folder.names(in: "").contains { $0.hasPrefix(AtomicFileWriter.temporaryPrefix) })
        heldElsewhere.discard()
        #expect(try folder.names(in: "").sorted() == [".source-stamps", "manifest.json"])
        #expect(try read(in: folder) == entries)
    }

    @Test func readsBackThousandsOfEntriesAndAVeryLongOne() throws {
        let folder = try TemporaryFolder()
        let many = (0..<3000).map { number in
            Manifest.Entry(path: "Input/\(String(100_000 + number)).txt", id: "1111111111111111", sha256: "ab",
                           status: number % 7 == 0 ? .failed : .ok, code: number % 7 == 0 ? .empty : nil,
                           reason: number == 1500 ? String(repeating: "ü\\\"\n", count: 50_000) : nil,
                           pipelineVersion: "1", datasetLineBytes: number % 7 == 0 ? nil : number + 1,
                           stamp: SourceStamp(size: number, modified: "1.000000001", sha256: "ab"))
        }
        try write(many, in: folder)
        #expect(try read(in: folder) == many)
    }

    @Test func writesOneCompactEntryALineAndNoStampInTheManifest() throws {
        let folder = try TemporaryFolder()
        try write([], in: folder)
        #expect(String(decoding: try folder.bytes("manifest.json"), as: UTF8.self) == "{\"format\":2,\"sources\":[\n]}\n")
        try write(entries, in: folder)
        let expected = """
            {"format":2,"sources":[
            {"path":"Input/a.txt","id":"1111111111111111","sha256":"ab","status":"ok","code":null,"reason":null,\
            "pipelineVersion":"1","datasetLineBytes":120},
            {"path":"Input/b \\"quoted\\"\\u0001.txt","id":"2222222222222222","sha256":null,"status":"failed",\
            "code":"empty","reason":"the file is empty","pipelineVersion":"1","datasetLineBytes":null}
            ]}

            """
        #expect(String(decoding: try folder.bytes("manifest.json"), as: UTF8.self) == expected)
        let manifest = try JSONSerialization.jsonObject(with: try folder.bytes("manifest.json")) as? [String: Any]
        #expect((manifest?["sources"] as? [Any])?.count == 2)
        #expect(String(decoding: try folder.bytes(".source-stamps"), as: UTF8.self)
            == "ingest source stamps 1\n1111111111111111 3 1.000000001 ab\n2222222222222222 -\n")
    }

    @Test func writesNothingWhenTheFilesAreTheSameAndOnlyWhatChanged() throws {
        let folder = try TemporaryFolder()
        #expect(try write(entries, in: folder) == ["manifest.json", ".source-stamps"])
        #expect(try write(entries, in: folder) == [])
        #expect(try folder.names(in: "").sorted() == [".source-stamps", "manifest.json"])
        var touched = entries
        touched[0].stamp?.modified = "2.000000000"
        #expect(try write(touched, in: folder) == [".source-stamps"])
        var changed = touched
        changed[1].reason = "binary"
        #expect(try write(changed, in: folder) == ["manifest.json"])
        #expect(try read(in: folder) == changed)
        #expect(try write(Array(changed.prefix(1)), in: folder) == ["manifest.json", ".source-stamps"])
        #expect(try read(in: folder) == Array(changed.prefix(1)))
    }

    @Test func readsKeysInAnyOrderEscapesAndUnknownKeys() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
            {"format":2, "sources": [
              {"status": "ok", "pipelineVersion": "1", "extra": {"a": [null]}, "id": "1111111111111111", \
            "path": "Input/\\u00fc\\ud83d\\ude00\\n.txt"}
            ]}
            """, to: "manifest.json")
        #expect(try read(in: folder) == [Manifest.Entry(path: "Input/ü😀\n.txt", id: "1111111111111111", sha256: nil,
                                                        status: .ok, pipelineVersion: "1")])
    }

    @Test func stampsThatDoNotFollowTheManifestAreDroppedFromThereOn() throws {
        let folder = try TemporaryFolder()
        var stamped = entries
        stamped[1].stamp = SourceStamp(size: 0, modified: "5.000000000", sha256: "cd")
        try write(stamped, in: folder)
        try folder.write("ingest source stamps 1\n1111111111111111 3 1.000000001 ab\n3333333333333333 0 5.000000000 cd\n",
                         to: ".source-stamps")
        #expect(try read(in: folder).map(\.stamp) == [stamped[0].stamp, nil])
        try folder.write("stamps of another kind\n1111111111111111 3 1.000000001 ab\n", to: ".source-stamps")
        #expect(try read(in: folder).map(\.stamp) == [nil, nil])
    }

    @Test func aManifestOfTheFirstLayoutIsRefusedWithTheReason() throws {
        let folder = try TemporaryFolder()
        try folder.write("{\n  \"format\": 1,\n  \"sources\": []\n}\n", to: "manifest.json")
        let error = try #require(throws: RunError.self) { try read(in: folder) }
        #expect(error.reason == Manifest.olderLayoutReason)
    }

    @Test(arguments: [
        "[1]\n",
        "{\"sources\":[],\"format\":2}\n",
        "{\"format\":3,\"sources\":[\n]}\n",
        "{\"format\":2,\"sources\":[\n{\"path\":\"a\"}\n]}\n",
        "{\"format\":2,\"sources\":[\n]} trailing\n",
        "{\"format\":2,\"sources\":[\n]}\nmore\n",
        "{\"format\":2,\"sources\":[\n",
        "{\"format\":2,\"sources\":[\n{\"path\":\"a\",\"id\":\"1111111111111111\",\"status\":\"ok\","
            + "\"pipelineVersion\":\"1\",\"datasetLineBytes\":-3}\n]}\n",
        "{\"format\":2,\"sources\":[\n{\"path\":\"a\",\"id\":\"1111111111111111\",\"status\":\"ok\","
            + "\"pipelineVersion\":\"1\"} {}\n]}\n",
    ])
    func refusesWhatIsNotAManifestOfThisLayout(text: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(text, to: "manifest.json")
        #expect(throws: RunError.self) { try read(in: folder) }
    }

    @Test func refusesEntriesOutOfOrder() throws {
        let folder = try TemporaryFolder()
        try write(entries.reversed(), in: folder)
        let layout = OutputLayout(folder: folder.url("").path)
        let reader = try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps)
        _ = try reader.next()
        #expect(throws: RunError.self) { try reader.next() }
    }
}
