import Testing
@testable import IngestKit

@Suite struct TextNormalizationTests {
    @Test func inlineCollapsesOddSpacesAndDropsInvisibleCharacters() {
        #expect(TextNormalization.inline("Ein\u{00A0} Krampf\u{00AD}anfall\u{200B} \n  tritt auf ") == "Ein Krampfanfall tritt auf")
    }

    @Test func inlineComposesToNFC() {
        let decomposed = "Mu\u{0308}digkeit"
        #expect(TextNormalization.inline(decomposed) == "Müdigkeit")
        #expect(TextNormalization.inline(decomposed).unicodeScalars.count == 9)
    }

    @Test func linesKeepsLineStructureAndIndentation() {
        #expect(TextNormalization.lines("a\r\n  • b\rc\u{2028}d") == "a\n  • b\nc\nd")
    }
}
