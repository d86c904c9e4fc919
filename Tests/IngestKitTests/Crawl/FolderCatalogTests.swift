import Foundation
import Testing
@testable import IngestKit

@Suite struct FolderCatalogTests {
    @Test func findsSourcesRecursivelyInByteOrderWithDisplayPaths() throws {
        let folder = try TemporaryFolder()
        for name in ["Input/b.txt", "Input/a-b/x.md", "Input/a/z.html", "Input/A.htm", "Input/a.b.TXT"] {
            try folder.write("text", to: name)
        }
        let listing = try FolderCatalog(root: folder.url("Input").path).crawl()
        #expect(listing.entries.map(\.relativePath) == ["A.htm", "a-b/x.md", "a.b.TXT", "a/z.html", "b.txt"])
        #expect(listing.entries.map(\.displayPath).first == "Input/A.htm")
        #expect(listing.entries.map(\.format) == [.html, .text, .text, .html, .text])
        #expect(listing.skipped.isEmpty)
    }

    /// Short names make short folder records: the last record of each batch the kernel hands
    /// over ends close to the end of the listing's buffer, where reading a whole `dirent`
    /// struct instead of the record runs past it (AddressSanitizer tells, `Scripts/sanitize`).
    @Test func aFolderOfManyShortNamesIsListedWhole() throws {
        let folder = try TemporaryFolder()
        let names = (0..<3000).map { String($0, radix: 36) }
        for name in names {
            _ = FileManager.default.createFile(atPath: folder.url(name).path, contents: nil)
        }
        var listed: [String] = []
        try FileSystem.forEachEntry(in: folder.path) { listed.append(String(decoding: $0.name, as: UTF8.self)) }
        #expect(listed.sorted() == names.sorted())
    }

    @Test func aLinkToAFolderSortsAsAFolder() throws {
        let folder = try TemporaryFolder()
        for name in ["Input/real/x.txt", "Input/l.txt", "Input/l-a.txt"] {
            try folder.write("text", to: name)
        }
        try FileManager.default.createSymbolicLink(atPath: folder.url("Input/l").path, withDestinationPath: "real")
        let listing = try FolderCatalog(root: folder.url("Input").path).crawl()
        #expect(listing.entries.map(\.relativePath) == ["l-a.txt", "l.txt", "l/x.txt", "real/x.txt"])
    }

    @Test func aCrawlStopsWhenAskedTo() throws {
        let folder = try TemporaryFolder()
        for name in ["Input/a.txt", "Input/b/c.txt", "Input/d.txt"] {
            try folder.write("text", to: name)
        }
        var seen: [String] = []
        try FolderCatalog(root: folder.url("Input").path).crawl { event in
            if case .source(let entry) = event { seen.append(entry.relativePath) }
            return seen.count < 2
        }
        #expect(seen == ["a.txt", "b/c.txt"])
    }

    @Test func leavesHiddenOutAndListsOtherFilesAsSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("x", to: "Input/.hidden.txt")
        try folder.write("x", to: "Input/.git/config.txt")
        try folder.write("x", to: "Input/photo.jpg")
        try folder.write("x", to: "Input/README")
        try folder.write("x", to: "Input/keep.txt")
        let listing = try FolderCatalog(root: folder.url("Input").path).crawl()
        #expect(listing.entries.map(\.relativePath) == ["keep.txt"])
        #expect(listing.skipped == [
            SkippedPath(path: "Input/README", reason: "not a source file extension"),
            SkippedPath(path: "Input/photo.jpg", reason: "not a source file extension"),
        ])
    }

    @Test func followsLinksInsideTheRootOnlyAndSurvivesLoops() throws {
        let folder = try TemporaryFolder()
        try folder.write("secret", to: "outside.txt")
        try folder.write("x", to: "Input/sub/real.txt")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.url("Input/out.txt").path, withDestinationPath: "../outside.txt")
        try manager.createSymbolicLink(atPath: folder.url("Input/alias.txt").path, withDestinationPath: "sub/real.txt")
        try manager.createSymbolicLink(atPath: folder.url("Input/sub/loop").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: folder.url("Input/gone.txt").path, withDestinationPath: "nowhere.txt")
        let listing = try FolderCatalog(root: folder.url("Input").path).crawl()
        #expect(listing.entries.map(\.relativePath) == ["alias.txt", "sub/real.txt"])
        #expect(listing.skipped.map(\.path) == ["Input/gone.txt", "Input/out.txt", "Input/sub/loop"])
        #expect(listing.skipped.map(\.reason) == ["dangling link", "link leads out of the input root",
                                                  "link loop: leads back to a parent folder"])
    }

    @Test func leavesTheExcludedOutputFolderOut() throws {
        let folder = try TemporaryFolder()
        try folder.write("x", to: "Input/a.txt")
        try folder.write("x", to: "Input/Output/documents/b.txt")
        let listing = try FolderCatalog(root: folder.url("Input").path, excluding: [folder.url("Input/Output").path]).crawl()
        #expect(listing.entries.map(\.relativePath) == ["a.txt"])
    }

    @Test func refusesAFileOverTheLimitWithAClearReason() throws {
        let folder = try TemporaryFolder()
        try folder.write(String(repeating: "a", count: 100), to: "Input/big.txt")
        let catalog = FolderCatalog(root: folder.url("Input").path, maxBytes: 99)
        let entry = try #require(try catalog.crawl().entries.first)
        do {
            _ = try catalog.load(entry)
            Issue.record("a file over the limit was loaded")
        } catch {
            #expect(error.code == .tooLarge)
            #expect(error.description.hasPrefix("Input/big.txt: 100 bytes is over the limit of 99 bytes"))
        }
    }

    @Test func aMissingRootIsAnError() {
        let error = #expect(throws: RunError.self) { try FolderCatalog(root: "/nonexistent/ingest/input").crawl() }
        #expect(error?.kind == .input)
    }

    @Test func aFileNameThatIsNotUTF8IsAFailureNamingTheFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("x", to: "Input/good.txt")
        var rawPath = Array(folder.url("Input").path.utf8) + [UInt8(ascii: "/"), 0xFF, 0xFE] + Array(".txt".utf8) + [0]
        let descriptor = rawPath.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        let listing = try FolderCatalog(root: folder.url("Input").path).crawl()
        #expect(listing.entries.map(\.relativePath) == ["good.txt"])
        #expect(listing.failures.map(\.reason) == ["the file name is not valid UTF-8"])
        #expect(listing.failures.first?.path.hasPrefix("Input/") == true)
    }
}
