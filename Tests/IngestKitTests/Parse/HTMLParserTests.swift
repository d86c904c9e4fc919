import Testing
@testable import IngestKit

@Suite struct HTMLParserTests {
    private func texts(_ html: String) -> [String] {
        HTMLParser.parse(html).blocks.flatMap(\.texts)
    }

    @Test func headingsAndParagraphsKeepTheirOrderAndLevels() {
        let page = HTMLParser.parse("<h1>Title</h1><p>First <em>para</em>graph.</p><h3>Sub</h3><div>Loose text</div>")
        #expect(page.blocks.map(\.headingLevel) == [1, nil, 3, nil])
        #expect(page.blocks.map(\.text) == ["Title", "First paragraph.", "Sub", "Loose text"])
    }

    @Test func blocksAfterTheTextOfAnUnclosedHeadingAreParagraphs() {
        let page = HTMLParser.parse("<h2>The lead sentence.</h3><div><p>Body one.</p><p>Body two.</p></div>")
        #expect(page.blocks.map(\.headingLevel) == [2, nil, nil])
        #expect(page.blocks.map(\.text) == ["The lead sentence.", "Body one.", "Body two."])
    }

    @Test func aBlockWrappingAHeadingsTextStaysTheHeading() {
        let page = HTMLParser.parse("<h2><div class=\"title\">Causes</div></h2><p>Text.</p>")
        #expect(page.blocks.map(\.headingLevel) == [2, nil])
        #expect(page.blocks.map(\.text) == ["Causes", "Text."])
    }

    @Test func cellsOfATableRowJoinIntoOneLineAndKeepTheirCells() {
        let page = HTMLParser.parse("""
            <table><tr><th>Weight</th><td>2 kg</td></tr><tr><td>200 g</td><td><b>oat</b> flakes</td></tr></table>
            """)
        #expect(page.blocks.map(\.text) == ["Weight - 2 kg", "200 g - oat flakes"])
        #expect(page.blocks.map { $0.context.tableRow?.cells ?? [] } == [["Weight", "2 kg"], ["200 g", "oat flakes"]])
        #expect(page.blocks.map { $0.context.tableRow?.isHeader } == [false, false])
        #expect(page.blocks.allSatisfy { $0.context.containerTokens.last == "td" || $0.context.containerTokens.last == "th" })
    }

    @Test func aCellOfOneParagraphIsOneCell() {
        let page = HTMLParser.parse("<table><tr><td><p>Citrullin</p></td><td><p>Marker for stress.</p></td></tr></table>")
        #expect(page.blocks.map(\.text) == ["Citrullin - Marker for stress."])
        #expect(page.blocks.first?.context.tableRow?.cells == ["Citrullin", "Marker for stress."])
    }

    @Test func theHeaderRowIsToldByHeaderCellsByTheadOrByBold() {
        let cells = "<tr><td>Stress</td><td>80 %</td></tr>"
        for header in ["<tr><th>Trigger</th><th>Share</th></tr>", "<thead><tr><td>Trigger</td><td>Share</td></tr></thead>",
                       "<tr><td><strong>Trigger</strong></td><td><b>Share</b></td></tr>"] {
            let rows = HTMLParser.parse("<table>\(header)\(cells)</table>").blocks.compactMap(\.context.tableRow)
            #expect(rows.map(\.isHeader) == [true, false])
        }
        let boldNames = HTMLParser.parse("<table><tr><td><b>Stress</b></td><td>80 %</td></tr>\(cells)</table>").blocks
        #expect(boldNames.compactMap(\.context.tableRow).map(\.isHeader) == [false, false])
    }

    @Test func rowsOfTwoTablesBelongToTwoTables() {
        let table = "<table><tr><td>A</td><td>1</td></tr></table>"
        let rows = HTMLParser.parse(table + table).blocks.compactMap(\.context.tableRow)
        #expect(rows.count == 2)
        #expect(rows[0].table != rows[1].table)
    }

