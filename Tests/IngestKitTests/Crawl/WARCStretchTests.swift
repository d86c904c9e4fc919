import Foundation
import Testing
@testable import IngestKit

/// A gzip archive read by several readers at once, each from a gzip member further on, lists what
/// one reader lists, whatever the starts guessed.
@Suite struct WARCStretchTests {
    /// An archive written to `folder` from `members` (each already gzip), and where each member starts.
    private func archive(_ members: [[UInt8]], in folder: TemporaryFolder) throws -> (WARCArchive, [Int]) {
        let file = folder.url("crawl.warc.gz")
        try Data(members.flatMap { $0 }).write(to: file)
        let offsets = members.indices.map { index in members[..<index].reduce(0) { $0 + $1.count } }
        let size = members.reduce(0) { $0 + $1.count }
        return (WARCArchive(path: file.path, relativePath: "crawl.warc.gz", displayPath: "Input/crawl.warc.gz",
                            size: size, modified: "t"), offsets)
    }

    /// The bytes of every page of `index`, read through `copies` as a run reads them.
    private func pages(of index: WARCIndex, in archive: WARCArchive, copies: WARCInflatedCopies) throws -> [String] {
        try index.pages.map { page in
            let entry = CrawlEntry(relativePath: "crawl.warc.gz/" + page.url, displayPath: "Input/crawl.warc.gz/" + page.url,
                                   url: page.url, format: page.format, location: archive.path, size: page.size, modified: "t",
                                   archived: WARCRecordAddress(archive: "Input/crawl.warc.gz", offset: page.offset, kind: page.kind))
            let source = try WARCArchive.load(entry, at: entry.archived!, maxBytes: 1 << 20, copies: copies)
            return String(decoding: source.bytes, as: UTF8.self)
        }
    }

    /// Pages, a URL met again further on, a record passed over and a damaged member in between.
    private func members() throws -> [[UInt8]] {
        var records = [WARCFixture.warcinfo]
        for number in 0..<12 {
            records.append(try WARCFixture.response("https://example.org/\(number % 9)", body: WARCFixture.article("Page \(number)")))
        }
        records.insert(try WARCFixture.response("https://example.org/gone", body: "<p>gone</p>", status: 404), at: 5)
        var members = try records.map { try Gzip.compress($0) }
        members[8] = Array(members[8].prefix(members[8].count / 2)) + Array(repeating: 0x41, count: 40)
        return members
    }

    @Test func stretchesFromTrueStartsListWhatOneReaderLists() throws {
        let folder = try TemporaryFolder()
        let (archive, offsets) = try archive(try members(), in: folder)
        let oneCopies = WARCInflatedCopies(folder: folder.url("").path)
        let one = archive.read(maxBytes: 1 << 20, copies: oneCopies, from: [0])
        #expect(one.pages.count == 8)
        #expect(one.failures.count == 1)
        for starts in [[0, offsets[4]], [0, offsets[3], offsets[7], offsets[11]], [0, offsets[9], offsets[10]]] {
            let copies = WARCInflatedCopies(folder: folder.url("").path)
            let split = archive.read(maxBytes: 1 << 20, copies: copies, from: starts)
            #expect(split == one, "starts \(starts)")
            #expect(try pages(of: split, in: archive, copies: copies) == pages(of: one, in: archive, copies: oneCopies))
        }
    }

