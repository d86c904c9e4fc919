import Testing
@testable import IngestKit

@Suite struct ExcessAttributesTests {
    private func trimmed(_ html: String) -> String? {
        Array(html.utf8).withUnsafeBufferPointer { ExcessAttributes.trimmed($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    private func attributes(_ count: Int) -> String {
        (0..<count).map { "a\($0)=\"v > \($0)\"" }.joined(separator: " ")
    }

    @Test func aPageWithinTheLimitIsLeftAsItIs() {
        #expect(trimmed("<html><body><div class=\"x\" id=y hidden data-a='1>2'><p>Text</p></div></body></html>") == nil)
        #expect(trimmed("<div \(attributes(ExcessAttributes.limit))>x</div>") == nil)
        #expect(trimmed("a < b and <3 and <!-- <div a b c> -->") == nil)
    }

    @Test func attributesPastTheLimitAreLeftOutAndTheRestKept() throws {
        let page = "<p>Before</p><div \(attributes(ExcessAttributes.limit + 44)) class=last /><p>After</p>"
        let kept = try #require(trimmed(page))
        #expect(kept == "<p>Before</p><div \(attributes(ExcessAttributes.limit)) /><p>After</p>")
    }

    /// libxml2 2.9 takes time quadratic in one element's attributes: a million of them took
    /// over ten minutes before they were cut down.
    @Test(.timeLimit(.minutes(1)))
    func aMillionAttributesOnOneElementAreReadInBoundedTime() {
        let names = (0..<1_000_000).map { "a\($0)=v" }.joined(separator: " ")
        let page = HTMLParser.parse("<html><body><div \(names)><p>Ein Absatz über Krämpfe.</p></div></body></html>")
        #expect(page.blocks.map(\.text) == ["Ein Absatz über Krämpfe."])
    }
}
