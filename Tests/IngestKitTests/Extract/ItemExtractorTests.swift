import Testing
@testable import IngestKit

@Suite struct ItemExtractorTests {
    private func items(_ text: String) -> [Category: [Item]] {
        let article = ArticleCleaner.clean(PlainTextParser.parse(text), format: .text)
        return ItemExtractor.extract(article, language: "de")
    }

    private let intro = "Muskelkrämpfe\n\nMuskelkrämpfe sind plötzliche und schmerzhafte Kontraktionen eines Muskels, die meist harmlos sind.\n\n"

    @Test func headingCategoryAppliesToTheListBelowIt() {
        let found = items(intro + "Ursachen\n\n• Überlastung: Zu viel Sport.\n• Dehydration – Zu wenig Flüssigkeit")
        #expect(found[.causes]?.map(\.name) == ["Überlastung", "Dehydration"])
        #expect(found[.causes]?.first?.detail == "Zu viel Sport.")
    }

    @Test func listIntroSentenceOverridesHeading() {
        let found = items(intro + "Ursachen\n\nDas ist häufig. Typische Symptome sind:\n\n• Kältegefühl\n• Krämpfe")
        #expect(found[.symptoms]?.map(\.name) == ["Kältegefühl", "Krämpfe"])
        #expect(found[.causes] == nil)
    }

    @Test func introNamingTheSectionCategoryKeepsIt() {
        let found = items(intro + "Behandlung\n\nLangfristige Medikamente werden täglich genommen, um Anfällen vorzubeugen:\n\n• Kortison")
        #expect(found[.treatments]?.map(\.name) == ["Kortison"])
        #expect(found[.prevention] == nil)
    }

    @Test func verbInAnIntroductionDoesNotNameACategory() {
        let found = items(intro + "Behandlung\n\nWenn die Blutung durch eine kleine Verletzung entsteht:\n\n• Gurgeln mit Salzwasser")
        #expect(found[.treatments]?.map(\.name) == ["Gurgeln mit Salzwasser"])
    }

    @Test func specificQuestionHeadingWinsOverCauseWord() {
        let found = items(intro + "Wie kann man die Ursache diagnostizieren?\n\n• Anamnese: Befragung")
        #expect(found[.diagnostics]?.map(\.name) == ["Anamnese"])
    }

    @Test func treatmentNamedByCauseIsTiedToIt() throws {
        let text = intro + "Ursachen\n\n• Dehydration: Zu wenig Flüssigkeit.\n\nBehandlung\n\n• Dehydration: Flüssigkeitszufuhr mit Elektrolyten.\n• Massage: Lockert."
        let treatments = items(text)[.treatments] ?? []
        try #require(treatments.map(\.name) == ["Flüssigkeitszufuhr mit Elektrolyten", "Massage"])
        #expect(treatments[0].forCause == "Dehydration")
        #expect(treatments[0].detail == nil)
        #expect(treatments[1].forCause == nil)
    }

    @Test func itemsNestedUnderLabelAreTiedToTheLabel() {
        let text = intro + "Behandlung\n\n• Krämpfe vom Rücken:\n    • Physiotherapie: Übungen.\n    • Operation: Selten."
        let treatments = items(text)[.treatments] ?? []
        #expect(treatments.map(\.name) == ["Physiotherapie", "Operation"])
        #expect(treatments.allSatisfy { $0.forCause == "Krämpfe vom Rücken" })
    }

    @Test func shortSubheadingsFollowedByProseAreItemsAndScopeTheirSubsection() {
        let text = intro + "Was können die Ursachen sein?\n\nEs gibt viele.\n\nDurchblutungsstörungen\n\nDie Muskulatur wird schlecht versorgt, besonders nach langem Sitzen.\n\nDie Experten empfehlen zur Prävention von Durchblutungsstörungen:\n\n• ausreichende Bewegung\n\nWelche Symptome treten auf?\n\nVerschiedene Symptome sind möglich, je nach Ursache des Krampfes im Bein."
        let found = items(text)
        #expect(found[.causes]?.map(\.name) == ["Durchblutungsstörungen"])
        #expect(found[.prevention]?.first?.forCause == "Durchblutungsstörungen")
        #expect(found[.causes]?.contains { $0.name.hasPrefix("Welche") } == false)
    }

    @Test func fieldSubItemsAreDetailsNeverItems() throws {
        let text = intro + "Übungen\n\nDiese Übungen helfen langfristig.\n\n1. Wadendehnung:\n\n  • Ausführung: An die Wand lehnen.\n  • Dauer: 30 Sekunden."
        let treatments = items(text)[.treatments] ?? []
        try #require(treatments.map(\.name) == ["Wadendehnung"])
        #expect(treatments[0].detail?.contains("Dauer: 30 Sekunden.") == true)
    }

