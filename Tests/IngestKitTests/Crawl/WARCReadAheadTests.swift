import Foundation
import Testing
@testable import IngestKit

/// The pages a crawl offers a read-ahead while it lists an archive, and reading the pages it
/// did not take.
@Suite struct WARCReadAheadTests {
    /// A read-ahead that takes the first `room` pages offered.
    final class TakingReadAhead: PageReadAhead, @unchecked Sendable {
        struct Offer {
            var source: Source
            var entry: CrawlEntry
        }

        let room: Int
        private let taken = Locked<[Offer]>([])

        init(room: Int) {
            self.room = room
        }

        var offers: [Offer] { taken.value }

        var hasRoom: Bool { taken.value.count < room }

        func offer(_ source: Source, listedAs entry: CrawlEntry) {
            taken.withLock { $0.append(Offer(source: source, entry: entry)) }
        }
    }

    private let bodies = ["https://example.org/b": "<p>page b</p>", "https://example.org/a": "<p>page a</p>",
                          "https://example.org/c": "<p>page c, first</p>", "https://example.org/d": "<p>page d</p>"]

    /// An archive of b, a, c, d, c again (the later c wins), a chunked page and a 404.
    private func archive(_ layout: WARCFixture.Layout) throws -> [UInt8] {
        var records = [WARCFixture.warcinfo]
        for url in ["https://example.org/b", "https://example.org/a", "https://example.org/c", "https://example.org/d"] {
            records.append(try WARCFixture.response(url, body: bodies[url] ?? ""))
        }
        records.append(try WARCFixture.response("https://example.org/c", body: "<p>page c, second</p>"))
        records.append(try WARCFixture.response("https://example.org/e", body: "<p>page e</p>", chunked: true))
        records.append(try WARCFixture.response("https://example.org/gone", body: "gone", status: 404))
        return try WARCFixture.archive(records, layout: layout)
    }

    private func catalog(_ layout: WARCFixture.Layout, in folder: TemporaryFolder, room: Int) throws -> (FolderCatalog, TakingReadAhead) {
        let file = folder.url("Input/crawl.warc.gz")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(try archive(layout)).write(to: file)
        var catalog = FolderCatalog(root: folder.url("Input").path, scratchFolder: folder.url("Scratch").path)
        let readAhead = TakingReadAhead(room: room)
        catalog.readAhead = readAhead
        return (catalog, readAhead)
    }

    @Test(arguments: WARCFixture.Layout.allCases)
    func everyPageOfferedIsTheSourceItsEntryLoadsAndTheLaterRecordOfAURLIsOfferedToo(layout: WARCFixture.Layout) throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url("Scratch"), withIntermediateDirectories: true)
        let (catalog, readAhead) = try catalog(layout, in: folder, room: .max)
        let listing = try catalog.crawl()
        #expect(listing.entries.map(\.url) == ["https://example.org/a", "https://example.org/b", "https://example.org/c",
                                               "https://example.org/d", "https://example.org/e"])
        #expect(readAhead.offers.count == 6)
        for entry in listing.entries {
            let offered = try #require(readAhead.offers.last { $0.entry.displayPath == entry.displayPath })
            #expect(offered.entry == entry)
            let loaded = try catalog.load(entry)
            #expect(offered.source.bytes == loaded.bytes)
            #expect(offered.source.relativePath == loaded.relativePath && offered.source.displayPath == loaded.displayPath)
            #expect(offered.source.url == loaded.url && offered.source.contentType == loaded.contentType)
            #expect(offered.source.format == loaded.format)
        }
        let firstC = try #require(readAhead.offers.first { $0.entry.url == "https://example.org/c" })
        #expect(String(decoding: firstC.source.bytes, as: UTF8.self) == "<p>page c, first</p>")
        #expect(firstC.entry.archived?.offset != listing.entries[2].archived?.offset)
    }

    @Test(arguments: WARCFixture.Layout.allCases)
    func pagesTheReadAheadHasNoRoomForAreReadFromTheArchiveOrItsCopy(layout: WARCFixture.Layout) throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url("Scratch"), withIntermediateDirectories: true)
        let (catalog, readAhead) = try catalog(layout, in: folder, room: 2)
        let listing = try catalog.crawl()
        #expect(readAhead.offers.map(\.entry.url) == ["https://example.org/b", "https://example.org/a"])
        let texts = try listing.entries.map { String(decoding: try catalog.load($0).bytes, as: UTF8.self) }
        #expect(texts == ["<p>page a</p>", "<p>page b</p>", "<p>page c, second</p>", "<p>page d</p>", "<p>page e</p>"])
    }

    @Test func aShardIsOfferedOnlyItsOwnPages() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url("Scratch"), withIntermediateDirectories: true)
        let (whole, _) = try catalog(.gzipPerRecord, in: folder, room: .max)
        let everyEntry = try whole.crawl().entries
        for index in 0..<2 {
            let shard = try #require(Shard(index: index, count: 2))
            var catalog = FolderCatalog(root: folder.url("Input").path, shard: shard)
            let readAhead = TakingReadAhead(room: .max)
            catalog.readAhead = readAhead
            let listed = try catalog.crawl().entries
            #expect(Set(readAhead.offers.map(\.entry.displayPath)) == Set(listed.map(\.displayPath)))
            #expect(listed.allSatisfy { shard.contains(documentNumber: $0.idNumber) })
            #expect(listed.count < everyEntry.count)
        }
    }
}

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