    @Test func aCellHoldingBlocksStillSplitsAtThem() {
        let page = HTMLParser.parse("<table><tr><td><p>First part.</p><p>Second part.</p></td><td>Side</td></tr></table>")
        #expect(page.blocks.map(\.text) == ["First part.", "Second part.", "Side"])
        #expect(page.blocks.allSatisfy { $0.context.tableRow == nil })
    }

    @Test func aRowHoldingAListOrATableIsLaidOutWithBlocks() {
        let withList = HTMLParser.parse("<table><tr><td>Menu</td><td><ul><li>One</li><li>Two</li></ul></td></tr></table>")
        #expect(withList.blocks.map(\.isList) == [false, true])
        #expect(withList.blocks.first?.text == "Menu")
        let nested = HTMLParser.parse("<table><tr><td>Side</td><td><table><tr><td>A</td><td>1</td></tr></table></td></tr></table>")
        #expect(nested.blocks.map(\.text) == ["Side", "A - 1"])
    }

    @Test func aLineBesideEmptyCellsIsAPlainParagraph() {
        for html in ["<table><tr><td></td><td>The article's text.</td></tr></table>",
                     "<table><tr><td>The article's text.</td><td><img src='a.png'></td></tr></table>"] {
            let page = HTMLParser.parse(html)
            #expect(page.blocks.map(\.text) == ["The article's text."])
            #expect(page.blocks.first?.context.tableRow == nil)
        }
    }

    @Test func inlineElementsJoinIntoOneTextAndBlocksSplit() {
        let page = HTMLParser.parse("<div>Intro <a href='#'>link</a> text<p>Inner</p>tail</div>")
        #expect(page.blocks.map(\.text) == ["Intro link text", "Inner", "tail"])
    }

    @Test func strongLeadInStaysNameColonDetail() {
        let page = HTMLParser.parse("<ul><li><strong>Stress:</strong> a common trigger</li><li><b>Sleep</b>: too little</li></ul>")
        #expect(page.blocks.count == 1)
        #expect(page.blocks.first?.items.map(\.text) == ["Stress: a common trigger", "Sleep: too little"])
    }

    @Test func nestedListsBecomeNestedItems() {
        let page = HTMLParser.parse("<ol><li>One<ul><li>One a</li><li>One b</li></ul></li><li>Two</li></ol>")
        let list = page.blocks.first
        #expect(list?.kind == .list(ordered: true))
        #expect(list?.items.map(\.text) == ["One", "Two"])
        #expect(list?.items.first?.items.map(\.text) == ["One a", "One b"])
    }

    @Test func definitionListGivesTermColonDefinition() {
        let page = HTMLParser.parse("<dl><dt>Fever</dt><dd>above 38 °C</dd><dt>Rash:</dt><dd>red spots</dd></dl>")
        #expect(page.blocks.first?.items.map(\.text) == ["Fever: above 38 °C", "Rash: red spots"])
    }

    @Test func lineBreakSplitsParagraphsButNotListItems() {
        let page = HTMLParser.parse("<p>Name: detail<br>Other: more</p><ul><li>a<br>b</li></ul>")
        #expect(page.blocks.map(\.texts) == [["Name: detail"], ["Other: more"], ["a b"]])
    }

    @Test func scriptsStylesAndEmbeddedContentLeaveNoText() {
        let html = """
            <p>Kept</p><script>var x = "no";</script><style>p { color: red }</style>
            <template><p>tpl</p></template><svg><text>svg</text></svg>
            <iframe>frame</iframe><!-- a comment --><p>Also kept</p>
            """
        #expect(texts(html) == ["Kept", "Also kept"])
    }

    @Test func noscriptIsReadAsAContainerForCleanToJudge() {
        // Pages left with a `noscript` open put their whole body inside it; Clean removes the
        // element by its marker unless it holds most of the page.
        let page = HTMLParser.parse("<p>Kept</p><noscript><p>Enable JS</p></noscript>")
        #expect(page.blocks.map(\.text) == ["Kept", "Enable JS"])
        #expect(page.blocks.last?.context.containerTokens.contains("noscript") == true)
    }

