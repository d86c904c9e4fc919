import Foundation
import Testing
@testable import IngestKit

/// The catalogue of bad inputs: each one, run beside a good article, is either one failure
/// line naming the file and the reason or a document like any other, and never stops the run.
@Suite struct BadInputCatalogueTests {
    private let article = Array(BadInputRun.goodArticle.utf8)

    @Test func anEmptyFileIsOneFailure() throws {
        try BadInputRun("empty.txt", []).expectOneFailure("empty.txt", .empty)
    }

    @Test func aFileOfOnlyWhiteSpaceIsOneFailure() throws {
        try BadInputRun("blank.txt", Array(" \t\n\r\n   \n\u{A0}\u{2003}\n".utf8)).expectOneFailure("blank.txt", .empty)
    }

    @Test func aPNGImageIsOneFailureAsBinary() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        var bytes = SeededBytes(seed: 1)
        try BadInputRun("image.txt", png + bytes.next(2048)).expectOneFailure("image.txt", .binary)
    }

    @Test func aPDFIsOneFailureAsBinary() throws {
        let pdf = Array("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog >>\nstream\n".utf8)
        var bytes = SeededBytes(seed: 2)
        try BadInputRun("paper.html", pdf + bytes.next(2048)).expectOneFailure("paper.html", .binary)
    }

    @Test func randomBytesAreOneFailureAsBinary() throws {
        var bytes = SeededBytes(seed: 3)
        try BadInputRun("noise.txt", bytes.next(65536)).expectOneFailure("noise.txt", .binary)
    }

    @Test func nulBytesAtTheStartOfTextAreOneFailureAsBinary() throws {
        let bytes = Array(article[..<20]) + [0, 0] + Array(article[20...])
        try BadInputRun("nul.txt", bytes).expectOneFailure("nul.txt", .binary)
    }

    @Test func aNULByteDeepInsideLongTextIsDroppedAndTheTextProcessed() throws {
        let long = Array(String(repeating: BadInputRun.goodArticle, count: 400).utf8)
        let bytes = Array(long[..<(long.count / 2)]) + [0] + Array(long[(long.count / 2)...])
        let run = try BadInputRun("late-nul.txt", bytes)
        try run.expectProcessed("late-nul.txt")
        let document = try run.folder.bytes("Output/documents/\(DocumentID.make(relativePath: "late-nul.txt")).json")
        #expect(!document.contains(0))
        #expect(!String(decoding: document, as: UTF8.self).contains("\\u0000"))
    }

    @Test func invalidUTF8IsReadAsAnArticleWithoutReplacementCharacters() throws {
        let bytes = article + [0xFF, 0xFE, 0xC3, 0x28] + Array(" und mehr \u{80} Text\n".utf8)
        let run = try BadInputRun("invalid.txt", bytes)
        try run.expectProcessed("invalid.txt")
        let document = try run.folder.bytes("Output/documents/\(DocumentID.make(relativePath: "invalid.txt")).json")
        #expect(!String(decoding: document, as: UTF8.self).contains("\u{FFFD}"))
    }

    /// The body of the good article, read as UTF-8.
    private func goodBody() throws -> [Block] {
        try ArticleProcessor.process(Source(relativePath: "good.txt", displayPath: "Input/good.txt", format: .text, bytes: article)).body
    }

    private func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        return bytes
    }

    @Test(arguments: [(true, true), (false, true), (true, false), (false, false)])
    func utf16WithOrWithoutAByteOrderMarkReadsLikeUTF8(bigEndian: Bool, byteOrderMark: Bool) throws {
        let bytes = utf16(BadInputRun.goodArticle, bigEndian: bigEndian, byteOrderMark: byteOrderMark)
        let run = try BadInputRun("wide.txt", bytes)
        try run.expectProcessed("wide.txt")
        let document = try ArticleProcessor.process(Source(relativePath: "wide.txt", displayPath: "Input/wide.txt",
                                                           format: .text, bytes: bytes))
        #expect(document.body == (try goodBody()))
        #expect(document.source.encoding.hasPrefix("utf-16"))
    }

    @Test func aWrongDeclaredCharsetDoesNotGarbleUTF8Text() throws {
        let page = "<html><head><meta charset=\"iso-8859-1\"><title>Grüße</title></head>"
            + "<body><p>Grüße aus München: über Kopfschmerzen und ihre Ursachen.</p></body></html>"
        let decoded = try TextDecoder.decode(Array(page.utf8), format: .html)
        #expect(decoded.text.contains("Grüße aus München: über Kopfschmerzen"))
        try BadInputRun("declared.html", Array(page.utf8)).expectDocumentOrOneFailure("declared.html")
    }

    @Test func aFileOverMaxBytesIsOneFailureAsTooLarge() throws {
        let bytes = Array(String(repeating: BadInputRun.goodArticle, count: 40).utf8)
        let run = try BadInputRun("big.txt", bytes, maxBytes: 2048)
        try run.expectOneFailure("big.txt", .tooLarge)
        #expect(run.failureLines.first?.contains("--max-bytes") == true)
    }

    /// A single line of `megabytes` MiB of prose: one paragraph, processed like any other.
    private func singleLine(megabytes: Double) -> [UInt8] {
        let sentence = Array("Kopfschmerzen entstehen oft durch Stress und zu wenig Schlaf. ".utf8)
        let count = Int(megabytes * 1_048_576)
        return (0..<count).map { sentence[$0 % sentence.count] }
    }

    @Test func aLongSingleLineIsProcessed() throws {
        try BadInputRun("line.txt", singleLine(megabytes: 0.25)).expectProcessed("line.txt")
    }

    /// About 1 s in release but far longer in a debug build: `INGEST_SLOW_TESTS=1`;
    /// `Scripts/crash-test` runs it through the release binary.
    @Test(.enabled(if: slowTestsEnabled), .timeLimit(.minutes(10)))
    func aTwentyMegabyteSingleLineIsProcessed() throws {
        try BadInputRun("line.txt", singleLine(megabytes: 20)).expectProcessed("line.txt")
    }

    /// Each label was once read by a recursive call: this line overflowed a worker's stack and
    /// ended the whole run with a segmentation fault.
    @Test func markdownLinksNestedAHundredThousandLevelsDeepAreProcessed() throws {
        let line = "Links: " + String(repeating: "[", count: 100_000) + "Kopfschmerzen" + String(repeating: "](x)", count: 100_000)
        try BadInputRun("links.txt", Array((line + "\n\n" + BadInputRun.goodArticle).utf8)).expectProcessed("links.txt")
    }

    @Test func htmlNestedAHundredThousandLevelsDeepEndsWithoutCrashing() throws {
        let page = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Tief unten steht ein Absatz.</p>"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        try BadInputRun("deep.html", Array(page.utf8)).expectDocumentOrOneFailure("deep.html")
    }

    /// HTML of `count` paragraphs.
    private func manyElements(_ count: Int) -> [UInt8] {
        Array(("<html><body>" + String(repeating: "<p>Ein Satz.</p>", count: count) + "</body></html>").utf8)
    }

    @Test func htmlOfAHundredThousandElementsEndsWithoutCrashing() throws {
        try BadInputRun("many.html", manyElements(100_000)).expectDocumentOrOneFailure("many.html")
    }

    /// About a minute in a debug build on this machine: `INGEST_SLOW_TESTS=1`; `Scripts/crash-test`
    /// runs it through the release binary.
    @Test(.enabled(if: slowTestsEnabled), .timeLimit(.minutes(10)))
    func htmlOfAMillionElementsEndsWithoutCrashing() throws {
        try BadInputRun("million.html", manyElements(1_000_000)).expectDocumentOrOneFailure("million.html")
    }

    @Test func unclosedTagsEndWithoutCrashing() throws {
        let page = "<html><head><title>Kopfschmerzen<body><h1>Kopfschmerzen<p>Ein Absatz über Ursachen"
            + "<ul><li>Stress<li>Schlafmangel<div><table><tr><td>Zelle<!-- offen <script>var x = '<p>"
        try BadInputRun("unclosed.html", Array(page.utf8)).expectDocumentOrOneFailure("unclosed.html")
    }

    @Test func aFileNameThatIsNotUTF8IsOneFailureNamingTheFile() throws {
        let run = try BadInputRun { folder in
            var rawPath = Array(folder.url("Input").path.utf8) + [UInt8(ascii: "/"), 0xFF, 0xFE] + Array(".txt".utf8) + [0]
            let descriptor = rawPath.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
                } ?? -1
            }
            try #require(descriptor >= 0)
            close(descriptor)
        }
        // A name that is not UTF-8 cannot be a manifest key: the failure is in the report only.
        try run.expectOneFailure("\u{FFFD}\u{FFFD}.txt", .unreadable, inManifest: false)
        #expect(run.failureLines.first?.hasSuffix("the file name is not valid UTF-8") == true)
        // A path the crawl could not list is one of the run's sources, failed.
        #expect(run.report.sources == run.report.new + run.report.unchanged + run.report.failed)
    }

    @Test func aLinkLoopIsSkippedWithItsReasonAndTheRunCompletes() throws {
        let run = try BadInputRun { folder in
            try FileManager.default.createDirectory(at: folder.url("Input/sub"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder.url("Input/sub/loop").path, withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(atPath: folder.url("Input/self.txt").path, withDestinationPath: "self.txt")
        }
        #expect(run.report.failures.isEmpty)
        #expect(run.report.new == 1)
        #expect(run.report.skipped.map(\.path) == ["Input/self.txt", "Input/sub/loop"])
        #expect(run.report.skipped.map(\.reason) == ["dangling link", "link loop: leads back to a parent folder"])
    }
}
