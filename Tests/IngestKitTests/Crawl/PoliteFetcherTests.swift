import Foundation
import IngestHTTP
import NIOCore
import Testing
@testable import IngestKit

/// The fetching policy against a real HTTP server on 127.0.0.1, through the real client.
@Suite struct PoliteFetcherTests {
    static var quickPolicy: FetchPolicy {
        var policy = FetchPolicy()
        policy.perHostDelay = .zero
        policy.retryBackoff = .milliseconds(10)
        policy.connectTimeout = .seconds(2)
        policy.readTimeout = .milliseconds(400)
        return policy
    }

    private func fetcher(_ policy: FetchPolicy = quickPolicy, maxBytes: Int = 1 << 20) -> PoliteFetcher {
        PoliteFetcher(HTTPPageFetcher(policy: policy), policy: policy, maxBytes: maxBytes)
    }

    @Test func aPageIsAskedForConditionallyAndA304SaysItIsCurrent() async throws {
        let server = try TestHTTPServer()
        server.site.article("/a", title: "Cramps")
        let fetcher = fetcher()
        guard case .fetched(let page) = await fetcher.fetch(server.origin + "/a", etag: nil, lastModified: nil) else {
            Issue.record("no page")
            return
        }
        #expect(page.etag == "\"/a-v1\"" && page.format == .html && String(decoding: page.body, as: UTF8.self).contains("Cramps"))
        #expect(await fetcher.fetch(server.origin + "/a", etag: page.etag, lastModified: nil) == .notModified)
        #expect(await fetcher.fetch(server.origin + "/a", etag: nil, lastModified: page.lastModified) == .notModified)
        let pages = server.site.log.filter { $0.path == "/a" }
        #expect(pages.map(\.ifNoneMatch) == [nil, "\"/a-v1\"", nil])
        #expect(pages.allSatisfy { $0.userAgent == FetchPolicy.userAgent })
        #expect(server.site.log.filter { $0.path == "/robots.txt" }.count == 1)
    }

