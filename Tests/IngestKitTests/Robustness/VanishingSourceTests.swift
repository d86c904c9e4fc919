import Foundation
import Testing
@testable import IngestKit

/// A source listed by the crawl that is gone or changed its nature when a worker reads it: one
/// failure naming the file, and the other sources go on.
@Suite struct VanishingSourceTests {
    /// Crawls `Input/` (a.txt and b.txt), lets `change` act on the folder, then reads every
    /// listed source as a run's worker does.
    private func outcomes(after change: (TemporaryFolder) throws -> Void) throws -> [String: SourceOutcome] {
        let folder = try TemporaryFolder()
        try folder.write(BadInputRun.goodArticle, to: "Input/a.txt")
        try folder.write(BadInputRun.goodArticle, to: "Input/b.txt")
        let catalog = FolderCatalog(root: folder.url("Input").path)
        let listing = try catalog.crawl()
        try change(folder)
        let layout = OutputLayout(folder: folder.url("Output").path)
        try FileSystem.createDirectory(layout.documents)
        let work = SourceWork(catalog: catalog, layout: layout, rule: ChangeRule(listing: try DocumentListing(layout), full: true))
        return Dictionary(uniqueKeysWithValues: listing.entries.map {
            ($0.displayPath, work.run(SourceItem(entry: $0, previous: nil)).outcome)
        })
    }

    private func expectOnlyBFails(_ outcomes: [String: SourceOutcome], reason: String) {
        guard case .document = outcomes["Input/a.txt"] else {
            Issue.record("a.txt did not become a document")
            return
        }
        guard case .failed(let error, _, _, _) = outcomes["Input/b.txt"] else {
            Issue.record("b.txt did not fail")
            return
        }
        #expect(error.code == .unreadable)
        #expect(error.description == "Input/b.txt: \(reason)")
    }

    @Test func aFileRemovedAfterTheCrawlIsOneFailureNamingIt() throws {
        let outcomes = try outcomes { folder in
            try FileManager.default.removeItem(at: folder.url("Input/b.txt"))
        }
        expectOnlyBFails(outcomes, reason: "cannot open: no such file or directory")
    }

    @Test func aFileReplacedByADanglingLinkAfterTheCrawlIsOneFailureNamingIt() throws {
        let outcomes = try outcomes { folder in
            try FileManager.default.removeItem(at: folder.url("Input/b.txt"))
            try FileManager.default.createSymbolicLink(atPath: folder.url("Input/b.txt").path, withDestinationPath: "gone.txt")
        }
        expectOnlyBFails(outcomes, reason: "cannot open: it is a symbolic link now, not the file listed")
    }

    @Test func aFileReplacedByAFolderAfterTheCrawlIsOneFailureNamingIt() throws {
        let outcomes = try outcomes { folder in
            try FileManager.default.removeItem(at: folder.url("Input/b.txt"))
            try FileManager.default.createDirectory(at: folder.url("Input/b.txt"), withIntermediateDirectories: false)
        }
        expectOnlyBFails(outcomes, reason: "not a regular file")
    }

    /// A link swapped in after the crawl is never followed: a file outside the input root does
    /// not become a document.
    @Test func aFileReplacedByALinkOutOfTheRootAfterTheCrawlIsNotRead() throws {
        let outcomes = try outcomes { folder in
            try folder.write("Secret\n\nNot an article of the input.\n", to: "Elsewhere/secret.txt")
            try FileManager.default.removeItem(at: folder.url("Input/b.txt"))
            try FileManager.default.createSymbolicLink(atPath: folder.url("Input/b.txt").path,
                                                       withDestinationPath: folder.url("Elsewhere/secret.txt").path)
        }
        expectOnlyBFails(outcomes, reason: "cannot open: it is a symbolic link now, not the file listed")
    }

    /// Opening a FIFO would wait for a writer that never comes; the run must not hang on one.
    @Test(.timeLimit(.minutes(1)))
    func aFileReplacedByAFIFOAfterTheCrawlFailsWithoutWaiting() throws {
        let outcomes = try outcomes { folder in
            try FileManager.default.removeItem(at: folder.url("Input/b.txt"))
            #expect(mkfifo(folder.url("Input/b.txt").path, 0o644) == 0)
        }
        expectOnlyBFails(outcomes, reason: "not a regular file")
    }

    /// A link inside the root is read through its target as listed; if that target is later
    /// swapped for a link out of the root, it is not followed.
    @Test func theTargetOfALinkSwappedForALinkOutOfTheRootIsNotRead() throws {
        let folder = try TemporaryFolder()
        try folder.write(BadInputRun.goodArticle, to: "Input/a.txt")
        try folder.write(BadInputRun.goodArticle, to: "Input/real/b.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.url("Input/link.txt").path, withDestinationPath: "real/b.txt")
        try folder.write("Secret\n\nNot an article of the input.\n", to: "Elsewhere/secret.txt")
        let catalog = FolderCatalog(root: folder.url("Input").path)
        let listing = try catalog.crawl()
        let link = try #require(listing.entries.first { $0.displayPath == "Input/link.txt" })
        #expect(try catalog.load(link).bytes == Array(BadInputRun.goodArticle.utf8))
        try FileManager.default.removeItem(at: folder.url("Input/real/b.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.url("Input/real/b.txt").path,
                                                   withDestinationPath: folder.url("Elsewhere/secret.txt").path)
        #expect(throws: SourceFailure.self) { try catalog.load(link) }
    }
}
