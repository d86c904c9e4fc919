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

    @Test func sentencesAreNoNames() {
        #expect(patterns.credentialedName("The study MD found nothing") == nil)
        #expect(patterns.credentialedName("angela beispiel, MD") == nil)
        #expect(patterns.credentialedName("Angela beispiel, MD") == nil)
        #expect(patterns.credentialedName("2 Angela Beispiel, MD") == nil)
    }
}
