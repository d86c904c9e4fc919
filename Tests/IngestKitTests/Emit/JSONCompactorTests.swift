import Testing
@testable import IngestKit

@Suite struct JSONCompactorTests {
    @Test func compactingPrettyJSONEqualsWritingItCompact() {
        let value = JSONValue.object([
            ("text", .string("  spaces , inside: \"quoted\" \\ and\nbreaks {[ ]} ")),
            ("nested", .array([.object([("a", .integer(1))]), .array([]), .string("\\\"")])),
            ("ü", .null),
        ])
        let compacted = JSONCompactor.compact(JSONWriter.pretty(value))
        #expect(compacted == JSONWriter.compact(value))
        #expect(!compacted.contains(UInt8(ascii: "\n")))
        #expect(JSONCompactor.compactedCount(JSONWriter.pretty(value)) == compacted.count)
    }

    @Test func anUnclosedStringOrATrailingEscapeEndsTheInputWithoutLoss() {
        #expect(JSONCompactor.compact(Array("[ \"a b".utf8)) == Array("[\"a b".utf8))
        #expect(JSONCompactor.compact(Array("[ \"a\\".utf8)) == Array("[\"a\\".utf8))
        #expect(JSONCompactor.compact([]) == [])
        #expect(JSONCompactor.compactedCount(Array(" \n\t ".utf8)) == 0)
    }

    @Test func keepsWhiteSpaceAfterAnEscapedBackslashEndsAString() {
        let pretty = Array("{\n  \"a\": \"x\\\\\",\n  \"b\": \" y \"\n}\n".utf8)
        #expect(String(decoding: JSONCompactor.compact(pretty), as: UTF8.self) == "{\"a\":\"x\\\\\",\"b\":\" y \"}")
    }
}
