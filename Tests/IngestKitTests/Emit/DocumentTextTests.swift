import Testing
@testable import IngestKit

@Suite struct DocumentTextTests {
    @Test func everyBlockAndNestedItemOnALineWithoutTheTitle() {
        let document = Document(
            id: "0", source: .init(path: "p", url: nil, format: .text, sha256: "", bytes: 0, encoding: "utf-8"),
            language: "en", title: "Title",
            body: [.paragraph("Intro"), .heading("Title", level: 1), .heading("Causes", level: 2),
                   .list([ListItem(text: "a", items: [ListItem(text: "a1")]), ListItem(text: "b")], ordered: false),
                   .heading("Title", level: 2)],
            items: [:], removed: [], pipelineVersion: "0")
        #expect(document.plainText == "Intro\nCauses\na\na1\nb\nTitle\n")
    }
}
