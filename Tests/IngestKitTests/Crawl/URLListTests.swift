import Testing
@testable import IngestKit

@Suite struct URLListTests {
    @Test func commentsAndBlankLinesAreSkippedAndURLsComeSortedOnce() {
        let list = URLList(parsing: Array("""
            # pages of the night
            https://b.example/x

              https://a.example/y?q=1
            https://b.example/x
            \t# indented comment
            """.utf8))
        #expect(list.urls == ["https://a.example/y?q=1", "https://b.example/x"])
        #expect(list.problems.isEmpty)
    }

    @Test func badLinesAreReportedWithTheirNumbers() {
        let list = URLList(parsing: Array("https://ok.example/\nftp://files.example/a\nhttps://\nhttp://a.example/with space\n".utf8))
        #expect(list.urls == ["https://ok.example/"])
        #expect(list.problems.map(\.line) == [2, 3, 4])
    }

    @Test func aListsPagesComeInPathOrderBesideItsNeighbours() throws {
        let folder = try TemporaryFolder()
        try folder.write("https://b.example/2\nhttps://a.example/1\nnot-a-url\n", to: "Input/news.urls")
        // `-` sorts before `/`: the neighbour comes before the list's pages, as for a folder.
        try folder.write("Text.\n", to: "Input/news.urls-notes.txt")
        try folder.write("Text.\n", to: "Input/news.urlsz.txt")
        let listing = try FolderCatalog(root: folder.url("Input").path).crawl()
        #expect(listing.entries.map(\.displayPath) == [
            "Input/news.urls-notes.txt", "Input/news.urls/https://a.example/1", "Input/news.urls/https://b.example/2",
            "Input/news.urlsz.txt",
        ])
        let paths = listing.entries.map(\.relativePath)
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let page = listing.entries[1]
        #expect(page.url == "https://a.example/1" && page.listedIn == "Input/news.urls")
        #expect(page.id == DocumentID.make(relativePath: "anything", url: "https://a.example/1"))
        #expect(listing.failures.map(\.description) == ["Input/news.urls: line 3: not an http or https URL with a host"])
    }

    @Test func webAddressesResolveRedirectTargets() throws {
        let address = try #require(WebAddress("HTTPS://User@Example.org:8080/a/b?c=1#top"))
        #expect(address.origin == "https://example.org:8080")
        #expect(address.pathAndQuery == "/a/b?c=1")
        #expect(address.resolving("/x") == "https://example.org:8080/x")
        #expect(address.resolving("y") == "https://example.org:8080/a/y")
        #expect(address.resolving("//other.example/z") == "https://other.example/z")
        #expect(address.resolving("http://third.example/") == "http://third.example/")
    }
}

@Suite struct RobotsRulesTests {
    private let text = """
        User-agent: *
        Disallow: /private
        Allow: /private/open
        Disallow: /*.pdf$

        User-agent: otherbot
        Disallow: /
        """

    @Test func theLongestMatchingRuleDecides() {
        let rules = RobotsRules(parsing: Array(text.utf8), token: "ingest")
        #expect(!rules.allows("/private/a"))
        #expect(rules.allows("/private/open/a"))
        #expect(rules.allows("/public"))
        #expect(!rules.allows("/files/a.pdf"))
        #expect(rules.allows("/files/a.pdf?x"))
    }

    @Test func aGroupNamingTheCrawlerReplacesTheStarGroup() {
        let own = RobotsRules(parsing: Array((text + "\n\nUser-agent: ingest\nDisallow: /drafts\n").utf8), token: "ingest")
        #expect(own.allows("/private/a"))
        #expect(!own.allows("/drafts/1"))
        let other = RobotsRules(parsing: Array(text.utf8), token: "otherbot")
        #expect(!other.allows("/public"))
    }

    @Test func anAllowWinsATie() {
        let rules = RobotsRules(parsing: Array("User-agent: *\nDisallow: /a\nAllow: /a\n".utf8), token: "ingest")
        #expect(rules.allows("/a"))
    }
}
