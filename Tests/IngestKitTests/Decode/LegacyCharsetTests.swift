import Testing
@testable import IngestKit

/// Pages in the legacy charsets that have no table in Decode, read through iconv in the charset
/// they declare; the bytes are what Python's codecs (the WHATWG variant of each) write.
@Suite struct LegacyCharsetTests {
    /// One declared label, text in it, and the name `source.encoding` gives.
    struct Sample: Sendable, CustomTestStringConvertible {
        var label: String
        var bytes: [UInt8]
        var text: String
        var name: String
        var testDescription: String { label }
    }

    static let samples: [Sample] = [
        Sample(label: "gb2312", bytes: [0xBB, 0xB0, 0xBE, 0xE7, 0xA1, 0xB6, 0xD4, 0xBC, 0xB6, 0xA8, 0xA1, 0xB7],
               text: "话剧《约定》", name: "gbk"),
        Sample(label: "GBK", bytes: [0xBB, 0xB0, 0xBE, 0xE7], text: "话剧", name: "gbk"),
        Sample(label: "gb18030", bytes: [0xD6, 0xD0, 0xCE, 0xC4, 0x20, 0x94, 0x39, 0xFC, 0x36], text: "中文 😀",
               name: "gb18030"),
        Sample(label: "big5", bytes: [0xB8, 0xDC, 0xBC, 0x40, 0xAD, 0xBA, 0xBA, 0x74], text: "話劇首演", name: "big5"),
        Sample(label: "Shift_JIS", bytes: [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x8B, 0x4C, 0x8E, 0x96],
               text: "日本語の記事", name: "shift_jis"),
        Sample(label: "euc-jp", bytes: [0xC6, 0xFC, 0xCB, 0xDC, 0xB8, 0xEC, 0xA4, 0xCE, 0xB5, 0xAD, 0xBB, 0xF6],
               text: "日本語の記事", name: "euc-jp"),
        Sample(label: "iso-2022-jp", bytes: [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x38, 0x6C, 0x1B, 0x28, 0x42],
               text: "日本語", name: "iso-2022-jp"),
        Sample(label: "euc-kr", bytes: [0xC7, 0xD1, 0xB1, 0xB9, 0xBE, 0xEE, 0x20, 0xB1, 0xE2, 0xBB, 0xE7],
               text: "한국어 기사", name: "euc-kr"),
        Sample(label: "koi8-u", bytes: [0xEB, 0xC9, 0xA7, 0xD7, 0x20, 0xA6, 0x20, 0xF5, 0xCB, 0xD2, 0xC1, 0xA7, 0xCE, 0xC1],
               text: "Київ і Україна", name: "koi8-u"),
        Sample(label: "windows-1253", bytes: [0xC5, 0xEB, 0xEB, 0xE7, 0xED, 0xE9, 0xEA, 0xDC], text: "Ελληνικά",
               name: "windows-1253"),
        Sample(label: "iso-8859-9", bytes: [0x54, 0xFC, 0x72, 0x6B, 0xE7, 0x65, 0x20, 0xF0, 0xFD, 0xFE],
               text: "Türkçe ğış", name: "windows-1254"),
        Sample(label: "windows-1255", bytes: [0xF2, 0xE1, 0xF8, 0xE9, 0xFA], text: "עברית", name: "windows-1255"),
    ]

