import Testing
@testable import IngestKit

@Suite struct PreParseCutsTests {
    private func trimmed(_ html: String) -> String? {
        Array(html.utf8).withUnsafeBufferPointer { PreParseCuts.trimmed($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    private func attributes(_ count: Int) -> String {
        (0..<count).map { "a\($0)=\"v > \($0)\"" }.joined(separator: " ")
    }

    @Test func aPageWithinTheLimitIsLeftAsItIs() {
        #expect(trimmed("<html><body><div class=\"x\" id=y hidden data-a='1>2'><p>Text</p></div></body></html>") == nil)
        #expect(trimmed("<div \(attributes(PreParseCuts.limit))>x</div>") == nil)
        #expect(trimmed("a < b and <3 and <!-- <div a b c> -->") == nil)
    }

    @Test func attributesPastTheLimitAreLeftOutAndTheRestKept() throws {
        let page = "<p>Before</p><div \(attributes(PreParseCuts.limit + 44)) class=last /><p>After</p>"
        let kept = try #require(trimmed(page))
        #expect(kept == "<p>Before</p><div \(attributes(PreParseCuts.limit)) /><p>After</p>")
    }

    @Test func attributesLibxml2CannotNameAreLeftOutWithTheirValues() throws {
        let page = #"<ul class="menu" @click.outside="open = false" :class="x"><li (click)="go()">A</li></ul>"#
        #expect(trimmed(page) == #"<ul class="menu" :class="x"><li>A</li></ul>"#)
        // Code in scripts and styles is not markup, whatever it looks like.
        let script = #"<script type="application/ld+json">{"a": "x<y", "@type": "Article"}</script><p @x=1>T</p>"#
        #expect(trimmed(script) == #"<script type="application/ld+json">{"a": "x<y", "@type": "Article"}</script><p>T</p>"#)
    }

    @Test func aValueWithAnArrowNoLongerEndsItsTagForLibxml2() {
        let page = HTMLParser.parse(#"""
            <html><body><nav @keydown.escape="$nextTick(() => $refs.button.focus())" x-data="{open: false}">
            <a href="/">Home</a></nav><article><p>Cramps come from tired muscles.</p></article></body></html>
            """#)
        #expect(!page.blocks.contains { $0.text.contains("$refs") || $0.text.contains("x-data") })
        #expect(page.blocks.contains { $0.text == "Cramps come from tired muscles." })
    }

    @Test func aScriptWrittenFromACommentedScriptEndsNothing() throws {
        let script = """
            <script type="text/javascript"><!--
            document.write('<script type="text/javascript" src="/menu.js"></SCRIPT>');
            var sidebar_align = 'right';
            //--></script>
            """
        let page = "<html><head>\(script)</head><body><p>Cramps come from tired muscles.</p></body></html>"
        let kept = try #require(trimmed(page))
        #expect(kept == page.replacingOccurrences(of: "</SCRIPT>", with: ""))
        #expect(HTMLParser.parse(page).blocks.map(\.text) == ["Cramps come from tired muscles."])
    }

    @Test func aCommentedScriptOrAnUnclosedOneIsReadAsBefore() {
        // A comment alone hides no end tag; a script left open keeps libxml2's reading, where
        // the first end tag closes it.
        #expect(trimmed("<script><!-- var a = b < c; //--></script><p>Text</p>") == nil)
        #expect(trimmed("<script><!-- document.write('<script></script>'); <p>Text</p>") == nil)
        #expect(trimmed("<script>var s = '<!--'; document.write('<script>');</script><p>Text</p>") == nil)
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
