import Testing
@testable import IngestKit

@Suite struct JSONWriterTests {
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let value = JSONValue.string("a\"b\\c\nd\te\u{01}f\rg\u{1F}")
        #expect(text(JSONWriter.compact(value)) == #""a\"b\\c\nd\te\u0001f\rg\u001f""#)
    }

    @Test func leavesNonASCIIAndSlashesUnescaped() {
        let value = JSONValue.string("Krämpfe – ½/2 🦵")
        #expect(text(JSONWriter.compact(value)) == "\"Krämpfe – ½/2 🦵\"")
    }

    @Test func prettyPrintsWithTwoSpacesEmptyContainersAndTrailingNewline() {
        let value = JSONValue.object([
            ("b", .array([.integer(1), .null])),
            ("a", .object([])),
            ("c", .array([])),
            ("d", .bool(true)),
        ])
        let expected = """
        {
          "b": [
            1,
            null
          ],
          "a": {},
          "c": [],
          "d": true
        }

        """
        #expect(text(JSONWriter.pretty(value)) == expected)
    }

    @Test func fixedDecimalsDoNotDependOnFloatPrinting() {
        #expect(JSONValue.fixed(1.5, decimals: 3) == .number("1.500"))
        #expect(JSONValue.fixed(0.0004, decimals: 3) == .number("0.000"))
        #expect(JSONValue.fixed(-2.25, decimals: 1) == .number("-2.3"))
        #expect(JSONValue.fixed(12, decimals: 0) == .number("12"))
    }

    @Test func documentKeysFollowTheSpecOrder() throws {
        let document = Document(
            id: "0123456789abcdef",
            source: .init(path: "Input/a.txt", url: nil, format: .text, sha256: "ff", bytes: 3, encoding: "utf-8"),
            language: "de", title: "T",
            body: [.heading("T", level: 1, context: BlockContext(containerTokens: ["nav"])),
                   .paragraph("P"),
                   .list([ListItem(text: "x", items: [ListItem(text: "y")])], ordered: true)],
            items: [.treatments: [Item(name: "N", detail: nil, forCause: "C", section: "S")]],
            removed: [RemovedBlock(kind: .imageRequest, text: "R")],
            pipelineVersion: "9")
        let expected = """
        {"id":"0123456789abcdef","source":{"path":"Input/a.txt","url":null,"format":"text","sha256":"ff","bytes":3,\
        "encoding":"utf-8"},"language":"de","title":"T","body":[{"type":"heading","level":1,"text":"T"},\
        {"type":"paragraph","text":"P"},{"type":"list","ordered":true,"items":[{"text":"x","items":[{"text":"y",\
        "items":[]}]}]}],"causes":[],"treatments":[{"name":"N","detail":null,"forCause":"C","section":"S"}],\
        "prevention":[],"symptoms":[],"diagnostics":[],"seeADoctor":[],"removed":[{"kind":"image-request","text":"R"}],\
        "pipeline":{"version":"9"}}
        """
        #expect(text(JSONWriter.compact(document.json)) == expected)
        #expect(!text(document.prettyJSON).contains("containerTokens"))
        #expect(document.prettyJSON.last == UInt8(ascii: "\n"))
    }

    @Test func measuringTheCompactFormWhilePrettyPrintingGivesTheCompactSize() {
        let value = JSONValue.object([
            ("text", .string("  spaces , inside: \"quoted\" \\ and\nbreaks {[ ]} ")),
            ("nested", .array([.object([("a", .integer(1)), ("b", .array([.bool(true), .object([])]))]), .array([]), .null])),
            ("ü", .number("1.5")),
        ])
        let (bytes, compactCount) = JSONWriter.prettyMeasuringCompact(value)
        #expect(bytes == JSONWriter.pretty(value))
        #expect(compactCount == JSONWriter.compact(value).count)
        #expect(JSONWriter.prettyMeasuringCompact(.array([])).compactCount == 2)
    }
}
