import Foundation
import Testing
@testable import IngestKit

@Suite struct BufferedFileReaderTests {
    @Test func skipLineKeepsTheStartOfEachLineAndCountsItsBytes() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "x", count: 100_000)
        let path = try folder.write("first line\n\(long)\nend", to: "lines.txt")
        let reader = try BufferedFileReader(path: path)
        var prefix: [UInt8] = []
        #expect(try reader.skipLine(keepingFirst: 5, into: &prefix))
        #expect(prefix == Array("first".utf8))
        #expect(reader.offset == 11)
        #expect(try reader.skipLine(keepingFirst: 3, into: &prefix))
        #expect(prefix == Array("xxx".utf8))
        #expect(reader.offset == 11 + 100_001)
        // A last line without its newline is consumed but not a whole line.
        #expect(try !reader.skipLine(keepingFirst: 10, into: &prefix))
        #expect(prefix == Array("end".utf8))
        #expect(reader.offset == 11 + 100_001 + 3)
        #expect(try !reader.skipLine(keepingFirst: 10, into: &prefix))
    }
}