    @Test func figureLegendIsNeverItems() {
        let text = intro + "Diagnose\n\n• Anamnese\n\nDas Bild zeigt die Muskeln des Beins.\n\n1. Kniescheibe\n2. Sehne\n\nNr. 1 und 2 bilden zusammen das Gelenk."
        #expect(items(text)[.diagnostics]?.map(\.name) == ["Anamnese"])
    }

    @Test func sameNameIsKeptOncePerCategory() {
        let text = intro + "Ursachen\n\n• Überlastung\n\nWeitere Ursachen sind:\n\n• Überlastung.\n• Kälte"
        #expect(items(text)[.causes]?.map(\.name) == ["Überlastung", "Kälte"])
    }

    @Test func listUnderHeadingWithoutCategoryYieldsNothing() {
        let text = intro + "Wie fühlt sich das an?\n\n• stechend\n• ziehend"
        #expect(items(text).isEmpty)
    }

    @Test func urgencyLabelIsNotPartOfTheName() throws {
        let text = intro + "Wann zum Arzt?\n\n• Sofort: Lähmung – bei plötzlicher Schwäche\n• Bei Fieber"
        let doctor = items(text)[.seeADoctor] ?? []
        try #require(doctor.map(\.name) == ["Lähmung", "Bei Fieber"])
        #expect(doctor[0].detail == "bei plötzlicher Schwäche")
    }
    private func englishItems(_ text: String) -> [Category: [Item]] {
        let article = ArticleCleaner.clean(PlainTextParser.parse(text), format: .text)
        return ItemExtractor.extract(article, language: "en")
    }

    private let englishIntro = "Back pain\n\nBack pain is very common and usually gets better within a few weeks or months.\n\n"

    @Test func careBoxIsSeeADoctor() {
        let found = englishItems(englishIntro + "Self-care\n\nThings you can do yourself:\n\n• Stay active\n• Use heat packs\n\n"
            + "See a GP if:\n\n• the pain has not improved after a few weeks\n• you're worried about the pain")
        #expect(found[.treatments]?.map(\.name) == ["Stay active", "Use heat packs"])
        #expect(found[.seeADoctor]?.map(\.name) == ["the pain has not improved after a few weeks", "you're worried about the pain"])
    }

    @Test func moreLikelyIntroductionNamesCausesWhateverElseItSays() {
        let found = englishItems(englishIntro + "Treatment\n\nYou're more likely to need treatment if:\n\n• you lift heavy objects\n• you smoke")
        #expect(found[.causes]?.map(\.name) == ["you lift heavy objects", "you smoke"])
        #expect(found[.treatments] == nil)
    }

    @Test func doAndDontLabelsAreTreatmentsNotItems() {
        let found = englishItems(englishIntro + "Do\n\n• keep moving\n\nDon't\n\n• stay in bed for long periods")
        #expect(found[.treatments]?.map(\.name) == ["keep moving", "stay in bed for long periods"])
    }

    @Test func numberedHeadingsAfterAnIntroductionAreItemsWithoutTheirNumbers() {
        let text = "# Top treatments for back pain\n\nBack pain is common and physiotherapy helps most people recover within weeks.\n\n"
            + "Here are the most recommended treatments:\n\n## 1. Manual Therapy\n\nHands-on techniques relieve muscle tension.\n\n"
            + "## Step 2 - Heat and Cold\n\nHeat relaxes the muscles, cold reduces swelling.\n\n## Outlook\n\nMost people recover well."
        #expect(englishItems(text)[.treatments]?.map(\.name) == ["Manual Therapy", "Heat and Cold"])
    }

    @Test func numberedHeadingInsideACategorySectionKeepsTheSectionsCategory() {
        let text = intro + "## Therapeutische Bausteine\n\n### 1 · Trigger entfernen\n\n• Toxine meiden\n\n### 2 · Mikronährstoffe\n\n• Magnesium"
        let found = items(text)
        #expect(found[.treatments]?.map(\.name) == ["Toxine meiden", "Magnesium"])
        #expect(found[.causes] == nil)
    }

    @Test func paragraphsOfNameAndDetailAfterAnIntroductionAreItems() {
        let text = englishIntro + "How to care for your back\n\nGeneral advice includes:\n\nWalk – it strengthens the muscles.\n\n"
            + "Mix your exercise - running alone strains the joints."
        #expect(englishItems(text)[.treatments]?.map(\.name) == ["Walk", "Mix your exercise"])
    }

