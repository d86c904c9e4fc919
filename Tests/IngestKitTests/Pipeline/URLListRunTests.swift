import Foundation
import IngestHTTP
import Testing
@testable import IngestKit

/// Runs over a `.urls` list served by a real HTTP server on 127.0.0.1: the first run fetches
/// and processes every page, the next asks conditionally and processes none, and a run after
/// the site changed processes what changed and no more.
@Suite struct URLListRunTests {
    private static let pageCount = 8

    private func makeSite(_ server: TestHTTPServer, in folder: TemporaryFolder) throws {
        for index in 0..<Self.pageCount {
            server.site.article("/page\(index)", title: "Article \(index)")
        }
        server.site.set("/robots.txt", TestPage(body: "User-agent: *\nDisallow: /private\n", contentType: "text/plain"))
        let urls = (0..<Self.pageCount).map { server.origin + "/page\($0)" }
        try folder.write("# the night's pages\n" + urls.joined(separator: "\n") + "\n", to: "Input/health.urls")
        try folder.write("A text article\n\nWith a paragraph about cramps.\n", to: "Input/local.txt")
    }

    private func run(_ folder: TemporaryFolder, output: String = "Output", jobs: Int = 2, full: Bool = false,
                     refetch: Bool = false, failures: Locked<[String]> = Locked([])) throws -> RunReport {
        var options = IngestOptions(input: folder.url("Input").path, output: folder.url(output).path, jobs: jobs, full: full)
        options.fetch = PoliteFetcherTests.quickPolicy
        options.fetch.refetch = refetch
        let observer = RunObserver(failed: { failure in failures.withLock { $0.append(failure.description) } })
        return try Ingestion.run(options, observer: observer, pageFetcher: HTTPPageFetcher(policy: options.fetch))
    }

    private func document(_ folder: TemporaryFolder, url: String, output: String = "Output") throws -> Document {
        let id = DocumentID.make(relativePath: "", url: url)
        return try JSONDecoder().decode(Document.self, from: folder.bytes("\(output)/documents/\(id).json"))
    }

    private func pageRequests(_ server: TestHTTPServer) -> [LoggedRequest] {
        server.site.log.filter { $0.path.hasPrefix("/page") }
    }

    @Test func unchangedPagesAreNeitherDownloadedNorProcessedAndChangesAreFound() throws {
        let folder = try TemporaryFolder()
        let server = try TestHTTPServer()
        try makeSite(server, in: folder)

        let first = try run(folder)
        #expect(first.new == Self.pageCount + 1 && first.failed == 0 && first.processed == Self.pageCount + 1)
        #expect(pageRequests(server).count == Self.pageCount && pageRequests(server).allSatisfy { $0.ifNoneMatch == nil })
        let page = try document(folder, url: server.origin + "/page3")
        #expect(page.source.path == "Input/health.urls" && page.source.url == server.origin + "/page3")
        #expect(page.title == "Article 3")

        server.site.clearLog()
        let second = try run(folder)
        #expect(second.processed == 0 && second.unchanged == Self.pageCount + 1 && second.summary.contains("0 changed"))
        #expect(pageRequests(server).count == Self.pageCount && pageRequests(server).allSatisfy { $0.ifNoneMatch != nil })

        server.site.article("/page1", title: "Article 1", version: 2)
        server.site.article("/page2", title: "Article 2", version: 2)
        server.site.set("/page4", nil)
        server.site.set("/page5", TestPage(status: 410))
        server.site.set("/page6", TestPage(status: 500))
        server.site.clearLog()
        let failures = Locked<[String]>([])
        let third = try run(folder, failures: failures)
        #expect(third.changed == 2 && third.processed == 2 && third.removed == 2 && third.failed == 1)
        #expect(failures.value == ["Input/health.urls/\(server.origin)/page6: HTTP 500"])
        let changedID = DocumentID.make(relativePath: "", url: server.origin + "/page1")
        #expect(try String(decoding: folder.bytes("Output/documents/\(changedID).json"), as: UTF8.self).contains("Version 2"))
        let ids = try Set(folder.names(in: "Output/documents"))
        #expect(!ids.contains(DocumentID.make(relativePath: "", url: server.origin + "/page4") + ".json"))
        #expect(!ids.contains(DocumentID.make(relativePath: "", url: server.origin + "/page5") + ".json"))
        // The page that failed keeps its last good document.
        #expect(try document(folder, url: server.origin + "/page6").title == "Article 6")
        #expect(ids.count == Self.pageCount + 1 - 2)
    }

