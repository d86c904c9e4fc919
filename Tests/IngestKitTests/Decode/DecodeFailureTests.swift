import Testing
@testable import IngestKit

/// When `TextDecoder` refuses bytes, and with which code.
@Suite struct DecodeFailureTests {
    @Test func noBytesAreEmpty() {
        #expect(decodeErrorCode([]) == .empty)
    }

    @Test func whiteSpaceOnlyIsEmpty() {
        #expect(decodeErrorCode(utf8(" \r\n\t \u{00A0}\n")) == .empty)
        #expect(decodeErrorCode(utf8("  \n "), format: .html) == .empty)
    }

    @Test func byteOrderMarkAloneIsEmpty() {
        #expect(decodeErrorCode([0xEF, 0xBB, 0xBF, 0x0A]) == .empty)
    }

    @Test func pngSignatureIsBinary() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + utf8("IHDR text-like rest")
        #expect(decodeErrorCode(png, format: .html) == .binary)
        do {
            _ = try TextDecoder.decode(png, format: .html)
        } catch {
            #expect(error.reason.contains("PNG"))
        }
    }

    @Test func pdfSignatureIsBinary() {
        #expect(decodeErrorCode(utf8("%PDF-1.7\n% plain looking header\n")) == .binary)
    }

    @Test func archiveSignaturesAreBinary() {
        #expect(decodeErrorCode([0x50, 0x4B, 0x03, 0x04] + utf8("word/document.xml")) == .binary)
        #expect(decodeErrorCode([0x1F, 0x8B, 0x08, 0x00] + utf8("compressed")) == .binary)
    }

    @Test func nulBytesAreBinary() {
        #expect(decodeErrorCode(utf8("Kopf\u{0}schmerz, ein langer Text ohne NUL sonst")) == .binary)
    }

    @Test func randomBytesAreBinary() {
        #expect(decodeErrorCode(pseudoRandomBytes(count: 4096, seed: 42), format: .html) == .binary)
    }

    @Test func manyControlBytesAreBinary() {
        let bytes = (0..<200).map { $0.isMultiple(of: 8) ? UInt8(0x01) : UInt8(ascii: "x") }
        #expect(decodeErrorCode(bytes) == .binary)
    }

    @Test func strayNULPastTheSniffedStartIsDropped() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: DecodeHeuristics.sniffWindow) + [0x00, UInt8(ascii: "b")]
        let decoded = try TextDecoder.decode(bytes, format: .html)
        #expect(!decoded.text.unicodeScalars.contains("\u{0}"))
        #expect(decoded.text.hasSuffix("ab"))
    }

    @Test func nulCharactersInUTF16AreDropped() throws {
        let decoded = try TextDecoder.decode([0xFF, 0xFE] + utf16("a\u{0}b", bigEndian: false), format: .html)
        #expect(decoded.text == "ab")
    }

    @Test func malformedUTF16IsUndecodable() {
        // A byte order mark, then a high surrogate followed by "A" instead of a low surrogate.
        #expect(decodeErrorCode([0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00]) == .undecodable)
    }

    @Test func utf16WithAnOddByteCountIsUndecodable() {
        #expect(decodeErrorCode([0xFE, 0xFF, 0x00, 0x41, 0x00]) == .undecodable)
    }
}
