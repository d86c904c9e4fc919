import Testing
@testable import IngestKit

@Suite struct ManifestTests {
    @Test func readsBackWhatItWritesSortedByPath() throws {
        let manifest = Manifest(entries: [
            .init(path: "Input/b.txt", id: "2222222222222222", sha256: nil, bytes: nil, modified: "1.000000002",
                  status: .failed, reason: "the file is empty", pipelineVersion: "1"),
            .init(path: "Input/a.txt", id: "1111111111111111", sha256: "ab", bytes: 3, modified: "1.000000001",
                  status: .ok, pipelineVersion: "1"),
        ])
        let bytes = manifest.fileBytes
        let text = String(decoding: bytes, as: UTF8.self)
        let first = try #require(text.range(of: "Input/a.txt"))
        let second = try #require(text.range(of: "Input/b.txt"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(try Manifest(fileBytes: bytes, path: "manifest.json") == manifest)
    }

    @Test func refusesSomethingElse() {
        #expect(throws: IngestError.self) { try Manifest(fileBytes: Array("[1]".utf8), path: "m.json") }
    }
}
