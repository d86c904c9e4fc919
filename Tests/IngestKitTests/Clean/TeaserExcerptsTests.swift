import Testing
@testable import IngestKit

/// Teasers cut short with an ellipsis under an article go; a listing of such teasers stays.
@Suite struct TeaserExcerptsTests {
    private static let article = [
        "The council voted on Tuesday to rebuild the old bridge over the river, after two years of planning and debate.",
        "Work starts in spring and is to last eighteen months, during which a ferry will carry walkers and cyclists across.",
        "Shop owners on both banks welcomed the decision, although some fear that the works will keep customers away.",
        "The council promised to pay for signs and for free parking near the shops for as long as the bridge is closed.",
        "Residents can see the plans in the town hall until the end of the month and send their comments by letter.",
        "The old bridge was built a hundred and twenty years ago, and engineers found cracks in two of its pillars last year.",
        "Until the new bridge opens, lorries have to take the ring road, which adds about twenty minutes to every delivery.",
    ]

    private static let excerpts = [
        "Every winter the same question comes up in the council chamber: who pays for clearing the snow from the...",
        "The library has a new director, who wants to open the reading room on Sundays and to lend out tools and…",
        "After a dry summer the farmers of the valley count their losses, and many ask for help from the regional [...]",
        "The swimming pool reopens next week after a year of repairs, with a new slide, longer hours and a cafe by the…",
        "Two students from the high school won the national science prize with a study of the birds that nest under...",
        "A storm tore the roof off the old mill on Friday night, and volunteers spent the whole weekend clearing the…",
    ]

    private static func cards() -> String {
        excerpts.enumerated().map { index, excerpt in
            "<div class=\"card\"><h3><a href=\"/\(index)\">Story number \(index)</a></h3><p>\(excerpt)</p></div>"
        }.joined()
    }

    private func keptTexts(_ html: String) -> [String] {
        MainContentSelector.select(HTMLParser.parse(html).blocks).kept.flatMap(\.texts)
    }

    @Test func excerptsCutShortUnderAnArticleGo() {
        let paragraphs = Self.article.map { "<p>\($0)</p>" }.joined()
        let html = "<html><body><div class=\"main\"><h1>A new bridge</h1>\(paragraphs)<h2>More stories</h2>\(Self.cards())</div></body></html>"
        let kept = keptTexts(html)
        for paragraph in Self.article { #expect(kept.contains(paragraph)) }
        for excerpt in Self.excerpts { #expect(!kept.contains(excerpt)) }
    }

    @Test func shortLinesCutShortInAnArticleStay() {
        let paragraphs = Self.article.map { "<p>\($0)</p>" }.joined()
        let folded = ["Details on the costs...", "Details on the ferry…", "Details on parking..."]
        let sections = folded.enumerated().map { "<h2>Part \($0.offset)</h2><p>\($0.element)</p>" }.joined()
        let kept = keptTexts("<html><body><div class=\"main\"><h1>A new bridge</h1>\(paragraphs)\(sections)</div></body></html>")
        for line in folded { #expect(kept.contains(line)) }
    }

    @Test func preformattedTextEndingWithDotsIsNoTeaser() {
        // A guide's terminal sessions: each command's output ends with dots, as it printed them.
        let sessions = [
            "$ git fetch origin main Fetching the latest changes from the remote repository and updating refs...",
            "$ git rebase origin/main Rebasing the local branch on the fetched commits, one commit at a time...",
            "$ git push --force-with-lease Pushing the rewritten branch after checking nobody else pushed to it...",
        ]
        let paragraphs = Self.article.map { "<p>\($0)</p>" }.joined()
        let blocks = sessions.map { "<pre>\($0)</pre>" }.joined()
        let kept = keptTexts("<html><body><div class=\"main\"><h1>Rebasing a branch</h1>\(paragraphs)\(blocks)</div></body></html>")
        for session in sessions { #expect(kept.contains(session)) }
        let written = keptTexts("<html><body><div class=\"main\"><h1>Rebasing a branch</h1>\(paragraphs)\(sessions.map { "<p>\($0)</p>" }.joined())</div></body></html>")
        #expect(!written.contains(sessions[0]))
    }

    @Test func aListingOfExcerptsStays() {
        let html = "<html><body><div class=\"main\"><h1>Latest stories</h1>\(Self.cards())</div></body></html>"
        let kept = keptTexts(html)
        for excerpt in Self.excerpts { #expect(kept.contains(excerpt)) }
    }

    @Test func anEllipsisEndsTheTextWhateverFollowsIt() {
        #expect(TeaserExcerpts.isCutShort("and so on..."))
        #expect(TeaserExcerpts.isCutShort("and so on… "))
        #expect(TeaserExcerpts.isCutShort("and so on […]"))
        #expect(!TeaserExcerpts.isCutShort("and so on."))
        #expect(!TeaserExcerpts.isCutShort("... and so on"))
    }
}
