import Testing
@testable import IngestKit

@Suite struct GzipTests {
    private let text = Array(String(repeating: "Ursachen und Behandlung. ", count: 4000).utf8)

    @Test func compressesAndDecompressesTheSameBytes() throws {
        let compressed = try Gzip.compress(text)
        #expect(compressed.count < text.count / 10)
        #expect(Array(compressed.prefix(2)) == [0x1F, 0x8B])
        #expect(try Gzip.decompress(compressed, limit: text.count) == text)
        #expect(try Gzip.compress(text) == compressed)
    }

    @Test func decompressesMembersOneAfterAnother() throws {
        let first = Array("first member\n".utf8), second = Array("second member\n".utf8)
        let joined = try Gzip.compress(first) + Gzip.compress(second)
        #expect(try Gzip.decompress(joined, limit: 100) == first + second)
    }

    @Test func zlibAndRawDeflateAreReadWhenAskedFor() throws {
        // "hello" as zlib (RFC 1950) and as bare deflate (RFC 1951), as servers send `deflate`.
        let zlib: [UInt8] = [0x78, 0x9C, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x07, 0x00, 0x06, 0x2C, 0x02, 0x15]
        let raw: [UInt8] = [0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x07, 0x00]
        #expect(try Gzip.decompress(zlib, limit: 10, framing: .zlibOrGzip) == Array("hello".utf8))
        #expect(try Gzip.decompress(raw, limit: 10, framing: .raw) == Array("hello".utf8))
        #expect(throws: GzipError.self) { try Gzip.decompress(zlib, limit: 10) }
    }

    @Test func theInflaterStopsAtEachMemberAndSaysWhere() throws {
        let first = try Gzip.compress(Array("one".utf8))
        let joined = first + (try Gzip.compress(Array("two".utf8)))
        let inflater = try GzipInflater()
        var out: [UInt8] = []
        let step = try joined.withUnsafeBytes { try inflater.inflate($0) { out.append(contentsOf: $0) } }
        #expect(step == InflateProgress(consumed: first.count, memberEnded: true))
        #expect(out == Array("one".utf8))
    }

    @Test func feedsInSmallPiecesAcrossChunkBoundaries() throws {
        let compressed = try Gzip.compress(text)
        let inflater = try GzipInflater()
        var out: [UInt8] = []
        var offset = 0
        var ended = false
        while offset < compressed.count {
            let end = min(offset + 7, compressed.count)
            let step = try compressed[offset..<end].withUnsafeBytes { try inflater.inflate($0) { out.append(contentsOf: $0) } }
            offset += step.consumed
            ended = step.memberEnded
        }
        #expect(ended)
        #expect(out == text)
    }

    @Test func refusesCorruptTruncatedAndOversizedData() throws {
        let compressed = try Gzip.compress(text)
        #expect(throws: GzipError.self) { try Gzip.decompress(Array("not gzip at all".utf8), limit: 100) }
        #expect(throws: GzipError("the data ends inside a gzip member")) {
            try Gzip.decompress(Array(compressed.prefix(compressed.count / 2)), limit: text.count)
        }
        #expect(throws: GzipError("over the limit of 1000 bytes once decompressed", isOverLimit: true)) {
            try Gzip.decompress(compressed, limit: 1000)
        }
        var damaged = compressed
        damaged[damaged.count / 2] ^= 0xFF
        #expect(throws: GzipError.self) { try Gzip.decompress(damaged, limit: text.count) }
    }
}
