import Testing
@testable import IngestKit

@Suite struct ContactPatternsTests {
    private let patterns = ContactPatterns(lexicons: LexiconSet.standard.lexicons.map(\.boilerplate))

    @Test func aNameWithItsCredentialIsAByline() {
        #expect(patterns.credentialedName("Angela Beispiel, MD") == .byline)
        #expect(patterns.credentialedName("**Angela Beispiel, MD**") == .byline)
        #expect(patterns.credentialedName("Élodie Martin, PhD") == .byline)
    }

    @Test func aNameWithItsCredentialOpensABio() {
        #expect(patterns.credentialedName("Angela Beispiel, MD, is a pediatrician in Ohio.") == .bio)
    }

    @Test func aLineOfNumbersIsAPhoneButAShareIsNot() {
        #expect(patterns.containsPhone("+49 (0) 30 1234567"))
        #expect(patterns.containsPhone("call 0800 123 456 for an appointment"))
        // A table's row of a date and a change in per cent dials nowhere.
        #expect(!patterns.containsPhone("1/1/2013 - +13.1%"))
        #expect(!patterns.containsPhone("2019 - 2024 - +12.5%"))
    }

    @Test func sentencesAreNoNames() {
        #expect(patterns.credentialedName("The study MD found nothing") == nil)
        #expect(patterns.credentialedName("angela beispiel, MD") == nil)
        #expect(patterns.credentialedName("Angela beispiel, MD") == nil)
        #expect(patterns.credentialedName("2 Angela Beispiel, MD") == nil)
    }
}
