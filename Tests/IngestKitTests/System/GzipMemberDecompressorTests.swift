import Testing
@testable import IngestKit

@Suite struct GzipMemberDecompressorTests {
    private func decompress(_ input: [UInt8]) throws -> (GzipMemberDecompressor.Outcome, [UInt8]) {
        let decompressor = try #require(GzipMemberDecompressor())
        var output: [UInt8] = []
        let outcome = input.withUnsafeBytes { raw in decompressor.decompressMember(raw) { output += $0 } }
        return (outcome, output)
    }

    @Test func aMemberFollowedByMoreIsDecompressedAndItsLengthTold() throws {
        let text = Array(String(repeating: "a page of an archive; ", count: 200).utf8)
        let member = try Gzip.compress(text)
        let (outcome, output) = try decompress(member + (try Gzip.compress(Array("the next member".utf8))))
        guard case .done(let consumed) = outcome else { Issue.record("not decompressed: \(outcome)"); return }
        #expect(consumed == member.count)
        #expect(output == text)
    }

    @Test func aMemberCutShortOrDamagedIsLeftToTheStreamingInflater() throws {
        let member = try Gzip.compress(Array(String(repeating: "text ", count: 500).utf8))
        guard case .failed = try decompress(Array(member.dropLast(9))).0 else { Issue.record("a cut member was taken"); return }
        var damaged = member
        damaged[damaged.count - 6] ^= 0xFF  // the checksum
        guard case .failed = try decompress(damaged).0 else { Issue.record("a bad checksum was taken"); return }
    }

    @Test func aMemberOverTheOutputLimitIsTooLarge() throws {
        let zeros = [UInt8](repeating: 0, count: GzipMemberDecompressor.outputLimit + 1)
        guard case .tooLarge = try decompress(try Gzip.compress(zeros, level: Gzip.fastestLevel)).0 else {
            Issue.record("a member over the limit was taken")
            return
        }
    }
}
