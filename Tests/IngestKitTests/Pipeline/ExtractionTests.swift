import Foundation
import Testing
@testable import IngestKit

/// `ingest extract`'s conventions: inputs named as typed, the tree of a folder mirrored,
/// formats given or sniffed, standard input.
@Suite struct ExtractionTests {
    private static let article = "Wadenkrampf\n\nEin Wadenkrampf ist ein plötzlicher, schmerzhafter Krampf der Wade.\n"
    private static let page = "<html><head><title>Wadenkrampf</title></head><body><h1>Wadenkrampf</h1>"
        + "<p>Ein Wadenkrampf ist ein plötzlicher, schmerzhafter Krampf der Wade, oft in der Nacht.</p></body></html>"

    /// The `SourceFailure` `body` throws, or `nil`.
    private func error(_ body: () throws -> Void) -> SourceFailure? {
        do {
            try body()
            return nil
        } catch {
            return error as? SourceFailure
        }
    }

    @Test func aMissingFileIsNamedAsTyped() throws {
        let failure = error { try Extraction.checkInputs(["nope.html"], inputFormat: nil) }
        #expect(failure?.description == "nope.html: no such file or folder")
        let extracted = error { _ = try Extraction.extract(file: "nope.html", format: .json) }
        #expect(extracted?.path == "nope.html")
    }

    @Test func aFileThatFailsIsNamedAsTyped() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(" \n", to: "pages/empty.txt")
        let failure = error { _ = try Extraction.extract(file: path, format: .text) }
        #expect(failure?.path == path)
        #expect(failure?.code == .empty)
    }

    @Test func sourcesOfAFolderAreNamedByTheFolderAsTyped() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.article, to: "pages/sub/good.txt")
        try folder.write(" \n", to: "pages/sub/empty.txt")
        let typed = folder.url("pages").path + "/"
        let summary = try Extraction.run(paths: [typed], format: .text, output: folder.url("out").path, jobs: 1)
        #expect(summary.written == 1)
        #expect(summary.failures.map(\.path) == [typed + "sub/empty.txt"])
    }

    @Test func aURLListInAFolderIsSkippedWithOneLineNamingItAndNoFailure() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.article, to: "pages/good.txt")
        try folder.write("# two pages\nhttps://example.org/a\nhttps://example.org/b\n", to: "pages/feeds/watch.urls")
        let notes = Locked<[String]>([])
        let typed = folder.url("pages").path
        let summary = try Extraction.run(paths: [typed], format: .text, output: folder.url("out").path, jobs: 1,
                                         observer: RunObserver(noted: { note in notes.withLock { $0.append(note) } }))
        #expect(summary.written == 1 && summary.failures.isEmpty)
        #expect(notes.value == [typed + "/feeds/watch.urls: a URL list, skipped: its pages are fetched by `ingest run` only"])
    }

    @Test func twoInputsWritingTheSameFileDoNotOverwriteEachOther() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.article, to: "one/page.txt")
        try folder.write(Self.article, to: "two/page.md")
        let paths = [folder.url("one").path, folder.url("two").path]
        let summary = try Extraction.run(paths: paths, format: .json, output: folder.url("out").path, jobs: 2)
        #expect(summary.written == 1)
        #expect(summary.failures.map(\.path) == [folder.url("two").path + "/page.md"])
        #expect(try folder.names(in: "out") == ["page.json"])
    }

    @Test func inputFormatReadsAFileWhateverItsExtension() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Self.page, to: "page.php")
        #expect(error { try Extraction.checkInputs([path], inputFormat: nil) }?.reason.contains("--input-format") == true)
        #expect(error { try Extraction.checkInputs([path], inputFormat: .html) } == nil)
        let text = String(decoding: try Extraction.extract(file: path, format: .text, inputFormat: .html), as: UTF8.self)
        #expect(text == "Ein Wadenkrampf ist ein plötzlicher, schmerzhafter Krampf der Wade, oft in der Nacht.\n")
    }

    @Test func inputFormatOverridesTheExtension() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Self.article, to: "scraped.html")
        let json = try Extraction.extract(file: path, format: .json, inputFormat: .text)
        let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
        #expect((object?["source"] as? [String: Any])?["format"] as? String == "text")
        #expect(object?["title"] as? String == "Wadenkrampf")
    }

    @Test func standardInputIsReadAndItsFormatSniffed() throws {
        for (input, format) in [(Self.page, "html"), (Self.article, "text")] {
            var descriptors: [Int32] = [0, 0]
            #expect(pipe(&descriptors) == 0)
            let bytes = Array(input.utf8)
            #expect(write(descriptors[1], bytes, bytes.count) == bytes.count)
            close(descriptors[1])
            defer { close(descriptors[0]) }
            let json = try Extraction.extract(file: "-", format: .json, standardInputDescriptor: descriptors[0])
            let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
            let source = object?["source"] as? [String: Any]
            #expect(source?["path"] as? String == "-")
            #expect(source?["format"] as? String == format)
            #expect(object?["title"] as? String == "Wadenkrampf")
        }
    }

    @Test func formatOfStandardInputIsSniffedFromItsFirstCharacter() {
        #expect(Extraction.sniffedFormat(of: Array(" \n<!doctype html>".utf8)) == .html)
        #expect(Extraction.sniffedFormat(of: [0xEF, 0xBB, 0xBF] + Array("<p>".utf8)) == .html)
        #expect(Extraction.sniffedFormat(of: Array("# Titel\n<br>".utf8)) == .text)
        #expect(Extraction.sniffedFormat(of: []) == .text)
    }
}
