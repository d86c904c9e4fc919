import Testing
@testable import IngestKit

@Suite struct LanguageDetectorTests {
    private func language(_ text: String, declared: String? = nil) -> String {
        LanguageDetector.detect(CleanedArticle(title: nil, body: [.paragraph(text)], removed: [], declaredLanguage: declared))
    }

    @Test func germanTextIsGerman() {
        #expect(language("Die Ursachen für Krämpfe in den Beinen sind vielfältig und nicht immer eindeutig zu finden.") == "de")
    }

    @Test func englishTextIsEnglish() {
        #expect(language("Asthma is a chronic condition that affects the airways in your lungs and can be managed.") == "en")
    }

    @Test func tooLittleTextFallsBackToDeclaredOrUndetermined() {
        #expect(language("Hallo") == "und")
        #expect(language("Hallo", declared: "de-DE") == "de")
    }
}
