import Testing
@testable import IngestKit

@Suite struct HeadlineTests {
    private static let paragraphs = [
        "Migraine is one of the most common neurological conditions, and it affects about one person in seven worldwide.",
        "Attacks often begin with warning signs such as tiredness, yawning or cravings, hours before the headache starts.",
        "A quiet dark room, enough water and regular sleep help many people through an attack without further treatment.",
    ]

    private static let body = """
        <div class="entry-content"><p>\(paragraphs[0])</p><h2>Warning signs</h2><p>\(paragraphs[1])</p>
        <h2>What helps</h2><p>\(paragraphs[2])</p></div>
        """

    private func clean(_ html: String) -> CleanedArticle {
        ArticleCleaner.clean(HTMLParser.parse(html), format: .html)
    }

    @Test func aHeadingThatSaysWhatADeclaredTitleSaysIsTheHeadline() {
        let titles = Headline.TitleWords(["Best Office Chairs for Back Pain Relief | Spine Clinic"])
        #expect(Headline.isHeadline("Best Office Chairs to Prevent Back Pain", titles: titles))
        #expect(!Headline.isHeadline("Office Chair & Back Pain: Quick Facts", titles: titles))
        #expect(!Headline.isHeadline("Symptoms", titles: Headline.TitleWords(["Symptoms of migraine and what helps"])))
        #expect(!Headline.isHeadline("Migraine", titles: Headline.TitleWords([])))
    }

    @Test func theHeadlineInAHeaderClassedAfterTheBylineIsKeptAndIsTheTitle() {
        let html = """
            <html><head><title>Migraine: new drug comes - what it costs - news.example</title>
            <meta property="og:title" content="Migraine: new drug comes - what it costs">
            <meta name="twitter:title" content="Migraine drug: what the new pill costs"></head><body>
            <article><div class="author-info_wrapper"><h2>Migraine drug: what the new pill costs</h2>
            <p class="author__name">Anna Example</p></div>\(Self.body)</article></body></html>
            """
        let article = clean(html)
        #expect(article.title == "Migraine drug: what the new pill costs")
        #expect(article.body.first?.text == "Migraine drug: what the new pill costs")
    }

    @Test func aHeadingsOwnClassDoesNotRemoveIt() {
        let html = """
            <html><head><title>Migraine | Health Site</title></head><body>
            <div class="hero"><h1 class="kt-adv-heading">Migraine: what helps</h1></div>
            <div class="entry-content"><p>\(Self.paragraphs[0])</p><h2 class="kt-adv-heading">Warning signs</h2>
            <p>\(Self.paragraphs[1])</p><p>\(Self.paragraphs[2])</p></div></body></html>
            """
        let article = clean(html)
        #expect(article.title == "Migraine: what helps")
        #expect(article.body.contains { $0.text == "Warning signs" })
    }

    @Test func theHeadlineInABannerOutranksAKeptHeadingThatOnlyResemblesTheTitle() {
        let html = """
            <html><head><title>Ultimate Guide to the Best Migraine Remedies</title></head><body>
            <div class="banner overlay-content"><h1>Ultimate Guide to the Best Migraine Remedies</h1></div>
            <div class="page"><div class="nav-links"><a href="/a">Home</a> <a href="/b">Blog</a> <a href="/c">Contact</a></div>
            <div class="entry-content"><p>\(Self.paragraphs[0])</p><h2>How to Choose the Best Migraine Remedies</h2>
            <p>\(Self.paragraphs[1])</p><p>\(Self.paragraphs[2])</p></div></div></body></html>
            """
        let article = clean(html)
        #expect(article.title == "Ultimate Guide to the Best Migraine Remedies")
        #expect(article.body.first?.text == "Ultimate Guide to the Best Migraine Remedies")
    }

    @Test func aSiteSectionHeadingThatSaysNothingOfTheTitleStaysOut() {
        let html = """
            <html><head><title>Babies who eat peanuts early may avoid allergy</title></head><body>
            <div class="section-nav"><h1>Allergies Health Center</h1><ul><li><a href="/a">Overview</a></li>
            <li><a href="/b">Tools</a></li></ul></div>
            <article><h2>Babies who eat peanuts early may avoid allergy</h2>\(Self.body)</article></body></html>
            """
        let article = clean(html)
        #expect(article.title == "Babies who eat peanuts early may avoid allergy")
        #expect(!article.body.contains { $0.text == "Allergies Health Center" })
    }
}
