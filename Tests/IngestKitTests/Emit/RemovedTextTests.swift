import Testing
@testable import IngestKit

/// `removed[].text` is normalized like all of a document's text: one line, single spaces.
@Suite struct RemovedTextTests {
    private func removedTexts(_ document: Document) throws -> [String] {
        guard case .object(let members) = document.json,
              case .array(let removed)? = members.first(where: { $0.0 == "removed" })?.1 else {
            Issue.record("no removed array")
            return []
        }
        return removed.compactMap { block in
            guard case .object(let fields) = block, case .string(let text)? = fields.first(where: { $0.0 == "text" })?.1
            else { return nil }
            return text
        }
    }

    @Test func listItemsJoinedByLineBreaksComeOutOnOneLine() throws {
        let document = Document(
            id: "0", source: .init(path: "p", url: nil, format: .text, sha256: "", bytes: 0, encoding: "utf-8"),
            language: "de", title: nil, body: [.paragraph("Text")], items: [:],
            removed: [RemovedBlock(kind: .related, text: "Mehr zum Thema:\nKrampf\u{00A0} im Bein\n\n  Wadenkrampf ")],
            pipelineVersion: "0")
        #expect(try removedTexts(document) == ["Mehr zum Thema: Krampf im Bein Wadenkrampf"])
        #expect(!String(decoding: document.prettyJSON, as: UTF8.self).contains("\\n"))
    }

    @Test func frontMatterIsNormalizedToo() throws {
        let text = "---\ntitle: Wadenkrampf\ntags:\n  - Beine\n  - Sport\n---\n\n# Wadenkrampf\n\n"
            + "Ein Wadenkrampf ist ein plötzlicher, schmerzhafter Krampf der Wadenmuskulatur, der oft nachts auftritt.\n"
        let source = Source(relativePath: "a.md", displayPath: "in/a.md", format: .text, bytes: Array(text.utf8))
        let texts = try removedTexts(try ArticleProcessor.process(source))
        #expect(!texts.isEmpty)
        #expect(texts.allSatisfy { !$0.contains("\n") && !$0.contains("  ") })
    }
}
