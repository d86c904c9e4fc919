import Testing
@testable import IngestKit

@Suite struct PlainTextParserTests {
    private func parse(_ text: String) -> [Block] {
        PlainTextParser.parse(text).blocks
    }

    @Test func standaloneShortLineIsAnInferredHeading() {
        let blocks = parse("Ursachen von Krämpfen\n\nDie Ursachen sind vielfältig und nicht immer eindeutig.")
        #expect(blocks.count == 2)
        #expect(blocks[0].headingLevel == 2)
        #expect(blocks[0].context.headingIsInferred)
        #expect(blocks[1].kind == .paragraph)
    }

    @Test func markdownTableRowsAreParagraphsWithTheirCellsAndHeader() {
        let blocks = parse("Table 1 shows the triggers.\n\n| Trigger | Share |\n|---|---|\n| **Stress** | 80% |\n| [Heat](x) | 30% |\n\nAfter.")
        #expect(blocks.map(\.text) == ["Table 1 shows the triggers.", "Trigger - Share", "Stress - 80%", "Heat - 30%", "After."])
        let rows = blocks.compactMap(\.context.tableRow)
        #expect(rows.map(\.cells) == [["Trigger", "Share"], ["Stress", "80%"], ["Heat", "30%"]])
        #expect(rows.map(\.isHeader) == [true, false, false])
        #expect(Set(rows.map(\.table)).count == 1)
    }

    @Test func lineEndingInColonIsAnIntroductionNotAHeading() {
        let blocks = parse("Typische Symptome sind:\n\n• Kältegefühl\n• Krämpfe")
        #expect(blocks[0].kind == .paragraph)
        #expect(blocks[1].items.map(\.text) == ["Kältegefühl", "Krämpfe"])
    }

    @Test func bulletsNestByIndentation() {
        let blocks = parse("• Eltern:\n    • Kind eins\n    • Kind zwei\n• Geschwister")
        #expect(blocks.count == 1)
        #expect(blocks[0].items.count == 2)
        #expect(blocks[0].items[0].items.map(\.text) == ["Kind eins", "Kind zwei"])
    }

    @Test func numberedItemsStayOneListAcrossBlankLinesAndNestedBullets() {
        let text = "1. Erste Übung:\n\n  • Ausführung: so\n  • Dauer: kurz\n\n2. Zweite Übung\n\n  • Ausführung: anders"
        let blocks = parse(text)
        #expect(blocks.count == 1)
        #expect(blocks[0].kind == .list(ordered: true))
        #expect(blocks[0].items.map(\.text) == ["Erste Übung:", "Zweite Übung"])
        #expect(blocks[0].items[0].items.count == 2)
    }

    @Test func markdownHeadingsKeepTheirLevelAndInlineMarkupIsDropped() {
        let blocks = parse("## Symptoms of **Asthma**\n\n- [**Coughing**](https://example.org/c) **:** Persistent coughing.\n- ![img](x.png)Wheezing")
        #expect(blocks[0].headingLevel == 2)
        #expect(blocks[0].text == "Symptoms of Asthma")
        #expect(!blocks[0].context.headingIsInferred)
        #expect(blocks[1].items.map(\.text) == ["Coughing : Persistent coughing.", "Wheezing"])
        #expect(blocks[1].context.linkCharacters == "Coughing".count)
    }

    @Test func nestedLinkLabelsAreReadAndUnmatchedBracketsStayText() {
        let blocks = parse("Siehe [[Kopf](a) und [Bauch](b)](c) sowie [offen und (x) [ und ] ende.")
        #expect(blocks.map(\.text) == ["Siehe Kopf und Bauch sowie [offen und (x) [ und ] ende."])
        #expect(blocks[0].context.linkCharacters == "Kopf und Bauch".count)
    }

    @Test func frontMatterGivesTheTitleAndIsNotTheArticle() {
        let page = PlainTextParser.parse("---\ntitle: Hand\nmeta:\n  title: Other\nslug: hand\n---\n## Morbus Dupuytren\n\nText.")
        #expect(page.declaredTitle == "Hand")
        #expect(page.blocks.first?.text == "Morbus Dupuytren")
        #expect(page.removed.count == 1)
        #expect(page.removed[0].text.contains("slug: hand"))
    }

