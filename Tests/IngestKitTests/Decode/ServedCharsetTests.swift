import Testing
@testable import IngestKit

/// The `charset` of the `Content-Type` a page was served with, as evidence for `TextDecoder`:
/// after a byte order mark, before the page's own `<meta>` (the HTML standard's order).
@Suite struct ServedCharsetTests {
    /// `±` in windows-1252, `ą` in ISO-8859-2: the byte alone cannot tell.
    private let page = utf8("<meta charset=\"windows-1252\"><p>Schmerz ") + [0xB1] + utf8("</p>")

    @Test func theServedCharsetComesBeforeTheMetaDeclaration() throws {
        let decoded = try TextDecoder.decode(page, format: .html, contentType: "text/html; charset=ISO-8859-2")
        #expect(decoded.text.contains("Schmerz ą"))
        let unserved = try TextDecoder.decode(page, format: .html)
        #expect(unserved.text.contains("Schmerz ±"))
    }

    @Test func aQuotedServedCharsetIsRead() throws {
        let decoded = try TextDecoder.decode(page, format: .html, contentType: "text/html;charset=\"iso-8859-2\"")
        #expect(decoded.text.contains("Schmerz ą"))
    }

    @Test func anUnknownServedLabelLeavesTheDecisionToTheMeta() throws {
        let decoded = try TextDecoder.decode(page, format: .html, contentType: "text/html; charset=no-such-charset")
        #expect(decoded.text.contains("Schmerz ±"))
    }

    @Test func aByteOrderMarkComesBeforeTheServedCharset() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + utf8("Grüße"), format: .text,
                                             contentType: "text/plain; charset=iso-8859-2")
        #expect(decoded == DecodedText(text: "Grüße", encoding: "utf-8"))
    }

    @Test func plainTextIsReadInTheServedCharset() throws {
        let decoded = try TextDecoder.decode(utf8("Schmerz ") + [0xB1], format: .text, contentType: "text/plain; charset=iso-8859-2")
        #expect(decoded.text == "Schmerz ą")
    }
}
