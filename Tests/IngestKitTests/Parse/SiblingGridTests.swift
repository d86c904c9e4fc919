import Testing
@testable import IngestKit

@Suite struct SiblingGridTests {
    private func blocks(_ html: String) -> [Block] {
        HTMLParser.parse(html).blocks
    }

    @Test func aGridOfStyledCellsBecomesAList() {
        let html = """
            <h2>Typische Beschwerden</h2><div class="grid"><div class="cell">Schmerz beim Treppensteigen</div>\
            <div class="cell">Anlaufschmerz</div><div class="cell">Schwellung nach Belastung</div></div>
            """
        let result = blocks(html)
        #expect(result.count == 2)
        #expect(result[1].isList)
        #expect(result[1].items.map(\.text) == ["Schmerz beim Treppensteigen", "Anlaufschmerz", "Schwellung nach Belastung"])
    }

    @Test func paragraphsOfRunningTextStayParagraphs() {
        let html = """
            <div><p class="text">Der erste Absatz erzählt etwas.</p><p class="text">Der zweite Absatz auch.</p>\
            <p class="text">Und der dritte Absatz ebenso.</p></div>
            """
        #expect(blocks(html).allSatisfy { $0.kind == .paragraph })
    }

    @Test func twoCellsAreNotAGrid() {
        let html = "<div><div class=\"cell\">Eins</div><div class=\"cell\">Zwei</div></div>"
        #expect(blocks(html).allSatisfy { $0.kind == .paragraph })
    }
}