    @Test func everyStretchCopyIsRemovedWhenTheCopiesAreDiscarded() throws {
        let folder = try TemporaryFolder()
        let (archive, offsets) = try archive(try members(), in: folder)
        let scratch = folder.url("scratch").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let copies = WARCInflatedCopies(folder: scratch)
        _ = archive.read(maxBytes: 1 << 20, copies: copies, from: [0, offsets[4], offsets[10]])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).count == 3)
        copies.discardAll()
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
    }

    @Test func aStartInsideAMemberIsPassedOverAndReadByTheStretchBefore() throws {
        let folder = try TemporaryFolder()
        let (archive, offsets) = try archive(try members(), in: folder)
        let one = archive.read(maxBytes: 1 << 20, copies: nil, from: [0])
        let copies = WARCInflatedCopies(folder: folder.url("").path)
        let split = archive.read(maxBytes: 1 << 20, copies: copies, from: [0, offsets[3] + 7, offsets[6], offsets[10] + 1])
        #expect(split == one)
        #expect(try pages(of: split, in: archive, copies: copies).count == one.pages.count)
    }

    @Test func aRecordMemberStoredInsideAnotherRecordIsNotTakenForAStart() throws {
        let folder = try TemporaryFolder()
        // A download of an archive: its body, stored without compression, is a record's gzip member.
        let inner = try Gzip.compress(try WARCFixture.response("https://example.org/inner", body: "<p>inner</p>"))
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: \(inner.count)\r\n\r\n"
        let outerRecord = WARCFixture.record(type: "response", uri: "https://example.org/crawl.warc.gz",
                                             contentType: "application/http; msgtype=response", block: Array(head.utf8) + inner)
        let members = [try Gzip.compress(WARCFixture.warcinfo), try Gzip.compress(outerRecord, level: 0),
                       try Gzip.compress(try WARCFixture.response("https://example.org/after", body: "<p>after</p>"))]
        let (archive, offsets) = try archive(members, in: folder)
        let innerStart = offsets[1] + WARCByteStream.firstIndex(of: inner, in: members[1])!
        let one = archive.read(maxBytes: 1 << 20, copies: nil, from: [0])
        #expect(one.pages.map(\.url) == ["https://example.org/after"])
        #expect(one.skipped.count == 2)
        #expect(archive.read(maxBytes: 1 << 20, copies: nil, from: [0, innerStart]) == one)
    }

    @Test func anArchiveOfOneMemberIsReadAsOneStretch() throws {
        let folder = try TemporaryFolder()
        let records = try (0..<6).map { try WARCFixture.response("https://example.org/\($0)", body: WARCFixture.article("Page \($0)")) }
        let whole = try WARCFixture.archive(records, layout: .gzipWholeFile)
        let (archive, _) = try archive([whole], in: folder)
        let one = archive.read(maxBytes: 1 << 20, copies: nil, from: [0])
        let copies = WARCInflatedCopies(folder: folder.url("").path)
        let split = archive.read(maxBytes: 1 << 20, copies: copies, from: [0, whole.count / 2])
        #expect(split == one)
        #expect(try pages(of: split, in: archive, copies: copies).count == 6)
    }

    @Test func theSplitFindsRecordMembersNearEqualShares() throws {
        let folder = try TemporaryFolder()
        // Bodies that do not compress (each member is compressed on its own), so that the archive
        // is large enough to share.
        var generator = SystemRandomNumberGenerator()
        let noise = String(decoding: (0..<(128 << 10)).map { _ in UInt8.random(in: 0x21...0x7E, using: &generator) }, as: UTF8.self)
        let pageCount = 2 * WARCArchiveSplit.minimumStretch / (96 << 10) + 4
        let members = try (0..<pageCount).map { number in
            let body = "<p>page \(number)</p>" + noise
            return try Gzip.compress(try WARCFixture.response("https://example.org/\(number)", body: body))
        }
        let (archive, offsets) = try archive(members, in: folder)
        let starts = WARCArchiveSplit.starts(path: archive.path, size: archive.size, readers: 2)
        #expect(starts.count == 2)
        #expect(starts.allSatisfy(Set(offsets).contains))
        #expect(WARCArchiveSplit.starts(path: archive.path, size: archive.size, readers: 1) == [0])
        #expect(archive.read(maxBytes: 1 << 20, copies: nil, readers: 2) == archive.read(maxBytes: 1 << 20, copies: nil, readers: 1))
    }
}
