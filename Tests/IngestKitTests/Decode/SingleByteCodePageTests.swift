import Testing
@testable import IngestKit

/// The code page tables and the labels that name them.
@Suite struct SingleByteCodePageTests {
    static let codePages: [SingleByteCodePage] = [
        .windows1250, .windows1251, .windows1252, .iso8859_2, .iso8859_15, .koi8R,
    ]

    @Test(arguments: codePages)
    func everyUpperByteMeansADistinctCharacter(_ codePage: SingleByteCodePage) {
        #expect(codePage.upperHalf.count == 128)
        #expect(Set(codePage.upperHalf).count == 128)
        #expect(codePage.upperHalf.allSatisfy { $0 >= 0x80 })
    }

    @Test func tablesHoldTheRightCharacters() {
        func character(_ codePage: SingleByteCodePage, _ byte: Int) -> UInt16 { codePage.upperHalf[byte - 0x80] }
        #expect(character(.windows1252, 0x80) == 0x20AC)  // €
        #expect(character(.windows1252, 0x9F) == 0x0178)  // Ÿ
        #expect(character(.windows1252, 0x81) == 0x0081)  // undefined: the C1 control
        #expect(character(.windows1250, 0xB9) == 0x0105)  // ą
        #expect(character(.windows1251, 0xC0) == 0x0410)  // А
        #expect(character(.iso8859_2, 0xB1) == 0x0105)    // ą
        #expect(character(.iso8859_15, 0xA4) == 0x20AC)   // €
        #expect(character(.koi8R, 0xC1) == 0x0430)        // а
    }

    @Test func labelsResolveAsWHATWGSays() {
        #expect(TextEncoding(label: " ISO-8859-1 ") == .singleByte(.windows1252))
        #expect(TextEncoding(label: "latin1") == .singleByte(.windows1252))
        #expect(TextEncoding(label: "US-ASCII") == .singleByte(.windows1252))
        #expect(TextEncoding(label: "UTF8") == .utf8)
        #expect(TextEncoding(label: "latin2") == .singleByte(.iso8859_2))
        #expect(TextEncoding(label: "utf-16") == .utf16LittleEndian)
        #expect(TextEncoding(label: "x-mac-roman")?.name == "macintosh")
    }

    @Test func canonicalNamesAreLowercaseWHATWGNames() {
        #expect(codePagesNames == ["windows-1250", "windows-1251", "windows-1252", "iso-8859-2", "iso-8859-15", "koi8-r"])
    }

    private var codePagesNames: [String] { Self.codePages.map(\.name) }
}
