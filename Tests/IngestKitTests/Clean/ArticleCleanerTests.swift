import Testing
@testable import IngestKit

@Suite struct ArticleCleanerTests {
    private func clean(_ text: String) -> CleanedArticle {
        ArticleCleaner.clean(PlainTextParser.parse(text), format: .text)
    }

    private let article = """
        Wadenkrämpfe verstehen

        Ein Wadenkrampf ist eine plötzliche, schmerzhafte Kontraktion der Muskulatur, die meist nach wenigen Minuten vergeht.

        Ursachen

        Die häufigsten Ursachen sind:

        • Überlastung
        • Flüssigkeitsmangel
        """

    @Test func readAlsoAndTagLinesAreRemovedWithTheirKind() {
        let result = clean(article + "\n\nLesen Sie auch: Zehn Tipps gegen Krämpfe\n\ntags: #krampf #wade #muskel")
        #expect(result.removed.map(\.kind) == [.related, .tags])
        #expect(!result.body.flatMap(\.texts).contains { $0.contains("Lesen Sie auch") })
    }

    @Test func supportFollowAndAffiliatePromptsInTheBodyAreRemoved() {
        let prompts = ["Hat Ihnen der Artikel geholfen? Unterstützen Sie uns mit einem Abo.",
                       "If you liked this guide, please consider supporting our journalism.", "Síguenos en Instagram",
                       "This post contains affiliate links: buying through them supports our work."]
        let paragraph = "Regelmäßiges Dehnen der Wade am Abend beugt vielen Krämpfen in der Nacht zuverlässig vor."
        // Numbered, so that no paragraph is a copy of another (copies go, see PageKindTests).
        let paragraphs = (0...prompts.count).map { "\($0 + 1). \(paragraph)" }
        let page = "<body><article><h1>Wadenkrämpfe</h1>"
            + zip(paragraphs, prompts).map { "<p>\($0)</p><p>\($1)</p>" }.joined() + "<p>\(paragraphs[prompts.count])</p></article></body>"
        let result = ArticleCleaner.clean(HTMLParser.parse(page), format: .html)
        let kept = result.body.flatMap(\.texts)
        #expect(prompts.allSatisfy { !kept.contains($0) })
        #expect(kept.filter { paragraphs.contains($0) } == paragraphs)
    }

    @Test func codeIsNotJudgedByItsWords() {
        // A guide's code: its words (`subscribe`, an address, a phone-like number) are no prompt.
        let code = ["client.subscribe(\"alerts\") # sign up for the newsletter feed", "mail_to = \"care@example.org\" # 0800 123 4567"]
        let paragraph = "The reminder service sends one message a day, and the client below subscribes to it when the app starts."
        let paragraphs = (1...4).map { "\($0). \(paragraph)" }
        let page = "<body><article><h1>Medication reminders</h1>" + paragraphs.map { "<p>\($0)</p>" }.joined()
            + code.map { "<pre>\($0)</pre>" }.joined() + "</article></body>"
        let kept = ArticleCleaner.clean(HTMLParser.parse(page), format: .html).body.flatMap(\.texts)
        #expect(code.allSatisfy { kept.contains($0) })
        let prose = page.replacingOccurrences(of: "<pre>", with: "<p>").replacingOccurrences(of: "</pre>", with: "</p>")
        let keptAsProse = ArticleCleaner.clean(HTMLParser.parse(prose), format: .html).body.flatMap(\.texts)
        #expect(!keptAsProse.contains(code[0]))
    }

    @Test func bookingContactAndStaffAboveTheTitleAreRemoved() {
        let chrome = """
            Termin vereinbaren

            Praxis am Markt

            Dr. Anna Beispiel
            Prof. Dr. Bert Muster

            Hauptstraße 12
            12345 Musterstadt

            Telefon 0123 456789


            """
        let result = clean(chrome + article)
        #expect(result.title == "Wadenkrämpfe verstehen")
        #expect(result.body.first?.headingLevel == 1)
        let kinds = Set(result.removed.map(\.kind))
        #expect(kinds.isSuperset(of: [.booking, .staff, .contact]))
        #expect(!result.body.flatMap(\.texts).contains { $0.contains("Musterstadt") || $0.contains("Praxis am Markt") })
    }

    @Test func authorBoxIsRemovedAsOneGroup() {
        let bio = "\n\nAnna Beispiel hat diesen Artikel für Sie zuletzt aktualisiert.\nSie ist Fachärztin für Orthopädie und arbeitet seit vielen Jahren in der Praxis."
        let result = clean(article + bio)
        #expect(result.removed.filter { $0.kind == .author }.count == 2)
    }

    @Test func imageRequestHeadingTakesItsWholeSection() {
        let request = "\n\nWer kann uns ein Bild schicken, das wir hier zeigen dürfen?\n\nWir freuen uns über Ihre Unterstützung und veröffentlichen es gerne anonym auf unserer Seite für alle Leser.\n\nDanke!"
        let result = clean(article + request)
        #expect(result.removed.filter { $0.kind == .imageRequest }.count == 3)
        #expect(result.body.last?.isList == true)
    }

