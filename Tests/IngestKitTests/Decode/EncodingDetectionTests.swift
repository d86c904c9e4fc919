import Testing
@testable import IngestKit

/// How `TextDecoder` finds the encoding: byte order marks, declarations, the bytes themselves.
@Suite struct EncodingDetectionTests {
    // MARK: Byte order marks

    @Test func utf8ByteOrderMarkIsSkipped() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + utf8("Grüße"), format: .text)
        #expect(decoded == DecodedText(text: "Grüße", encoding: "utf-8"))
    }

    @Test func utf16LittleEndianByteOrderMarkDecides() throws {
        let decoded = try TextDecoder.decode([0xFF, 0xFE] + utf16("Schmerz: 5 €", bigEndian: false), format: .text)
        #expect(decoded == DecodedText(text: "Schmerz: 5 €", encoding: "utf-16le"))
    }

    @Test func utf16BigEndianByteOrderMarkDecides() throws {
        let decoded = try TextDecoder.decode([0xFE, 0xFF] + utf16("Łódź 😀", bigEndian: true), format: .text)
        #expect(decoded == DecodedText(text: "Łódź 😀", encoding: "utf-16be"))
    }

    @Test func utf32LittleEndianByteOrderMarkDecides() throws {
        let scalars = "Öl".unicodeScalars.flatMap { scalar -> [UInt8] in
            (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) }
        }
        let decoded = try TextDecoder.decode([0xFF, 0xFE, 0x00, 0x00] + scalars, format: .text)
        #expect(decoded == DecodedText(text: "Öl", encoding: "utf-32le"))
    }

    @Test func byteOrderMarkOverridesDeclaredCharset() throws {
        let page = [0xEF, 0xBB, 0xBF] + utf8("<meta charset=\"windows-1251\"><p>Grüße ") + [0xE4]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text.hasSuffix("Grüße ä"))
    }

    // MARK: UTF-16 without a byte order mark

    @Test func utf16LittleEndianIsRecognisedByItsNULs() throws {
        let decoded = try TextDecoder.decode(utf16("<p>Kopfschmerzen</p>", bigEndian: false), format: .html)
        #expect(decoded == DecodedText(text: "<p>Kopfschmerzen</p>", encoding: "utf-16le"))
    }

    @Test func utf16BigEndianIsRecognisedByItsNULs() throws {
        let decoded = try TextDecoder.decode(utf16("Rückenschmerzen", bigEndian: true), format: .text)
        #expect(decoded == DecodedText(text: "Rückenschmerzen", encoding: "utf-16be"))
    }

    // MARK: Declarations in HTML

    @Test func metaCharsetChoosesTheCodePage() throws {
        // "Część" in windows-1250.
        let page = utf8("<meta charset=\"windows-1250\"><p>") + [0x43, 0x7A, 0xEA, 0x9C, 0xE6]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded == DecodedText(text: "<meta charset=\"windows-1250\"><p>Część", encoding: "windows-1250"))
    }

    @Test func httpEquivContentTypeChoosesTheCodePage() throws {
        // "Łódź" in ISO-8859-2.
        let head = "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\"><p>"
        let decoded = try TextDecoder.decode(utf8(head) + [0xA3, 0xF3, 0x64, 0xBC], format: .html)
        #expect(decoded.encoding == "iso-8859-2")
        #expect(decoded.text.hasSuffix("Łódź"))
    }

    @Test func xmlDeclarationChoosesTheCodePage() throws {
        // "Привет" in windows-1251.
        let page = utf8("<?xml version=\"1.0\" encoding='windows-1251'?><p>") + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "windows-1251")
        #expect(decoded.text.hasSuffix("Привет"))
    }

    @Test func koi8RIsSupported() throws {
        // "Привет" in KOI8-R.
        let page = utf8("<meta charset=koi8-r><p>") + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "koi8-r")
        #expect(decoded.text.hasSuffix("Привет"))
    }

    @Test func iso885915IsSupported() throws {
        let page = utf8("<meta charset=\"iso-8859-15\"><p>5 ") + [0xA4, 0x20, 0xBD, 0x75, 0x76, 0x72, 0x65]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "iso-8859-15")
        #expect(decoded.text.hasSuffix("5 € œuvre"))
    }

    @Test func charsetOnAnotherElementIsNotTheDeclaration() throws {
        let head = "<script charset=\"utf-8\" src=\"a.js\"></script><meta charset=\"ISO-8859-2\"><p>"
        let decoded = try TextDecoder.decode(utf8(head) + [0xA3, 0xF3, 0x64, 0xBC], format: .html)
        #expect(decoded.encoding == "iso-8859-2")
        #expect(decoded.text.hasSuffix("Łódź"))
    }

    @Test func metaInsideCommentIsIgnored() throws {
        let head = "<!-- <meta charset=\"windows-1251\"> --><meta charset=\"windows-1250\"><p>"
        let decoded = try TextDecoder.decode(utf8(head) + [0x43, 0x7A, 0xEA, 0x9C, 0xE6], format: .html)
        #expect(decoded.encoding == "windows-1250")
        #expect(decoded.text.hasSuffix("Część"))
    }

    @Test func latin1LabelMeansWindows1252() throws {
        let page = utf8("<meta charset=\"ISO-8859-1\"><p>") + [0x80, 0x20, 0x35, 0x20, 0x96, 0x20, 0xE4]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.hasSuffix("€ 5 – ä"))
    }

    @Test func mislabelledUTF8PageIsReadAsUTF8() throws {
        let page = utf8("<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\"><p>für Ärzte")
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text.hasSuffix("für Ärzte"))
    }

    @Test func asciiPageKeepsTheNameItDeclares() throws {
        let decoded = try TextDecoder.decode(utf8("<meta charset=latin1><p>plain"), format: .html)
        #expect(decoded.encoding == "windows-1252")
    }

    @Test func unknownLabelIsNoReasonToFailUTF8() throws {
        let unicode = try TextDecoder.decode(utf8("<meta charset=\"x-unheard-of\"><p>für"), format: .html)
        #expect(unicode.encoding == "utf-8")
        #expect(unicode.text.hasSuffix("für"))
        let ascii = try TextDecoder.decode(utf8("<meta charset=\"x-unheard-of\"><p>fur \u{1B}[0m"), format: .html)
        #expect(ascii.encoding == "utf-8")
    }

    @Test func utf16LabelInAnASCIICompatiblePageIsNoCodePage() throws {
        let page = utf8("<meta charset=\"utf-16\"><p>f") + [0xFC, 0x72]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.hasSuffix("für"))
    }

    @Test func plainTextDeclaresNothing() throws {
        let text = utf8("<meta charset=\"windows-1251\">\n") + [0xE4]
        let decoded = try TextDecoder.decode(text, format: .text)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.hasSuffix("ä"))
    }

    // MARK: Bytes that are not well-formed UTF-8

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        let decoded = try TextDecoder.decode([0xE4, 0x80], format: .text)
        #expect(decoded == DecodedText(text: "ä€", encoding: "windows-1252"))
    }

    @Test func strayLatin1BytesInUTF8PageKeepUTF8() throws {
        let page = utf8("<meta charset=\"utf-8\"><p>Grüße aus Köln, im M") + [0xE4] + utf8("rz")
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text.hasSuffix("Grüße aus Köln, im März"))
    }

    @Test func utf8FragmentInLegacyPageIsReadAsUTF8() throws {
        let page = utf8("<meta charset=\"iso-8859-1\"><p>Kein DJ f") + [0xFC] + utf8("r eine Nacht, für ")
            + [0x67, 0x72, 0xF6, 0xDF, 0x65, 0x72, 0x65]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.hasSuffix("Kein DJ für eine Nacht, für größere"))
    }

    @Test func cyrillicCodePageTakesNoUTF8Fragments() throws {
        // "Вікно" in windows-1251 starts with C2 B3, well-formed UTF-8 for "³".
        let page = utf8("<meta charset=\"windows-1251\"><p>") + [0xC2, 0xB3, 0xEA, 0xED, 0xEE]
        let decoded = try TextDecoder.decode(page, format: .html)
        #expect(decoded.text.hasSuffix("Вікно"))
    }

    @Test func invalidBytesNeverBecomeReplacementCharacters() throws {
        let bytes = (0x80...0xFF).flatMap { [UInt8(ascii: "a"), UInt8($0)] }
        let decoded = try TextDecoder.decode(bytes, format: .html)
        #expect(!decoded.text.unicodeScalars.contains("\u{FFFD}"))
        #expect(decoded.text.unicodeScalars.count == bytes.count)
    }

    // MARK: Doubly encoded UTF-8

    @Test func doublyEncodedUTF8IsRepaired() throws {
        let decoded = try TextDecoder.decode(utf8("fÃ¼r GrÃ¶ÃŸe â€“ itâ€™s Ã\u{00A0} la carte"), format: .html)
        #expect(decoded == DecodedText(text: "für Größe – it’s à la carte", encoding: "utf-8"))
    }

    @Test func treblyEncodedUTF8IsRepaired() throws {
        let decoded = try TextDecoder.decode(utf8("zuspÃƒÂ¤t"), format: .html)
        #expect(decoded.text == "zuspät")
    }

    @Test func accentedCapitalsAreNotTakenForMojibake() throws {
        let text = "ÄRZTE IN SÃO PAULO, ÅSA, Ä-Klasse, „Ä“, â€"
        #expect(try TextDecoder.decode(utf8(text), format: .html).text == text)
    }
}