    @Test func tableRowsAreItemsWhenTheIntroductionNamesTheCategory() {
        let text = englishIntro + "Most people report triggers. Table 1 shows the commonest triggers.\n\n| Trigger | Share |\n|---|---|\n"
            + "| Stress | 80% |\n| Skipped meals | 57% |"
        let causes = englishItems(text)[.causes] ?? []
        #expect(causes.map(\.name) == ["Stress", "Skipped meals"])
        #expect(causes.first?.detail == "80%")
    }

    @Test func tableRowsUnderACategoryHeadingAreItemsWithoutTheHeader() throws {
        let html = """
            <h1>Mitochondropathie</h1><p>Ein langer einleitender Satz über die Erkrankung und darüber, wie sie sich zeigt und verläuft.</p>
            <h2>Labordiagnostik – was wird untersucht?</h2>
            <table><thead><tr><th>Parameter</th><th>Was es zeigt</th></tr></thead>
            <tr><td><strong>Citrullin im Urin</strong></td><td>Marker für nitrosativen Stress.</td></tr>
            <tr><td>Laktat / Pyruvat</td><td>Hinweise auf gestörte Atmungskette.</td></tr></table>
            """
        let article = ArticleCleaner.clean(HTMLParser.parse(html), format: .html)
        let diagnostics = ItemExtractor.extract(article, language: "de")[.diagnostics] ?? []
        try #require(diagnostics.map(\.name) == ["Citrullin im Urin", "Laktat / Pyruvat"])
        #expect(diagnostics[0].detail == "Marker für nitrosativen Stress.")
    }

    @Test func aFirstRowNamingACategoryLabelsTheColumns() {
        let html = """
            <h1>Back pain</h1><p>Back pain is very common and usually gets better within a few weeks or months without treatment.</p>
            <h2>Symptoms</h2><table><tr><td>Symptom</td><td>What it feels like</td></tr>
            <tr><td>Stiffness</td><td>Hard to move in the morning.</td></tr><tr><td>Sciatica</td><td>Pain down the leg.</td></tr></table>
            <p>Most people with these symptoms get better within a few weeks, and only a few need to see a specialist.</p>
            """
        let article = ArticleCleaner.clean(HTMLParser.parse(html), format: .html)
        #expect(ItemExtractor.extract(article, language: "en")[.symptoms]?.map(\.name) == ["Stiffness", "Sciatica"])
    }

    @Test func aTableUnderNoCategoryHasNoItemsWhateverFollowsIt() {
        let html = """
            <h1>Allergie</h1><p>Ein langer einleitender Satz über die Erkrankung und darüber, wie sie sich zeigt und verläuft.</p>
            <h2>Die vier Typen</h2><p>Man unterscheidet vier Typen.</p>
            <table><tr><th>Typ</th><th>Bezeichnung</th></tr><tr><td>I</td><td>Soforttyp</td></tr><tr><td>II</td><td>Zytotoxisch</td></tr></table>
            <p>Die Typen haben unterschiedliche Ursachen und Symptome.</p>
            """
        let article = ArticleCleaner.clean(HTMLParser.parse(html), format: .html)
        #expect(ItemExtractor.extract(article, language: "de").isEmpty)
    }

    @Test func tipsForAnOccasionAreNoTreatments() {
        let found = englishItems(englishIntro + "Posture Tips for Long Workdays\n\nHe also recommends:\n\n• Keeping feet flat on the ground\n• Taking breaks")
        #expect(found[.treatments] == nil)
    }

    @Test func leadingLabelsAndSymbolsAreNotPartOfTheName() {
        let found = items(intro + "Symptome\n\n• 💡 Kopfschmerzen\n• In schweren Fällen: Kreislaufreaktionen")
        #expect(found[.symptoms]?.map(\.name) == ["Kopfschmerzen", "Kreislaufreaktionen"])
    }

    @Test func headingBulletWithParagraphsIsNamedByTheHeading() throws {
        let text = intro + "Hausmittel gegen Kopfweh\n\n*   #### Lavendel\n    \n    Eines der ältesten Hausmittel, bei leichten Kopfschmerzen hilfreich.\n"
            + "*   #### Ingwer\n    \n    Hilft, den Schmerz früh zu lindern."
        let treatments = items(text)[.treatments] ?? []
        try #require(treatments.map(\.name) == ["Lavendel", "Ingwer"])
        #expect(treatments[0].detail == "Eines der ältesten Hausmittel, bei leichten Kopfschmerzen hilfreich.")
    }
    @Test func questionNamingACategoryIntroducesTheChecklistBelowIt() {
        let found = englishItems(englishIntro + "Overview\n\nDo you have any of these symptoms?\n\n• Do you wake up stiff?\n• Does the pain spread to your leg?")
        #expect(found[.symptoms]?.map(\.name) == ["Do you wake up stiff?", "Does the pain spread to your leg?"])
    }
}