    @Test func aButtonLeftOpenByTheParserDoesNotTakeThePageWithIt() {
        // `</button>` does not close the `div`s left open inside it, so libxml2 keeps the button
        // open: the list and the article after it are the page's, not the button's.
        let page = HTMLParser.parse("""
            <header><button class="menu">Menu<div class="icon"><div></button><a href="/">Home</a>
            <ul><li>Section</li></ul></header>
            <article><h1>Title</h1><p>The body of the article.</p></article>
            """)
        #expect(page.blocks.flatMap(\.texts) == ["Section", "Title", "The body of the article."])
        // A button's own label stays out, in a paragraph of its own too.
        #expect(texts("<p>Before.</p><button><p>Size M</p></button><p>After.</p>") == ["Before.", "After."])
    }

    @Test func elementsHiddenInTheirPlaceLeaveNoText() {
        let html = """
            <p style="visibility:hidden">d</p><p style="Visibility: Hidden">e</p><p aria-hidden="false">Visible</p>
            """
        #expect(texts(html) == ["Visible"])
    }

    @Test func elementsFoldedAwayUntilAClickAreRead() {
        // Tabs and accordions hide a page's own text with `hidden`, `aria-hidden` and `display: none`.
        let html = """
            <div role="tabpanel" hidden><p>Description</p></div><div class="accordion" aria-hidden="true"><p>Answer</p></div>
            <div class="fold" style="display: none"><p>More</p></div>
            """
        #expect(texts(html) == ["Description", "Answer", "More"])
    }

    @Test func headGivesTitleAndLanguageButNoBlocks() {
        let page = HTMLParser.parse("""
            <html lang="de-DE"><head><title>Kopfschmerz | Site</title><meta name="x" content="y"></head>
            <body><p>Text</p></body></html>
            """)
        #expect(page.declaredTitle == "Kopfschmerz | Site")
        #expect(page.declaredLanguage == "de-de")
        #expect(page.blocks.map(\.text) == ["Text"])
    }

    @Test func openGraphTitleWinsOverTitleElement() {
        let page = HTMLParser.parse("""
            <html><head><title>Migräne – Site</title><meta property="og:title" content="Migräne"></head><body><p>x</p></body></html>
            """)
        #expect(page.declaredTitle == "Migräne")
    }

    @Test func fragmentWithoutHtmlElementIsParsed() {
        let page = HTMLParser.parse("<h2>Was ist Migräne?</h2><p>Migräne ist häufig.</p>")
        #expect(page.blocks.map(\.text) == ["Was ist Migräne?", "Migräne ist häufig."])
    }

    @Test func contextCarriesTokensPathAndLinkCharacters() {
        let page = HTMLParser.parse("<body class='has-x'><nav id='main-nav'><p>Go <a href='/'>home</a></p></nav></body>")
        let context = page.blocks.first?.context
        #expect(context?.containerTokens == ["html", "body", "nav", "main", "nav", "p"])
        #expect(context?.containerPath.count == 4)
        #expect(context?.tokens(ofContainerAt: 2) == ["nav", "main", "nav"])
        #expect(context?.linkCharacters == 4)
        #expect(context?.textCharacters == 6)
    }

    @Test func taxonomyClassNamesGiveNoMarkerTokens() {
        var tokens: [String] = []
        HTMLBlockBuilder.appendTokens(of: "post category-comments tag-share entry-content", to: &tokens)
        #expect(tokens == ["post", "category", "tag", "entry", "content"])
    }

    @Test func frameworkSlotsGiveNoTokens() {
        var tokens: [String] = []
        HTMLBlockBuilder.appendTokens(of: "__next", to: &tokens)
        HTMLBlockBuilder.appendTokens(of: "app __layout__ __rptl-footer-item nav__next", to: &tokens)
        #expect(tokens == ["app", "rptl", "footer", "item", "nav", "next"])
    }

    @Test func entitiesAndOddSpacesAreNormalized() {
        #expect(texts("<p>Fish&nbsp;&amp; chips\u{00AD} &lt;3</p>") == ["Fish & chips <3"])
    }

