import Testing
@testable import IngestKit

/// Which decoded texts go through `TextNormalization.lines`.
@Suite struct DecodedTextNormalizationTests {
    /// "Café" with a combining acute accent (NFD), a CRLF and a no-break space.
    private let bytes = utf8("Cafe\u{0301}\r\nZweite\u{00A0}Zeile")

    @Test func plainTextIsNormalized() throws {
        #expect(try TextDecoder.decode(bytes, format: .text).text == "Café\nZweite Zeile")
    }

    @Test func htmlIsLeftToTheParser() throws {
        let text = try TextDecoder.decode(bytes, format: .html).text
        #expect(Array(text.utf8) == bytes)
    }
}
