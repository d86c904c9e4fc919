import Foundation
import Testing
@testable import IngestKit

/// The real archives of warcio's tests (`Tests/Fixtures/warc-samples`, see its SOURCE.md):
/// every HTML and text page of the good ones is found and read; the broken ones are reported
/// by archive and offset.
@Suite struct WARCSampleTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        var file: String
        var pages: [String]
        var failureOffsets: [Int] = []
        var testDescription: String { file }
    }

    static let samples = [
        Sample(file: "example.warc", pages: ["http://example.com/"]),
        Sample(file: "example.warc.gz", pages: ["http://example.com/"]),
        Sample(file: "example-digest.warc", pages: []),
        Sample(file: "example-iana.org-chunked.warc", pages: ["http://www.iana.org/"]),
        Sample(file: "example-resource.warc.gz", pages: ["http://example.com/"]),
        Sample(file: "example-space-in-target-uri.warc.gz", pages: []),
        Sample(file: "example-wget-bad-target-uri.warc.gz",
               pages: ["http://example.com/", "metadata://gnu.org/software/wget/warc/wget.log",
                       "metadata://gnu.org/software/wget/warc/wget_arguments.txt"]),
        Sample(file: "post-test.warc.gz", pages: []),
        Sample(file: "example-bad-non-chunked.warc.gz", pages: ["http://example.com/"]),
        Sample(file: "example-bad.warc.gz.bad", pages: ["http://example.com?example=1"]),
        Sample(file: "example-wrong-chunks.warc.gz", pages: ["http://example.com/"]),
        Sample(file: "example-trunc.warc", pages: [], failureOffsets: [1197, 2560]),
    ]

    @Test(arguments: samples)
    func eachSampleGivesItsPagesAndReportsItsDamage(sample: Sample) throws {
        let folder = try TemporaryFolder()
        let fixture = packageRoot.appendingPathComponent("Tests/Fixtures/warc-samples/" + sample.file)
        // A `.bad` file is an archive under another name.
        let name = sample.file.hasSuffix(".bad") ? String(sample.file.dropLast(".bad".count)) : sample.file
        try FileManager.default.createDirectory(at: folder.url("Input"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture, to: folder.url("Input/" + name))
        let catalog = FolderCatalog(root: folder.url("Input").path)
        let listing = try catalog.crawl()
        #expect(listing.entries.map(\.url) == sample.pages)
        #expect(listing.failures.map(\.path) == sample.failureOffsets.map { _ in "Input/" + name })
        #expect(listing.failures.map(\.reason).map { $0.prefix { $0 != ":" } }
                == sample.failureOffsets.map { "record at offset \($0)"[...] })
        for entry in listing.entries {
            let source = try catalog.load(entry)
            #expect(source.displayPath == "Input/" + name)
            #expect(!source.bytes.isEmpty)
            if source.format == .html {
                let text = String(decoding: source.bytes, as: UTF8.self)
                #expect(text.contains("<html") || text.contains("<HTML") || text.contains("<!doctype"))
                #expect(text.hasSuffix("</html>\n") || text.hasSuffix("</html>") || text.hasSuffix("</html>\n\n"))
            }
        }
    }

    @Test func theChunkedResponseIsReadWithoutItsChunkSizes() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url("Input"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("Tests/Fixtures/warc-samples/example-iana.org-chunked.warc"),
                                         to: folder.url("Input/iana.warc"))
        let catalog = FolderCatalog(root: folder.url("Input").path)
        let entry = try #require(try catalog.crawl().entries.first)
        let document = try ArticleProcessor.process(try catalog.load(entry))
        #expect(document.title?.contains("Internet Assigned Numbers Authority") == true)
        #expect(document.source.url == "http://www.iana.org/")
    }
}
