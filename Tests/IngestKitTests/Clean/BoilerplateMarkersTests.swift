import Testing
@testable import IngestKit

@Suite struct BoilerplateMarkersTests {
    @Test func theFactsOfEachTokenSayWhatEveryTableSays() {
        let facts = BoilerplateMarkers.facts
        for (token, kind) in BoilerplateMarkers.strong { #expect(facts[token]?.strong == kind, "\(token)") }
        for (token, kind) in BoilerplateMarkers.weak { #expect(facts[token]?.weak == kind, "\(token)") }
        for token in BoilerplateMarkers.modifiers { #expect(facts[token]?.isModifier == true, "\(token)") }
        for token in BoilerplateMarkers.articleTokens { #expect(facts[token]?.isArticleToken == true, "\(token)") }
        for token in BoilerplateMarkers.definite { #expect(facts[token]?.isDefinite == true, "\(token)") }
        for token in BoilerplateMarkers.thread { #expect(facts[token]?.isThread == true, "\(token)") }
        for (token, followers) in BoilerplateMarkers.neutralCompounds { #expect(facts[token]?.neutralFollowers == followers) }
        for (token, followers) in BoilerplateMarkers.contentCompounds { #expect(facts[token]?.contentFollowers == followers) }
    }

    @Test func aTokenNoTableNamesHasNoFacts() {
        #expect(BoilerplateMarkers.facts["entry-title"] == nil)
        #expect(BoilerplateMarkers.facts["wp"] == nil)
        #expect(BoilerplateMarkers.facts["share"]?.weak == nil)
        #expect(BoilerplateMarkers.facts["share"]?.isDefinite == false)
    }
}
