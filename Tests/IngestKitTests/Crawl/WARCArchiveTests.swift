import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import IngestKit

@Suite struct WARCArchiveTests {
    /// The listing of an input folder holding `archive` as `name`, and the catalog that made it.
    private func list(_ archive: [UInt8], name: String = "crawl.warc.gz", in folder: TemporaryFolder,
                      scratch: String? = nil, maxBytes: Int = FolderCatalog.defaultMaxBytes) throws -> (CrawlListing, FolderCatalog) {
        let file = folder.url("Input/" + name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(archive).write(to: file)
        let catalog = FolderCatalog(root: folder.url("Input").path, maxBytes: maxBytes, scratchFolder: scratch)
        return (try catalog.crawl(), catalog)
    }

    private func text(of entry: CrawlEntry, in catalog: FolderCatalog) throws -> String {
        String(decoding: try catalog.load(entry).bytes, as: UTF8.self)
    }

    @Test(arguments: WARCFixture.Layout.allCases)
    func everyLayoutGivesThePagesInOrderOfURL(layout: WARCFixture.Layout) throws {
        let folder = try TemporaryFolder()
        let records = [WARCFixture.warcinfo,
                       try WARCFixture.response("https://example.org/b", body: "<p>page b</p>"),
                       try WARCFixture.response("https://example.org/a", body: "<p>page a</p>"),
                       WARCFixture.record(type: "resource", uri: "https://example.org/notes.txt", contentType: "text/plain",
                                          block: Array("plain notes".utf8), version: "1.0")]
        let (listing, catalog) = try list(try WARCFixture.archive(records, layout: layout), in: folder)
        #expect(listing.entries.map(\.url) == ["https://example.org/a", "https://example.org/b", "https://example.org/notes.txt"])
        #expect(listing.entries.map(\.relativePath) == listing.entries.map { "crawl.warc.gz/" + ($0.url ?? "") })
        #expect(listing.entries.map(\.format) == [.html, .html, .text])
        #expect(listing.failures.isEmpty)
        #expect(try listing.entries.map { try text(of: $0, in: catalog) } == ["<p>page a</p>", "<p>page b</p>", "plain notes"])
        let source = try catalog.load(listing.entries[0])
        #expect(source.displayPath == "Input/crawl.warc.gz")
        #expect(source.contentType == "text/html")
        #expect(listing.entries[0].id == DocumentID.make(relativePath: "ignored", url: "https://example.org/a"))
        let kinds: [WARCRecordAddress.Kind] = switch layout {
        case .uncompressed: [.plain]
        case .gzipPerRecord: [.member]
        case .gzipWholeFile: [.inflated]
        }
        #expect(Set(listing.entries.compactMap { $0.archived?.kind }) == Set(kinds))
    }

    @Test func chunkedAndGzipEncodedBodiesAreDecodedAndTheirSizeListed() throws {
        let folder = try TemporaryFolder()
        let body = WARCFixture.article("Chunked")
        let records = [try WARCFixture.response("https://example.org/c", body: body, chunked: true, gzip: true),
                       try WARCFixture.response("https://example.org/d", body: body, chunked: true)]
        let (listing, catalog) = try list(try WARCFixture.archive(records, layout: .gzipPerRecord), in: folder)
        #expect(try listing.entries.map { try text(of: $0, in: catalog) } == [body, body])
        #expect(listing.entries.map(\.size) == [body.utf8.count, body.utf8.count])
    }

    @Test func otherRecordsAndStatusesArePassedOverWithTheirReason() throws {
        let folder = try TemporaryFolder()
        let records = [WARCFixture.warcinfo,
                       WARCFixture.record(type: "request", uri: "https://example.org/a", block: Array("GET / HTTP/1.1\r\n\r\n".utf8)),
                       try WARCFixture.response("https://example.org/missing", body: "gone", status: 404),
                       try WARCFixture.response("https://example.org/moved", body: "", status: 301),
                       try WARCFixture.response("https://example.org/logo.png", body: "PNG", contentType: "image/png"),
                       WARCFixture.record(type: "revisit", uri: "https://example.org/a", block: []),
                       WARCFixture.record(type: "metadata", uri: "https://example.org/a", contentType: "application/warc-fields",
                                          block: Array("via: x\r\n".utf8)),
                       try WARCFixture.response("https://example.org/a", body: "<p>a</p>", contentType: "text/html; charset=utf-8")]
        let (listing, _) = try list(try WARCFixture.archive(records, layout: .uncompressed), in: folder)
        #expect(listing.entries.map(\.url) == ["https://example.org/a"])
        let reasons = listing.skipped.map(\.reason).joined(separator: "\n")
        for expected in ["a warcinfo record", "a request record", "HTTP status 404", "HTTP status 301",
                         "a response of type image/png, not HTML or text", "a revisit record", "a metadata record"] {
            #expect(reasons.contains(expected))
        }
        #expect(listing.skipped.count == 7)
        #expect(listing.skipped.allSatisfy { $0.reason.hasPrefix("record at offset ") })
    }

    @Test func theLaterRecordOfAURLWins() throws {
        let folder = try TemporaryFolder()
        let records = [try WARCFixture.response("https://example.org/a", body: "first"),
                       try WARCFixture.response("https://example.org/b", body: "other"),
                       try WARCFixture.response("https://example.org/a", body: "second")]
        let (listing, catalog) = try list(try WARCFixture.archive(records, layout: .gzipPerRecord), in: folder)
        #expect(listing.entries.map(\.url) == ["https://example.org/a", "https://example.org/b"])
        #expect(try text(of: listing.entries[0], in: catalog) == "second")
        #expect(listing.skipped.map(\.path) == ["Input/crawl.warc.gz/https://example.org/a"])
        #expect(listing.skipped.first?.reason.contains("superseded by the later record") == true)
    }

    @Test func aURLOfAnEarlierArchiveIsPassedOverInALaterOne() throws {
        let folder = try TemporaryFolder()
        _ = try list(try WARCFixture.archive([try WARCFixture.response("https://example.org/a", body: "in a")], layout: .uncompressed),
                     name: "a.warc", in: folder)
        let (listing, catalog) = try list(try WARCFixture.archive([try WARCFixture.response("https://example.org/a", body: "in b")],
                                                                  layout: .uncompressed), name: "b.warc", in: folder)
        #expect(listing.entries.map(\.displayPath) == ["Input/a.warc/https://example.org/a"])
        #expect(try text(of: listing.entries[0], in: catalog) == "in a")
        #expect(listing.skipped.map(\.reason) == ["the same URL as a page of an earlier archive or list"])
    }

    @Test func aURLListedAfterAnArchiveThatHeldItIsPassedOver() throws {
        let folder = try TemporaryFolder()
        try folder.write("https://example.org/a\nhttps://example.org/c\n", to: "Input/z.urls")
        let (listing, _) = try list(try WARCFixture.archive([try WARCFixture.response("https://example.org/a", body: "in a")],
                                                            layout: .uncompressed), name: "a.warc", in: folder)
        #expect(listing.entries.map(\.displayPath) == ["Input/a.warc/https://example.org/a", "Input/z.urls/https://example.org/c"])
        #expect(listing.skipped.map(\.path) == ["Input/z.urls/https://example.org/a"])
    }

    @Test func anArchiveSortsAsAFolderAmongItsNeighbours() throws {
        let folder = try TemporaryFolder()
        try folder.write("<p>x</p>", to: "Input/crawl.warc-notes.html")
        try folder.write("<p>y</p>", to: "Input/crawl.warc0.html")
        let (listing, _) = try list(try WARCFixture.archive([try WARCFixture.response("https://e.org/", body: "z")], layout: .uncompressed),
                                    name: "crawl.warc", in: folder)
        let paths = listing.entries.map(\.relativePath)
        #expect(paths == ["crawl.warc-notes.html", "crawl.warc/https://e.org/", "crawl.warc0.html"])
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test(arguments: [WARCFixture.Layout.uncompressed, .gzipPerRecord, .gzipWholeFile])
    func aTruncatedArchiveIsReportedAtTheRecordAndItsEarlierPagesKept(layout: WARCFixture.Layout) throws {
        let folder = try TemporaryFolder()
        let first = try WARCFixture.response("https://example.org/a", body: "kept")
        // Numbers that do not repeat, so that compressed, too, the record's middle is the file's.
        let body = (0..<400).map { String($0 * 7919 % 10007) }.joined(separator: " ")
        let second = try WARCFixture.response("https://example.org/b", body: body)
        let whole = try WARCFixture.archive([first, second], layout: layout)
        let cutAt = layout == .uncompressed ? first.count + second.count / 2 : whole.count - 400
        let (listing, catalog) = try list(Array(whole.prefix(cutAt)), in: folder)
        #expect(listing.entries.map(\.url) == ["https://example.org/a"])
        #expect(try text(of: listing.entries[0], in: catalog) == "kept")
        #expect(listing.failures.count == 1)
        let failure = try #require(listing.failures.first)
        #expect(failure.path == "Input/crawl.warc.gz")
        let secondOffset = layout == .gzipPerRecord ? try Gzip.compress(first).count : first.count
        #expect(failure.reason.hasPrefix("record at offset \(secondOffset): "))
    }

    @Test func aCorruptGzipMemberIsReportedAndTheNextMembersAreRead() throws {
        let folder = try TemporaryFolder()
        let members = try ["a", "b", "c"].map { try Gzip.compress(try WARCFixture.response("https://example.org/\($0)", body: "page \($0)")) }
        var broken = members[1]
        for index in 12..<min(40, broken.count - 8) { broken[index] ^= 0x5A }
        let (listing, catalog) = try list(members[0] + broken + members[2], in: folder)
        #expect(listing.entries.map(\.url) == ["https://example.org/a", "https://example.org/c"])
        #expect(try listing.entries.map { try text(of: $0, in: catalog) } == ["page a", "page c"])
        #expect(listing.failures.count == 1)
        #expect(listing.failures.first?.reason.hasPrefix("record at offset \(members[0].count): ") == true)
    }

    @Test func garbageBetweenRecordsIsReportedAndTheNextRecordFound() throws {
        let folder = try TemporaryFolder()
        let first = try WARCFixture.response("https://example.org/a", body: "page a")
        let garbage = Array("this is not a record\r\n\r\nnor this\r\n\r\n".utf8)
        let last = try WARCFixture.response("https://example.org/b", body: "page b")
        let (listing, _) = try list(first + garbage + last, name: "crawl.warc", in: folder)
        #expect(listing.entries.map(\.url) == ["https://example.org/a", "https://example.org/b"])
        #expect(listing.failures.map(\.reason) == ["record at offset \(first.count): not a WARC record header"])
    }

    @Test func aBrokenChunkedBodyIsOneFailureNamingTheRecord() throws {
        let folder = try TemporaryFolder()
        let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnot hex\r\n".utf8)
        let records = [WARCFixture.record(type: "response", uri: "https://example.org/a", block: block),
                       try WARCFixture.response("https://example.org/b", body: "fine")]
        let (listing, _) = try list(try WARCFixture.archive(records, layout: .uncompressed), in: folder)
        #expect(listing.entries.map(\.url) == ["https://example.org/b"])
        #expect(listing.failures.map(\.reason) == ["record at offset 0: a chunk size is not a hex number"])
    }

    @Test func aTargetURIInAngleBracketsIsUnwrappedAndItsSpacesEncoded() {
        #expect(WARCPage.url(fromTargetURI: "<http://example.com/>") == "http://example.com/")
        #expect(WARCPage.url(fromTargetURI: " https://example.org/a b ") == "https://example.org/a%20b")
        #expect(WARCPage.url(fromTargetURI: "<>") == nil)
    }

    @Test func aPageOverTheLimitIsListedAndFailsAsTooLargeWhenRead() throws {
        let folder = try TemporaryFolder()
        let records = [try WARCFixture.response("https://example.org/big", body: String(repeating: "x", count: 5000)),
                       try WARCFixture.response("https://example.org/small", body: "small")]
        let (listing, catalog) = try list(try WARCFixture.archive(records, layout: .gzipPerRecord), in: folder, maxBytes: 1000)
        #expect(listing.entries.map(\.url) == ["https://example.org/big", "https://example.org/small"])
        #expect(throws: SourceFailure.self) { try catalog.load(listing.entries[0]) }
        do {
            _ = try catalog.load(listing.entries[0])
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.path == "Input/crawl.warc.gz/https://example.org/big")
        }
        #expect(try text(of: listing.entries[1], in: catalog) == "small")
    }

    @Test func anUnchangedArchiveIsListedFromItsIndexWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        let scratch = folder.url("Output").path
        let archive = try WARCFixture.archive([try WARCFixture.response("https://example.org/a", body: "page a"),
                                               WARCFixture.warcinfo], layout: .gzipPerRecord)
        let (first, _) = try list(archive, in: folder, scratch: scratch)
        let file = folder.url("Input/crawl.warc.gz")
        var status = stat()
        #expect(stat(file.path, &status) == 0)
        // The same size and time, other bytes: only a listing that does not read the file gives the same.
        try Data(repeating: 0, count: archive.count).write(to: file)
        let times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, file.path, times, 0) == 0)
        let catalog = FolderCatalog(root: folder.url("Input").path, scratchFolder: scratch)
        #expect(try catalog.crawl() == first)
        let unindexed = FolderCatalog(root: folder.url("Input").path)
        #expect(try unindexed.crawl().entries.isEmpty)
    }

    @Test func pagesOfAGzipArchiveAreReadFromTheCopyMadeWhileListingIt() throws {
        let folder = try TemporaryFolder()
        let records = [try WARCFixture.response("https://example.org/a", body: "page a"),
                       try WARCFixture.response("https://example.org/b", body: "page b", chunked: true, gzip: true)]
        let archive = try WARCFixture.archive(records, layout: .gzipPerRecord)
        try FileManager.default.createDirectory(at: folder.url("Output"), withIntermediateDirectories: true)
        let (listing, catalog) = try list(archive, in: folder, scratch: folder.url("Output").path)
        // The archive is gone: only the copy can give the pages now.
        try Data(repeating: 0, count: archive.count).write(to: folder.url("Input/crawl.warc.gz"))
        #expect(try listing.entries.map { try text(of: $0, in: catalog) } == ["page a", "page b"])
    }

    @Test func anIndexReadsBackAsWritten() {
        let stamp = WARCIndex.Stamp(size: 10, modified: "1.5", maxBytes: 99)
        var index = WARCIndex()
        index.pages = [WARCIndex.Page(url: "https://a/", offset: 0, kind: .member, format: .html, size: 5),
                       WARCIndex.Page(url: "https://b/", offset: 9, kind: .inflated, format: .text, size: 7)]
        index.skipped = [WARCIndex.Skipped(url: nil, reason: "record at offset 3: a warcinfo\trecord")]
        index.failures = ["record at offset 4: truncated"]
        let decoded = WARCIndex.decode(index.encoded(stamp: stamp), expecting: stamp)
        #expect(decoded?.pages == index.pages)
        #expect(decoded?.skipped.first?.reason == "record at offset 3: a warcinfo record")
        #expect(decoded?.failures == index.failures)
        #expect(WARCIndex.decode(index.encoded(stamp: stamp), expecting: WARCIndex.Stamp(size: 11, modified: "1.5", maxBytes: 99)) == nil)
    }
}
