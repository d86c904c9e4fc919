import Foundation
import Testing
@testable import IngestKit

/// The indexes of archives gone from the input.
@Suite struct WARCIndexSweepTests {
    private func indexes(in folder: TemporaryFolder) throws -> [String] {
        try folder.names(in: "Scratch/.warc-index").filter { $0.hasSuffix(".index") }.sorted()
    }

    @Test func aWalkOverTheWholeInputRemovesTheIndexesOfArchivesNoLongerThereAndAStoppedOneKeepsThem() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url("Scratch"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.url("Input/sub"), withIntermediateDirectories: true)
        let archive = try WARCFixture.archive([try WARCFixture.response("https://example.org/a", body: "<p>a</p>")],
                                              layout: .gzipPerRecord)
        for name in ["one.warc.gz", "sub/two.warc.gz"] { try Data(archive).write(to: folder.url("Input/" + name)) }
        let catalog = FolderCatalog(root: folder.url("Input").path, scratchFolder: folder.url("Scratch").path)
        _ = try catalog.crawl()
        let both = try indexes(in: folder)
        #expect(both.count == 2)

        try FileManager.default.removeItem(at: folder.url("Input/sub/two.warc.gz"))
        // A walk stopped before its end does not know what is gone.
        try catalog.crawl { _ in false }
        #expect(try indexes(in: folder) == both)
        // A shard walks the whole input.
        let shard = try #require(Shard(index: 0, count: 2))
        _ = try FolderCatalog(root: folder.url("Input").path, shard: shard, scratchFolder: folder.url("Scratch").path).crawl()
        #expect(try indexes(in: folder) == [WARCArchive.indexFileName(relativePath: "one.warc.gz")])
    }
}