    @Test func aListedPageThatWasNeverThereIsAFailureEveryNight() throws {
        let folder = try TemporaryFolder()
        let server = try TestHTTPServer()
        try makeSite(server, in: folder)
        try folder.write(server.origin + "/page0\n" + server.origin + "/missing\n", to: "Input/health.urls")
        for _ in 0..<2 {
            let failures = Locked<[String]>([])
            let report = try run(folder, failures: failures)
            #expect(report.failed == 1 && report.removed == 0 && report.sources == 3)
            #expect(failures.value == ["Input/health.urls/\(server.origin)/missing: HTTP 404"])
        }
    }

    @Test func aFullRunRebuildsFromTheCacheWithoutDownloading() throws {
        let folder = try TemporaryFolder()
        let server = try TestHTTPServer()
        try makeSite(server, in: folder)
        _ = try run(folder)
        let before = try folder.bytes("Output/dataset.jsonl")
        server.site.clearLog()
        server.site.set("/page0", TestPage(status: 503))
        let full = try run(folder, full: true)
        // Every page but the one that fails is processed again from the cache, without a download;
        // the failing one keeps its document, so the dataset is the same.
        #expect(full.processed == Self.pageCount && full.failed == 1)
        #expect(pageRequests(server).allSatisfy { $0.ifNoneMatch != nil })
        #expect(try folder.bytes("Output/dataset.jsonl") == before)
        server.site.article("/page0", title: "Article 0")

        server.site.clearLog()
        let refetched = try run(folder, refetch: true)
        #expect(refetched.processed == 0 && refetched.unchanged == Self.pageCount + 1)
        #expect(pageRequests(server).allSatisfy { $0.ifNoneMatch == nil })
    }

    @Test func anInterruptedRunStopsThePagesStillFetchingWithoutWaitingForThem() throws {
        let folder = try TemporaryFolder()
        let server = try TestHTTPServer()
        try makeSite(server, in: folder)
        for index in 0..<Self.pageCount {
            server.site.set("/page\(index)", TestPage(body: "<p>Late</p>", delay: .seconds(600)))
        }
        var options = IngestOptions(input: folder.url("Input").path, output: folder.url("Output").path, jobs: 2)
        options.fetch = PoliteFetcherTests.quickPolicy
        options.fetch.readTimeout = .seconds(1_200)
        let slowRun = options
        let cancellation = RunCancellation()
        let finished = DispatchSemaphore(value: 0)
        let outcome = Locked<Result<RunReport, RunError>?>(nil)
        DispatchQueue.global().async {
            let result = Result { () throws(RunError) in
                try Ingestion.run(slowRun, cancellation: cancellation, pageFetcher: HTTPPageFetcher(policy: slowRun.fetch))
            }
            outcome.withLock { $0 = result }
            finished.signal()
        }
        // The run is interrupted with requests in flight, and the others waiting for a connection.
        let connections = options.fetch.perHostConnections
        for _ in 0..<200 where pageRequests(server).count < connections { usleep(50_000) }
        #expect(pageRequests(server).count == connections)
        cancellation.cancel()
        // The pages would take ten minutes to come; the interrupted run does not wait for them
        // (two minutes leave room for a machine busy with other work).
        #expect(finished.wait(timeout: .now() + 120) == .success)
        let report = try #require(try outcome.value?.get())
        #expect(report.interrupted && report.new <= 1)
        #expect(!FileManager.default.fileExists(atPath: folder.url("Output/dataset.jsonl").path))
    }

    @Test func theOutputIsTheSameBytesWhateverTheJobs() throws {
        let folder = try TemporaryFolder()
        let server = try TestHTTPServer()
        try makeSite(server, in: folder)
        server.site.set("/private/x", TestPage(body: "<p>hidden</p>"))
        try folder.write(try String(decoding: folder.bytes("Input/health.urls"), as: UTF8.self)
                         + server.origin + "/private/x\nnot-a-url\n", to: "Input/health.urls")
        let failures = Locked<[String]>([])
        let one = try run(folder, output: "One", jobs: 1, failures: failures)
        let two = try run(folder, output: "Two", jobs: 2)
        #expect(one.failed == 2 && two.failed == 2)
        #expect(failures.value.sorted() == [
            "Input/health.urls/\(server.origin)/private/x: disallowed by robots.txt",
            "Input/health.urls: line \(Self.pageCount + 3): not an http or https URL with a host",
        ])
        for name in ["dataset.jsonl", "manifest.json"] {
            #expect(try folder.bytes("One/" + name) == folder.bytes("Two/" + name))
        }
        #expect(try folder.names(in: "One/documents") == folder.names(in: "Two/documents"))
        #expect(try folder.names(in: "One/.fetch-cache").count == Self.pageCount)
    }
}