    @Test func linesOfOneGroupShareTheirGroup() {
        let blocks = parse("Dr. Anna Beispiel\nDr. Bert Muster\n\nEin Absatz mit genug Worten, um ein Satz zu sein.")
        #expect(blocks[0].context.lineGroup == blocks[1].context.lineGroup)
        #expect(blocks[1].context.lineGroup != blocks[2].context.lineGroup)
    }

    @Test func aMarkedHeadingIsAGroupOfItsOwn() {
        let blocks = parse("Ein Absatz mit genug Worten, um ein Satz zu sein.\n\n## Über den Autor\n\nNoch ein Absatz danach.")
        #expect(blocks.count == 3)
        #expect(blocks[0].context.lineGroup != blocks[1].context.lineGroup)
        #expect(blocks[1].context.lineGroup != blocks[2].context.lineGroup)
    }

    @Test func wrappedLinesAreJoined() {
        let blocks = parse("This paragraph was wrapped by its writer at a fixed width and\ncontinues on the next line.")
        #expect(blocks.count == 1)
        #expect(blocks[0].text == "This paragraph was wrapped by its writer at a fixed width and continues on the next line.")
    }

    @Test func deepIndentationDoesNotRecurseWithoutBound() {
        let text = (0..<5_000).map { String(repeating: " ", count: $0) + "- item \($0)" }.joined(separator: "\n")
        let blocks = parse(text)
        #expect(blocks.count == 1)
        #expect(blocks[0].texts.count == 5_000)
    }

    @Test func hardBreakBackslashJoinsALinkWrittenOverSeveralLines() {
        let blocks = parse("[**Anna Beispiel**\\\\\n\\\\\nGermany, 25 years of experience](https://example.org/a)")
        #expect(blocks.count == 1)
        #expect(blocks[0].text == "Anna Beispiel Germany, 25 years of experience")
        #expect(blocks[0].context.linkCharacters == blocks[0].text.count)
    }

    @Test func aLineThatIsALinkIsNeverAHeading() {
        let blocks = parse("[Health Conditions](https://example.org/c)\n\n# Asthma\n\nText of the article here.")
        #expect(blocks[0].kind == .paragraph)
        #expect(blocks[1].headingLevel == 1)
    }
    @Test func indentedLinesStandingAloneAreAListWhoseBulletsWereLost() {
        let blocks = parse("## Checkliste: Typische Anzeichen\n\n    Häufiges Weinen \n\n    Müdigkeit trotz Schlaf \n\n    Konzentrationsprobleme\n\n## Weiter")
        #expect(blocks[1].items.map(\.text) == ["Häufiges Weinen", "Müdigkeit trotz Schlaf", "Konzentrationsprobleme"])
    }

    @Test func oneIndentedLineIsAParagraph() {
        let blocks = parse("Ein Absatz mit genug Wörtern, um als Fließtext zu gelten.\n\n    Ein eingerückter Satz steht allein.")
        #expect(blocks.last?.kind == .paragraph)
    }

    @Test func softWrappedLinesJoinEvenBeforeACapital() {
        let blocks = parse("Auch Kinder können schon Depressionen entwickeln. Doch nicht immer sind ihre\nAnzeichen mit denen von Erwachsenen vergleichbar.")
        #expect(blocks.map(\.text) == ["Auch Kinder können schon Depressionen entwickeln. Doch nicht immer sind ihre Anzeichen mit denen von Erwachsenen vergleichbar."])
    }

    @Test func scraperHeaderIsFrontMatter() {
        let page = PlainTextParser.parse("Title: Signs and symptoms\n\nURL Source: http://example.org/a\n\nMarkdown Content:\nA sign is observed by others.")
        #expect(page.declaredTitle == "Signs and symptoms")
        #expect(page.blocks.map(\.text) == ["A sign is observed by others."])
    }
}
