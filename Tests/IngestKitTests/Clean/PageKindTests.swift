import Testing
@testable import IngestKit

/// Main-content selection on pages that are not one article: listings, threads, pages whose
/// text the markers or the page's scripts hide, and pages that repeat themselves.
@Suite struct PageKindTests {
    private func keptTexts(_ html: String) -> [String] {
        let page = HTMLParser.parse(html)
        return MainContentSelector.select(page.blocks, isDeclaredArticle: page.isDeclaredArticle,
                                          isDeclaredThread: page.isDeclaredThread).kept.flatMap(\.texts)
    }

    private func cleanedTexts(_ html: String) -> [String] {
        ArticleCleaner.clean(HTMLParser.parse(html), format: .html).body.flatMap(\.texts)
    }

    private static let summaries = [
        "The city council approved the new budget after a long debate about schools, roads and the library.",
        "Heavy rain flooded several streets in the old town overnight, and the fire brigade pumped out cellars.",
        "The regional football club signed a young goalkeeper who played for the national youth team last year.",
        "A new bakery opened on the market square and sold out of bread within the first two hours of business.",
        "The museum extended its opening hours for the summer, and entry stays free on the first Sunday of the month.",
        "Road works on the main bridge will close one lane for three weeks, and buses take a diversion through the park.",
    ]

