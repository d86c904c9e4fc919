import Testing
@testable import IngestKit

/// A list of links that a line of the article announces with a colon stays with the article.
@Suite struct AnnouncedListTests {
    private static let paragraphs = [
        "The council voted on Tuesday to rebuild the old bridge over the river, after two years of planning and debate.",
        "Work starts in spring and is to last eighteen months, during which a ferry will carry walkers and cyclists across.",
        "Shop owners on both banks welcomed the decision, although some fear that the works will keep customers away.",
        "The council promised to pay for signs and for free parking near the shops for as long as the bridge is closed.",
        "Residents can see the plans in the town hall until the end of the month and send their comments by letter.",
    ]

    private static let documents = ["The engineers' report on the pillars", "The plan of the new bridge", "The cost estimate"]

    private func keptTexts(announcement: String) -> [String] {
        let body = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        let links = Self.documents.enumerated().map { "<li><a href=\"/doc\($0.offset)\">\($0.element)</a></li>" }.joined()
        let html = """
            <html><body><nav><ul><li><a href="/">Home</a></li></ul></nav>
            <div class="story"><h1>A new bridge</h1>\(body)<p>\(announcement)</p><ul>\(links)</ul>
            <p>The next meeting of the council is on the first Monday of next month, in the town hall.</p></div></body></html>
            """
        return MainContentSelector.select(HTMLParser.parse(html).blocks).kept.flatMap(\.texts)
    }

    @Test func aListOfLinksAnnouncedByTheTextStays() {
        let kept = keptTexts(announcement: "The council published these documents with its decision:")
        for document in Self.documents { #expect(kept.contains(document)) }
    }

    @Test func aListOfLinksUnderALabelGoes() {
        let kept = keptTexts(announcement: "Read more:")
        for document in Self.documents { #expect(!kept.contains(document)) }
    }
}
