import Testing
@testable import IngestKit

@Suite struct PhraseMatcherTests {
    @Test func aPhraseOfLettersStandsAnywhereAsWholeWords() {
        let matcher = PhraseMatcher(["ad", "read more"], anchor: .anywhere)
        for text in ["An ad here", "(ad)", "ad", "Read more about it", "[read more]", "café ad"] {
            #expect(matcher.matches(PhraseMatcher.key(text)), "\(text)")
        }
        // A byte beyond ASCII belongs to a word: `adé` is one word.
        for text in ["download", "bad news", "headline", "already read moreover", "readmore", "adé"] {
            #expect(!matcher.matches(PhraseMatcher.key(text)), "\(text)")
        }
    }

    @Test func aPhraseThatOpensWithPunctuationMayFollowALetter() {
        let matcher = PhraseMatcher(["@example", "-sponsored"], anchor: .anywhere)
        #expect(matcher.matches(PhraseMatcher.key("jane@example.org")))
        #expect(matcher.matches(PhraseMatcher.key("post-sponsored")))
        #expect(!matcher.matches(PhraseMatcher.key("jane@examples.org")))
    }

    @Test func theFirstGroupWithAPhraseWinsWhereverItStands() {
        let matcher = PhraseMatcher(groups: [["cookies"], ["privacy"]], anchor: .anywhere)
        #expect(matcher.firstGroup(in: PhraseMatcher.key("Privacy and cookies")) == 0)
        #expect(matcher.firstGroup(in: PhraseMatcher.key("Our privacy policy")) == 1)
        #expect(matcher.firstGroup(in: PhraseMatcher.key("Nothing here")) == nil)
    }
}