    @Test func everyCardOfAListingIsKept() {
        // Each card links its headline and its summary: link blocks all, and the content.
        let more = "The full report on our website has photos, a map and the comments of our readers."
        let cards = Self.summaries.enumerated().map { index, summary in
            "<div class=\"card\"><h3><a href=\"/\(index)\">Headline number \(index)</a></h3>"
                + "<p><a href=\"/\(index)\">\(summary) \(more)</a></p></div>"
        }.joined()
        let html = """
            <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <div class="intro"><p>Welcome to our local news, updated every morning.</p></div>
            <div class="grid">\(cards)</div>
            <footer><p>© 2025 Local News</p></footer></body></html>
            """
        let kept = keptTexts(html)
        for summary in Self.summaries { #expect(kept.contains("\(summary) \(more)")) }
        #expect(kept.contains("Headline number 3"))
        #expect(!kept.contains("© 2025 Local News"))
    }

    @Test func theTitlesOfCardsStayWhenTheirDatesGo() {
        // Each card: a date (numeric, which the wording steps take), a linked title, a subtitle.
        let cards = Self.summaries.enumerated().map { index, summary in
            "<div class=\"event\"><p>Mar 1\(index) 26</p><h2><a href=\"/\(index)\">Meeting number \(index)</a></h2>"
                + "<h3>\(summary)</h3></div>"
        }.joined()
        let html = """
            <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/events">Events</a></li></ul></nav>
            <div class="events"><p>Every meeting in the region this spring, listed by date, each with a line on what it is about and who it is for.</p>
            \(cards)</div>
            <footer><p>© 2025 Local Events</p></footer></body></html>
            """
        let kept = keptTexts(html)
        for summary in Self.summaries { #expect(kept.contains(summary)) }
        #expect(kept.contains("Meeting number 4"))
        #expect(!kept.contains("© 2025 Local Events"))
    }

    private static func thread(declaredType: String, postsInAForm: Bool = false) -> String {
        let posts = Self.summaries.enumerated().map { index, text in
            "<div class=\"comment\"><p class=\"name\">member\(index)</p><p>\(text)</p></div>"
        }.joined()
        return """
            <html><head><meta property="og:type" content="\(declaredType)"></head><body>
            <h1>What happened in town this week?</h1><p>Tell us what you saw, heard or read about.</p>
            <div class="comments">\(postsInAForm ? "<form action=\"/quote\">\(posts)</form>" : posts)</div>
            <aside>\(postsInAForm ? Self.summaries.map { "<p>\($0)</p>" }.joined() : "")</aside>
            <footer><p>Forum rules and privacy</p></footer></body></html>
            """
    }

    @Test func theDescriptionsOfCardsThatAreLinksThroughAndThroughAreKept() {
        // A company's page: an introduction, then its services, each card one link around a
        // heading, a sentence of description and a call to action.
        let services = Self.summaries.enumerated().map { index, summary in
            "<div class=\"tile\"><a href=\"/service/\(index)\"><h3>Service number \(index)</h3>"
                + "<div class=\"desc\">\(summary)</div><span>Find out more</span></a></div>"
        }.joined()
        let html = """
            <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></nav>
            <div class="page"><section class="hero"><div class="inner"><div class="text"><h1>What we do</h1>
            <p>We help businesses of every size grow with advice that fits them, from the first plan to the daily work.</p>
            <p>Our people bring long experience from many trades, and they stay with a client for as long as it needs them.</p>
            </div></div></section>
            <section class="services"><div class="inner"><div class="row"><div class="grid">\(services)</div></div></div></section></div>
            <footer><p>© 2025 Example Company</p></footer></body></html>
            """
        let kept = keptTexts(html)
        for summary in Self.summaries { #expect(kept.contains(summary)) }
        #expect(kept.contains("We help businesses of every size grow with advice that fits them, from the first plan to the daily work."))
        #expect(!kept.contains("About us"))
    }

    @Test func theDiscussionIsTheContentOfAThread() {
        let kept = keptTexts(Self.thread(declaredType: "website"))
        for post in Self.summaries { #expect(kept.contains(post)) }
    }

    @Test func theDiscussionIsTheContentOfAThreadWhosePostsStandInAForm() {
        // Forums wrap the posts in a form (to quote or moderate several at once); a sidebar as
        // long as the thread keeps the form from holding most of the page's text.
        let kept = keptTexts(Self.thread(declaredType: "website", postsInAForm: true))
        for post in Self.summaries { #expect(kept.contains(post)) }
    }

    @Test func theSignaturesUnderPostsGo() {
        let posts = Self.summaries.enumerated().map { index, text in
            "<div class=\"post\"><p>\(text) \(text)</p><div class=\"signature\"><p>Member \(index)'s garden blog, updated every week</p></div></div>"
        }.joined()
        let html = """
            <html><body><h1>What happened in town this week?</h1><div class="posts">\(posts)</div>
            <footer><p>Forum rules and privacy</p></footer></body></html>
            """
        let kept = keptTexts(html)
        for post in Self.summaries { #expect(kept.contains("\(post) \(post)")) }
        #expect(!kept.contains { $0.hasSuffix("garden blog, updated every week") })
    }

    @Test func commentsUnderADeclaredArticleAreNotReadAsAThread() {
        let kept = keptTexts(Self.thread(declaredType: "article"))
        #expect(kept.filter { Self.summaries.contains($0) }.count < Self.summaries.count)
    }

    /// A topic whose question is long enough to pass for an article, its answers in comments.
    private static func topic(head: String, itemType: String = "") -> String {
        let question = Self.summaries.map { "<p>\($0)</p>" }.joined()
        let answers = (0..<6).map { index in
            let text = Self.summaries.indices.map { Self.summaries[($0 + index) % Self.summaries.count] }.joined(separator: " ")
            return "<div class=\"comment\"><p class=\"name\">member\(index)</p><p>Answer \(index): \(text)</p></div>"
        }.joined()
        return """
            <html><head>\(head)</head><body>
            <div\(itemType)><h1>What happened in town this week?</h1><div class="question">\(question)</div>
            <div class="comments">\(answers)</div></div>
            <footer><p>Forum rules and privacy</p></footer></body></html>
            """
    }

    @Test func theAnswersAreTheContentOfATopicThatDeclaresItselfAThread() {
        let jsonLD = #"<script type="application/ld+json">{"@context": "https://schema.org", "@type": "DiscussionForumPosting"}</script>"#
        let microdata = #" itemscope itemtype="https://schema.org/QAPage""#
        for html in [Self.topic(head: jsonLD), Self.topic(head: "", itemType: microdata)] {
            #expect(HTMLParser.parse(html).isDeclaredThread)
            let kept = keptTexts(html)
            #expect(kept.contains(Self.summaries[0]))
            #expect(kept.filter { $0.hasPrefix("Answer ") }.count == 6)
        }
    }

    @Test func aLongQuestionWithoutADeclarationIsReadAsAnArticle() {
        let article = #"<script type="application/ld+json">{"@type": "Article"}</script>"#
        let html = Self.topic(head: article)
        #expect(!HTMLParser.parse(html).isDeclaredThread)
        let kept = keptTexts(html)
        #expect(kept.contains(Self.summaries[0]))
        #expect(!kept.contains { $0.hasPrefix("Answer ") })
    }

    @Test func aPageMarkedAllOverStillGivesItsDensestText() {
        // Every block stands under a definite marker; the page still has text to give.
        let html = """
            <html><body><div class="cookie-consent"><p>\(Self.summaries[0])</p><p>\(Self.summaries[1])</p></div>
            </body></html>
            """
        let page = HTMLParser.parse(html)
        let (kept, removed) = MainContentSelector.select(page.blocks)
        #expect(kept.flatMap(\.texts) == [Self.summaries[0], Self.summaries[1]])
        #expect(removed.isEmpty)
    }

    @Test func contentThatAScriptRevealsIsReadWhenNothingElseIs() {
        let html = """
            <html><body><div style="visibility:hidden"><h1>Opening hours</h1><p>\(Self.summaries[0])</p></div></body></html>
            """
        #expect(cleanedTexts(html).contains(Self.summaries[0]))
        // Beside visible content, hidden text stays out.
        let visible = "<html><body><p>\(Self.summaries[1])</p><div style=\"visibility:hidden\"><p>\(Self.summaries[0])</p></div></body></html>"
        #expect(cleanedTexts(visible) == [Self.summaries[1]])
    }

    @Test func aPageWithoutTextGivesItsDeclaredDescription() {
        let html = """
            <html><head><meta name="description" content="Questions and answers about the town's new budget.">
            </head><body><div id="app"></div></body></html>
            """
        #expect(cleanedTexts(html) == ["Questions and answers about the town's new budget."])
    }

    @Test func aCopyOfAKeptBlockGoes() {
        let html = """
            <html><body><div class="product">
            <div class="mobile"><h2>Built to last for years and years</h2><p>\(Self.summaries[0])</p></div>
            <div class="desktop"><h2>Built to last for years and years</h2><p>\(Self.summaries[0])</p></div>
            <p>\(Self.summaries[1])</p><p>\(Self.summaries[2])</p><p>\(Self.summaries[3])</p>
            <table><tr><td>Waterproof</td><td>Yes</td></tr><tr><td>Foldable</td><td>Yes</td></tr></table>
            </div></body></html>
            """
        let kept = keptTexts(html)
        #expect(kept.filter { $0 == Self.summaries[0] }.count == 1)
        #expect(kept.filter { $0 == "Built to last for years and years" }.count == 1)
    }

    @Test func sectionsMarkedAsPromotionAreReadWhenTheyHoldNearlyAllTheText() {
        // A company's page: every section carries a class that usually marks an advertisement.
        let html = """
            <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/contact">Contact</a></li></ul></nav>
            <div class="intro"><p>A family business since 1950, with two workshops in the old town and a team of twelve people who know their trade and love their work.</p></div>
            <section class="promo-services"><h2>What we do</h2><p>\(Self.summaries[0])</p><p>\(Self.summaries[1])</p></section>
            <section class="cta-area"><h2>How we work</h2><p>\(Self.summaries[2])</p><p>\(Self.summaries[3])</p></section>
            </body></html>
            """
        let kept = keptTexts(html)
        for summary in Self.summaries.prefix(4) { #expect(kept.contains(summary)) }
        #expect(!kept.contains("Home"))
    }

    @Test func whatStandsOutsideTheMainElementIsTheFrame() {
        let html = """
            <html><body>
            <div class="promo-strip"><p>\(Self.summaries[3]) Order now and save on every second item.</p></div>
            <main><div class="text"><p>\(Self.summaries[0])</p><p>\(Self.summaries[1])</p><p>\(Self.summaries[2])</p>
            <p>\(Self.summaries[0]) \(Self.summaries[1])</p></div></main>
            <div class="about"><p>\(Self.summaries[3]) We have served the town since 1950.</p></div>
            </body></html>
            """
        let kept = keptTexts(html)
        #expect(kept.contains(Self.summaries[0]))
        #expect(!kept.contains { $0.hasSuffix("since 1950.") })
    }

    @Test func linkedHeadingsOverSectionsOfTextStayInTheArticle() {
        // A ranking: each entry's heading links to its subject; a teaser's linked title over a
        // link goes.
        let entries = Self.summaries.enumerated().map { index, summary in
            "<h3><a href=\"/\(index)\">Entry number \(index + 1)</a></h3><p>\(summary)</p>"
        }.joined()
        let html = """
            <html><body><article><h1>The best of the town</h1>\(entries)
            <h3><a href="/more">More rankings from our town</a></h3><p><a href="/more">See every ranking we wrote this year</a></p>
            </article></body></html>
            """
        let kept = keptTexts(html)
        for number in 1...6 { #expect(kept.contains("Entry number \(number)")) }
        #expect(!kept.contains("More rankings from our town"))
    }

    @Test func anIndexUnderItsIntroductionIsKeptOnAPageWithoutAnArticle() {
        // A list of names, each a link, under a short introduction: the page's content, where
        // the menu outside that region is not.
        let names = (1...20).map { "<li><a href=\"/\($0)\">Name \($0)</a></li>" }.joined()
        let html = """
            <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
            <div class="page"><div class="text"><p>\(Self.summaries[0])</p><h2>A to M</h2><ul>\(names)</ul></div></div>
            <div class="links"><ul><li><a href="/x">Imprint</a></li><li><a href="/y">Privacy</a></li></ul></div>
            </body></html>
            """
        let kept = keptTexts(html)
        #expect(kept.contains("Name 7"))
        #expect(!kept.contains("Home"))
        #expect(!kept.contains("Imprint"))
    }

    @Test func aListingsLinkedTitlesSurviveTheCleaning() {
        // A listing without an article: its entries are a list of linked titles, kept by the
        // selection and not taken for a menu afterwards by their links.
        let titles = ["Slow-cooked bean stew with smoked paprika", "Roast chicken with lemon and thyme",
                      "Baked salmon with a crust of herbs", "Spring vegetable soup with fresh peas",
                      "Mushroom risotto with parmesan and sage", "Spiced lentil curry with coconut milk"]
        let entries = titles.enumerated().map { "<li><a href=\"/recipe/\($0.offset)\">\($0.element)</a></li>" }.joined()
        let html = """
            <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
            <div class="page"><h1>Dinner recipes</h1><p>Our favourite dishes for a weeknight.</p><ul>\(entries)</ul></div>
            <footer><p>© 2025 Kitchen</p></footer></body></html>
            """
        let cleaned = cleanedTexts(html)
        for title in titles { #expect(cleaned.contains(title)) }
        #expect(!cleaned.contains("Home"))
    }

    @Test func customerReviewsAreNotTheProduct() {
        let review = "Works well and arrived quickly, but the handle feels a bit cheap for the price we paid for it."
        let html = """
            <html><body><div class="product"><h1>Garden chair</h1><p>\(Self.summaries[0])</p><p>\(Self.summaries[1])</p>
            <p>\(Self.summaries[2])</p></div>
            <div class="product-reviews"><h2>Reviews</h2><p>\(review)</p><p>\(review) Five stars.</p></div></body></html>
            """
        let kept = keptTexts(html)
        #expect(kept.contains(Self.summaries[2]))
        #expect(!kept.contains(review))
    }

    @Test func aShopsSectionOfOtherItemsGoesWithItsHeading() {
        let description = "A sturdy shelf of solid oak, oiled by hand, that holds books, plants and records on four wide boards."
        let others = Self.summaries.map { "<li><p>\($0)</p></li>" }.joined()
        let html = """
            <html><body><main><h1>Oak shelf</h1><p>\(description)</p><p>Price: 120.00 EUR, delivery in three days.</p>
            <h2>Customers who viewed this item also viewed</h2><ul>\(others)</ul></main></body></html>
            """
        let cleaned = cleanedTexts(html)
        #expect(cleaned.contains(description))
        #expect(cleaned.contains("Price: 120.00 EUR, delivery in three days."))
        #expect(!cleaned.contains("Customers who viewed this item also viewed"))
        for other in Self.summaries { #expect(!cleaned.contains(other)) }
    }

    @Test func aSectionOfOtherItemsThatWouldHoldMostOfTheArticleTakesOnlyItsHeading() {
        // The heading offering other items stands above the product's own description, with no
        // heading of its level between them: its section would run into the article.
        let html = """
            <html><body><main><h1>Almond crisps</h1><p>Discontinued.</p><h2>Similar items to consider</h2>
            <p>\(Self.summaries[0])</p><p>\(Self.summaries[1])</p><h3>Ingredients</h3><p>\(Self.summaries[2])</p>
            </main></body></html>
            """
        let cleaned = cleanedTexts(html)
        #expect(!cleaned.contains("Similar items to consider"))
        for summary in Self.summaries.prefix(3) { #expect(cleaned.contains(summary)) }
    }
}