    @Test func aBioAReferenceListAndADisclaimerGoWithTheirWholeSections() {
        let english = """
            # Leg cramps

            A leg cramp is a sudden, painful tightening of a muscle that usually passes within a few minutes.

            ## Causes

            Cramps often follow long exercise, when the muscle is tired and the body has lost fluid.

            ## About the author

            Jane Roe is a science writer who has covered medicine and public health for twenty years.

            ## References

            Smith J, Doe A. Muscle cramps in athletes: a review of the evidence on fluids and salts. J Sports Med. 2020;12:1-10.

            ## Disclaimer

            This article is general information and does not replace the advice of the doctor who knows your history.
            """
        let result = clean(english)
        let kept = result.body.flatMap(\.texts)
        #expect(kept.contains { $0.contains("long exercise") })
        #expect(!kept.contains { $0.contains("science writer") || $0.contains("Smith J") || $0.contains("general information") })
        #expect(Set(result.removed.map(\.kind)).isSuperset(of: [.author, .other, .legal]))
    }

    @Test func articleTextIsKept() {
        let result = clean(article)
        #expect(result.removed.isEmpty)
        #expect(result.body.count == 5)
    }

    @Test func frontMatterTitleWins() {
        let result = clean("---\ntitle: Hand\n---\n" + article)
        #expect(result.title == "Hand")
    }

    @Test func sectionsAfterALateConclusionAreTheSites() {
        let text = "# Asthma\n\n" + String(repeating: "Asthma is a chronic condition of the airways that needs care every day of the year.\n\n", count: 6)
            + "## Conclusion\n\nAsthma can be managed well with the right plan and regular visits to your doctor.\n\n"
            + "## Make Informed Decisions\n\nTalk to our assistant and get your reports validated by top doctors from everywhere."
        let result = clean(text)
        #expect(result.body.last?.text.hasPrefix("Asthma can be managed") == true)
        #expect(result.removed.map(\.kind) == [.other, .other])
    }

    @Test func earlySummaryBoxDoesNotEndTheArticle() {
        let text = "# Asthma\n\n## Summary\n\nAsthma is common and treatable by most people who have it today.\n\n## Causes\n\n"
            + String(repeating: "Allergens and irritants trigger attacks in the airways of many people every year.\n\n", count: 4)
        #expect(clean(text).removed.isEmpty)
    }

    @Test func titleCaseHeadingNamingAGroupOfPeopleIsStaff() {
        let result = clean(article + "\n\n## Our Medical Experts\n\nWe partner with top medical experts.")
        #expect(result.removed.map(\.kind) == [.staff, .staff])
    }

    @Test func credentialedBylineAndBioAreAuthor() {
        let result = clean(article + "\n\nAnna Beispiel, MD\n\nAnna Beispiel, MD, is a pediatrician and a board-certified sleep medicine physician at the clinic.")
        #expect(result.removed.map(\.kind) == [.author, .author])
    }

    @Test func articleByLabelTakesTheBylineBelowIt() {
        let result = clean(article + "\n\n## Artikel von\n\nLeiterin Redaktion Leben und Gesundheit")
        #expect(result.removed.map(\.kind) == [.author, .author])
    }

    @Test func aPageThatWouldLoseEverythingKeepsWhatItsOwnWordsDoNotMark() {
        let result = clean("Weitere Artikel\n\nDiese Seite sammelt einen ganzen Absatz Text, der hier steht und lang genug ist, um Text zu sein.")
        #expect(result.body.map(\.text) == ["Diese Seite sammelt einen ganzen Absatz Text, der hier steht und lang genug ist, um Text zu sein."])
        #expect(result.removed.map(\.kind) == [.related])
    }
    @Test func linesThatAreWidgetsNotArticleAreRemoved() {
        let widgets = ["Lesezeit: Etwa 5 Minuten", "Was this page helpful?", "Yes No", "Find your local pharmacy",
                       "Page last reviewed: 12 March 2024", "© 2025 Beispiel GmbH", "Praxis Beispiel · Heilpraktiker · Musterstadt",
                       "Registered charity number 123456"]
        let result = clean(article + "\n\n" + widgets.joined(separator: "\n\n"))
        let body = result.body.flatMap(\.texts)
        for widget in widgets { #expect(!body.contains(widget), "\(widget)") }
        #expect(body.contains("Überlastung"))
    }
    @Test func aReviewDateLateInATextPageEndsTheArticle() {
        let prose = "Wadenkrämpfe entstehen oft nach langer Belastung und vergehen meist nach wenigen Minuten von selbst."
        let text = article + "\n\n" + Array(repeating: prose, count: 4).joined(separator: "\n\n")
            + "\n\nPage last reviewed: 08 August 2023\n\nHealth A to Z\n\nLive Well\n\nAbout us"
        let body = clean(text).body.flatMap(\.texts)
        #expect(body.contains(prose))
        #expect(!body.contains("Health A to Z"))
        #expect(!body.contains("Live Well"))
    }
}