    @Test func doublyEncodedTextWrittenAsReferencesIsRepaired() {
        // `’` and `ü` encoded as UTF-8 twice, then written as named and numeric references.
        #expect(texts("<p>It isn&acirc;&euro;&trade;t f&#195;&#188;r <b>Gr&Atilde;&para;&szlig;e</b></p>") == ["It isn’t für Größe"])
        // Text that merely holds such letters is left alone.
        #expect(texts("<p>&Atilde; la carte, &acirc; &euro; 5</p>") == ["Ã la carte, â € 5"])
    }

    @Test func nulBytesDoNotCutThePage() {
        #expect(texts("<p>before</p>\u{0}<p>after</p>") == ["before", "after"])
    }

    @Test func deepNestingDoesNotOverflowTheStack() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "deep text" + String(repeating: "</div>", count: depth)
        let page = HTMLParser.parse(html)
        #expect(page.blocks.map(\.text) == ["deep text"])
        #expect((page.blocks.first?.context.containerPath.count ?? 0) <= HTMLBlockBuilder.maxContextDepth)
    }

    @Test func deeplyNestedListsStayShallow() {
        let depth = 10_000
        let html = String(repeating: "<ul><li>x", count: depth) + String(repeating: "</li></ul>", count: depth)
        let page = HTMLParser.parse(html)
        func depthOf(_ items: [ListItem]) -> Int { items.map { 1 + depthOf($0.items) }.max() ?? 0 }
        #expect(depthOf(page.blocks.first?.items ?? []) <= HTMLBlockBuilder.maxListNesting)
        #expect(page.blocks.flatMap(\.texts).count == depth)
    }

    /// libxml2 2.9 ignores `</li>` while a `div` is open in the item; the HTML standard ends
    /// the `div` with it, and what follows the menu is no longer read as part of its item.
    @Test func anEndTagEndsTheBlocksLeftOpenInsideIt() {
        let page = HTMLParser.parse("""
            <html><body><nav class="menu"><ul><li><a href="/a">Topics</a><div class="panel"><div>
            <a href="/b">Sleep</a></div></li><li><a href="/c">Diet</a></li></ul></nav>
            <main><p>Cramps come from tired muscles.</p></main></body></html>
            """)
        let paragraph = page.blocks.first { $0.text == "Cramps come from tired muscles." }
        #expect(paragraph?.context.containerTokens.contains("li") == false)
        #expect(paragraph?.context.containerTokens.contains("nav") == false)
        #expect(paragraph?.context.containerTokens.contains("main") == true)
        let items = page.blocks.first { $0.isList }?.items.map(\.text)
        #expect(items == ["Topics Sleep", "Diet"])
    }

    /// A card's link whose `div` is never closed (`<a><div>…</a>`): the link ends at its end
    /// tag, and the paragraph after it is no link text.
    @Test func aLinkEndsAtItsEndTagWhenABlockInsideItIsLeftOpen() {
        let page = HTMLParser.parse("""
            <html><body><main><div class="card"><a href="/a"><div class="title">Leg cramps</a>
            <p>Cramps come from tired muscles and pass within minutes.</p></div></main></body></html>
            """)
        let paragraph = page.blocks.first { $0.text == "Cramps come from tired muscles and pass within minutes." }
        #expect(paragraph?.context.linkCharacters == 0)
        let title = page.blocks.first { $0.text == "Leg cramps" }
        #expect(title?.context.linkCharacters == "Legcramps".count)
    }

    /// A table between the element and the open blocks keeps them: the end tag does not reach
    /// into a table's cells.
    @Test func anEndTagDoesNotEndBlocksInsideATableCell() {
        let page = HTMLParser.parse("""
            <section><table><tr><td><div>Cell text</section> still in the cell</td></tr></table></section><p>After.</p>
            """)
        #expect(page.blocks.map(\.text).contains { $0.contains("Cell text") })
        #expect(page.blocks.last?.text == "After.")
    }

    @Test func emptyInputGivesNoBlocks() {
        #expect(HTMLParser.parse("").blocks.isEmpty)
        #expect(HTMLParser.parse("   ").blocks.isEmpty)
    }
}