    @Test func redirectsAreFollowedUpToFiveAndALoopFails() async throws {
        let server = try TestHTTPServer()
        server.site.article("/final", title: "Final")
        server.site.set("/r1", TestPage(status: 301, location: "/r2"))
        server.site.set("/r2", TestPage(status: 302, location: server.origin + "/final"))
        server.site.set("/loop", TestPage(status: 307, location: "/loop"))
        let fetcher = fetcher()
        guard case .fetched = await fetcher.fetch(server.origin + "/r1", etag: nil, lastModified: nil) else {
            Issue.record("the redirects were not followed")
            return
        }
        #expect(await fetcher.fetch(server.origin + "/loop", etag: nil, lastModified: nil)
                == .failed(.unreadable, reason: "more than 5 redirects"))
        #expect(server.site.log.filter { $0.path == "/loop" }.count == 6)
    }

    @Test func goneAndFailingPagesAreToldApartAndServerErrorsAreRetried() async throws {
        let server = try TestHTTPServer()
        server.site.set("/gone", TestPage(status: 410))
        server.site.set("/broken", TestPage(status: 500, body: "oops"))
        server.site.set("/pdf", TestPage(body: "%PDF", contentType: "application/pdf"))
        let fetcher = fetcher()
        #expect(await fetcher.fetch(server.origin + "/missing", etag: nil, lastModified: nil) == .gone(reason: "HTTP 404"))
        #expect(await fetcher.fetch(server.origin + "/gone", etag: nil, lastModified: nil) == .gone(reason: "HTTP 410"))
        #expect(await fetcher.fetch(server.origin + "/broken", etag: nil, lastModified: nil) == .failed(.unreadable, reason: "HTTP 500"))
        #expect(server.site.log.filter { $0.path == "/broken" }.count == 1 + Self.quickPolicy.retries)
        #expect(await fetcher.fetch(server.origin + "/pdf", etag: nil, lastModified: nil)
                == .failed(.unreadable, reason: "type application/pdf is neither HTML nor text"))
    }

    @Test func aSlowAnswerTimesOutAfterItsRetries() async throws {
        let server = try TestHTTPServer()
        server.site.set("/slow", TestPage(body: "late", delay: .seconds(2)))
        #expect(await fetcher().fetch(server.origin + "/slow", etag: nil, lastModified: nil) == .failed(.unreadable, reason: "timed out"))
        #expect(server.site.log.filter { $0.path == "/slow" }.count == 1 + Self.quickPolicy.retries)
    }

    @Test func robotsTxtIsHonouredAndAskedForOnce() async throws {
        let server = try TestHTTPServer()
        server.site.set("/robots.txt", TestPage(body: "User-agent: *\nDisallow: /private\n", contentType: "text/plain"))
        server.site.article("/private/a", title: "Secret")
        server.site.article("/public", title: "Open")
        let fetcher = fetcher()
        #expect(await fetcher.fetch(server.origin + "/private/a", etag: nil, lastModified: nil)
                == .failed(.unreadable, reason: "disallowed by robots.txt"))
        guard case .fetched = await fetcher.fetch(server.origin + "/public", etag: nil, lastModified: nil) else {
            Issue.record("an allowed page was not fetched")
            return
        }
        #expect(server.site.log.map(\.path) == ["/robots.txt", "/public"])
    }

    @Test func aSiteWhoseRobotsTxtFailsIsNotFetched() async throws {
        let server = try TestHTTPServer()
        server.site.set("/robots.txt", TestPage(status: 503))
        server.site.article("/a", title: "Closed")
        #expect(await fetcher().fetch(server.origin + "/a", etag: nil, lastModified: nil) == .failed(
            .unreadable, reason: "\(server.origin)/robots.txt cannot be had (HTTP 503), so nothing of the site is fetched"))
        #expect(!server.site.log.contains { $0.path == "/a" })
    }

    @Test func gzipBodiesAreDecodedAndOversizedOnesRefused() async throws {
        let server = try TestHTTPServer()
        let text = String(repeating: "Leg cramps at night. ", count: 200)
        server.site.set("/zipped", TestPage(body: text, contentType: "text/plain", gzipped: true))
        guard case .fetched(let page) = await fetcher().fetch(server.origin + "/zipped", etag: nil, lastModified: nil) else {
            Issue.record("no page")
            return
        }
        #expect(String(decoding: page.body, as: UTF8.self) == text && page.format == .text)
        #expect(await fetcher(maxBytes: 1000).fetch(server.origin + "/zipped", etag: nil, lastModified: nil)
                == .failed(.tooLarge, reason: "larger than 1000 bytes"))
    }

    @Test func requestsToOneHostKeepToTheConnectionLimit() async throws {
        let server = try TestHTTPServer()
        for index in 0..<6 {
            server.site.set("/p\(index)", TestPage(body: "<p>page</p>", delay: .milliseconds(100)))
        }
        var policy = Self.quickPolicy
        policy.perHostConnections = 2
        let fetcher = fetcher(policy)
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<6 {
                group.addTask { _ = await fetcher.fetch(server.origin + "/p\(index)", etag: nil, lastModified: nil) }
            }
        }
        #expect(server.site.log.count == 7)
        #expect(server.site.mostInFlight == 2)
    }

    @Test func theDelayBetweenRequestsToOneHostIsKept() async throws {
        let server = try TestHTTPServer()
        for index in 0..<4 { server.site.set("/d\(index)", TestPage(body: "<p>page</p>")) }
        var policy = Self.quickPolicy
        policy.perHostDelay = .milliseconds(100)
        let fetcher = fetcher(policy)
        let start = ContinuousClock.now
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<4 {
                group.addTask { _ = await fetcher.fetch(server.origin + "/d\(index)", etag: nil, lastModified: nil) }
            }
        }
        // robots.txt and four pages: four delays at least between five starts.
        #expect(ContinuousClock.now - start >= .milliseconds(400))
    }
}