    @Test(arguments: samples)
    func declaredCharsetDecodes(_ sample: Sample) throws {
        let page = utf8("<meta charset=\"\(sample.label)\"><title>") + sample.bytes
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == sample.name)
        #expect(decoded.text == "<meta charset=\"\(sample.label)\"><title>" + sample.text)
    }

    @Test func httpEquivAndXMLDeclarationDeclareLegacyCharsets() throws {
        let gbk: [UInt8] = [0xBB, 0xB0, 0xBE, 0xE7]
        let httpEquiv = utf8("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>") + gbk
        #expect(try TextDecoder.decode(httpEquiv, format: .html).text.hasSuffix("话剧"))
        let xml = utf8("<?xml version=\"1.0\" encoding=\"GB2312\"?><p>") + gbk
        #expect(try TextDecoder.decode(xml, format: .html).text.hasSuffix("话剧"))
    }

    @Test func twoLinePageDeclaringGB2312GivesItsTitle() throws {
        let page = utf8("<meta charset=gb2312><title>") + [0xBB, 0xB0, 0xBE, 0xE7] + utf8("</title>\n<p>")
            + [0xBB, 0xB0, 0xBE, 0xE7, 0xA1, 0xB6, 0xD4, 0xBC, 0xB6, 0xA8, 0xA1, 0xB7] + utf8("</p>\n")
        let source = Source(relativePath: "gb.html", displayPath: "pages/gb.html", format: .html, bytes: page)
        let document = try ArticleProcessor.process(source)
        #expect(document.source.encoding == "gbk")
        #expect(document.title == "话剧")
        #expect(document.body.map(\.text).contains("话剧《约定》"))
    }

    @Test func utf8BytesWinOverALegacyDeclaration() throws {
        let decoded = try TextDecoder.decode(utf8("<meta charset=\"shift_jis\"><p>日本語の記事"), format: .html)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text.hasSuffix("日本語の記事"))
    }

    @Test func bytesOfAnotherCharsetFailNamingTheDeclaration() throws {
        // "日本語の記事" in EUC-JP, declared Shift_JIS: not read as what Shift_JIS makes of it.
        let page = utf8("<meta charset=\"shift_jis\"><p>")
            + [0xC6, 0xFC, 0xCB, 0xDC, 0xB8, 0xEC, 0xA4, 0xCE, 0xB5, 0xAD, 0xBB, 0xF6, 0xA4, 0xCE, 0xB5, 0xAD]
        #expect(throws: SourceFailure.self) { try TextDecoder.decode(page, format: .html) }
        do {
            _ = try TextDecoder.decode(page, format: .html)
        } catch {
            #expect(error.code == .undecodable)
            #expect(error.reason.hasPrefix("it declares shift_jis, but"))
        }
    }

    @Test func unknownLabelOverBytesThatAreNotUTF8Fails() throws {
        let page = utf8("<meta charset=\"x-unheard-of\"><p>f") + [0xFC, 0x72]
        do {
            _ = try TextDecoder.decode(page, format: .html)
            Issue.record("decoded a page whose declared charset is unknown")
        } catch {
            #expect(error.code == .undecodable)
            #expect(error.reason.contains("\"x-unheard-of\""))
        }
    }

    @Test func aFewBrokenBytesInALongPageBecomeReplacementCharacters() throws {
        let gbk: [UInt8] = [0xBB, 0xB0, 0xBE, 0xE7]
        let page = utf8("<meta charset=\"gbk\"><p>") + Array([[UInt8]](repeating: gbk, count: 100).joined()) + [0xFF]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "gbk")
        #expect(decoded.text.hasSuffix(String(repeating: "话剧", count: 100) + "\u{FFFD}"))
    }

    @Test func characterCutOffAtTheEndIsDropped() throws {
        let page = utf8("<meta charset=\"gbk\"><p>") + [0xBB, 0xB0, 0xBE]
        #expect(try TextDecoder.decode(page, format: .html).text.hasSuffix("<p>话"))
    }

    @Test func labelsIconvKnowsBeyondWHATWGAreRead() throws {
        #expect(TextEncoding(label: "CP936")?.name == "cp936")
        let page = utf8("<meta charset=\"cp936\"><p>") + [0xBB, 0xB0, 0xBE, 0xE7]
        #expect(try TextDecoder.decode(page, format: .html).text.hasSuffix("话剧"))
    }

    @Test func labelsThatCannotBeTrueOrAreOptionsAreUnknown() {
        #expect(TextEncoding(label: "utf-7") == nil)
        #expect(TextEncoding(label: "ucs-4") == nil)
        #expect(TextEncoding(label: "ibm037") == nil)
        #expect(TextEncoding(label: "gbk//IGNORE") == nil)
        #expect(TextEncoding(label: "hz-gb-2312") == nil)
    }
}
