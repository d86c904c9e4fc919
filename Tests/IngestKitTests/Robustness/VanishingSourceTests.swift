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
        return Dictionary(uniqueKeysWithValues: listing.entries.map { ($0.displayPath, work.run($0, previous: nil)) })
    }

    private func expectOnlyBFails(_ outcomes: [String: SourceOutcome], reason: String) {
        guard case .document = outcomes["Input/a.txt"] else {
            Issue.record("a.txt did not become a document")
            return
        }
        guard case .failed(let error, _, _, _, _) = outcomes["Input/b.txt"] else {
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
        expectOnlyBFails(outcomes, reason: "cannot open: no such file or directory")
    }

    @Test func aFileReplacedByAFolderAfterTheCrawlIsOneFailureNamingIt() throws {
        let outcomes = try outcomes { folder in
            try FileManager.default.removeItem(at: folder.url("Input/b.txt"))
            try FileManager.default.createDirectory(at: folder.url("Input/b.txt"), withIntermediateDirectories: false)
        }
        expectOnlyBFails(outcomes, reason: "not a regular file")
    }
}
