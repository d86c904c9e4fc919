import Testing
@testable import IngestKit

@Suite struct MemberPanelTests {
    private static let posts = [
        "Has anyone here tried the new firmware on the older boards? Mine reboots every few hours since the update.",
        "Yes, the same happens on mine. Rolling back to the previous release fixed it for me after a day of testing.",
        "Thanks to both of you. I rolled back too and the board has been running for two days without a single reboot.",
    ]

    private static func post(_ text: String, name: String, joined: String, messages: Int) -> String {
        """
        <article class="message"><div class="message-user"><h4>\(name)</h4><h5>Senior Member</h5>
          <dl class="pairs"><dt>Joined</dt><dd>\(joined)</dd></dl><dl class="pairs"><dt>Messages</dt><dd>\(messages)</dd></dl></div>
          <div class="message-body"><p>\(text)</p></div></article>
        """
    }

    @Test func theStatisticsAndRankBesideEachPostGoButThePostsStay() {
        let html = """
            <html><body><div class="thread"><h1>Firmware update reboots the board</h1>
            \(Self.post(Self.posts[0], name: "maker42", joined: "Jun 29, 2016", messages: 11))
            \(Self.post(Self.posts[1], name: "solder_fan", joined: "Mar 2, 2012", messages: 4_210))
            \(Self.post(Self.posts[2], name: "maker42", joined: "Jun 29, 2016", messages: 11))
            </div></body></html>
            """
        let kept = MainContentSelector.select(HTMLParser.parse(html).blocks).kept.flatMap(\.texts)
        for text in Self.posts { #expect(kept.contains(text)) }
        #expect(kept.contains("solder_fan"))
        #expect(!kept.contains { $0.hasPrefix("Joined") || $0.hasPrefix("Messages") || $0 == "Senior Member" })
    }

    @Test func aShortPostBetweenTwoPanelLinesStays() {
        let posts = Self.posts.map { "<div class=\"post\"><p class=\"name\">maker42 wrote</p><p>\($0)</p><p>1 Like</p></div>" }
        let html = """
            <html><body><div class="topic"><h1>Firmware update reboots the board</h1>
            \(posts[0])<div class="post"><p>Same here.</p><p>1 Like</p></div>\(posts[1])\(posts[2])
            </div></body></html>
            """
        let kept = MainContentSelector.select(HTMLParser.parse(html).blocks).kept.flatMap(\.texts)
        #expect(kept.contains("Same here."))
        #expect(!kept.contains("1 Like"))
    }

    @Test func statisticsReadInEachOrderAndSeveralToALine() {
        #expect(MemberPanel.key(of: "410 posts · Joined 2002") == "posts joined")
        #expect(MemberPanel.key(of: "2 Likes") == "likes")
        #expect(MemberPanel.key(of: ": 887") == "")
        #expect(MemberPanel.key(of: "Super Moderator") == "super moderator")
        #expect(MemberPanel.key(of: "410 posts · read the rules") == nil)
    }

    @Test func aStatisticSaidOnceIsTheArticlesOwn() {
        #expect(MemberPanel.key(of: "Points: 3") == "points")
        #expect(MemberPanel.key(of: "Posts 1,077") == "posts")
        #expect(MemberPanel.key(of: "Postscript: none") == nil)
        let html = """
            <html><body><article><h1>Scoring the quiz</h1>
            <p>Each right answer adds to the total, and the team with the most points at the end of the evening wins the cup.</p>
            <p>Points: 3</p>
            <p>A wrong answer costs nothing, so guessing is always better than leaving a question open on the sheet.</p>
            </article></body></html>
            """
        #expect(MainContentSelector.select(HTMLParser.parse(html).blocks).kept.contains { $0.text == "Points: 3" })
    }
}
