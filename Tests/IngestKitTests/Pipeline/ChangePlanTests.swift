import Testing
@testable import IngestKit

/// The change rule and the plan, on values alone: no folder, no manifest file, no thread.
@Suite struct ChangePlanTests {
    private static let version = ArticleProcessor.pipelineVersion

    private static func crawlEntry(_ name: String, size: Int = 10, modified: String = "5.000000000") -> CrawlEntry {
        CrawlEntry(relativePath: name, displayPath: "Input/" + name, format: .text, location: "/in/" + name, size: size,
                   modified: modified)
    }

    /// The last run's entry of `name`: a document (or a failure with `code`), stamped as the
    /// file `Self.crawlEntry(name)` describes.
    private static func recorded(_ name: String, sha256: String = "aa", code: SourceFailure.Code? = nil,
                          stamp: SourceStamp? = SourceStamp(size: 10, modified: "5.000000000", sha256: "aa"),
                          version: String? = nil) -> Manifest.Entry {
        Manifest.Entry(path: "Input/" + name, id: DocumentID.make(relativePath: name), sha256: sha256,
                       status: code == nil ? .ok : .failed, code: code, reason: code.map { "\($0)" },
                       pipelineVersion: version ?? Self.version, datasetLineBytes: code == nil ? 100 : nil, stamp: stamp)
    }

    /// A rule for a `documents/` folder holding the documents of `names`.
    private func rule(documents names: [String], full: Bool = false) -> ChangeRule {
        ChangeRule(listing: DocumentListing(ids: names.map { DocumentID.number(relativePath: $0) }), full: full)
    }

    @Test func aStampThatShowsTheFileAsItIsKeepsTheEntryUnread() {
        #expect(rule(documents: ["a.txt"]).keepsUnread(Self.crawlEntry("a.txt"), as: Self.recorded("a.txt")))
    }

    @Test(arguments: [
        ("another time", crawlEntry("a.txt", modified: "6.000000000"), recorded("a.txt")),
        ("another size", crawlEntry("a.txt", size: 11), recorded("a.txt")),
        ("no stamp", crawlEntry("a.txt"), recorded("a.txt", stamp: nil)),
        ("a stamp of other bytes", crawlEntry("a.txt"),
         recorded("a.txt", stamp: SourceStamp(size: 10, modified: "5.000000000", sha256: "bb"))),
        ("another pipeline version", crawlEntry("a.txt"), recorded("a.txt", version: "0.0.1")),
        ("a failure another read may not meet", crawlEntry("a.txt"), recorded("a.txt", code: .unreadable)),
    ] as [(String, CrawlEntry, Manifest.Entry)])
    func theQuickCheckSendsToAWorker(_ why: String, entry: CrawlEntry, previous: Manifest.Entry) {
        #expect(!rule(documents: ["a.txt"]).keepsUnread(entry, as: previous), "\(why)")
    }

    @Test func aDocumentMissingFromTheFolderOrAFullRunSendsToAWorker() {
        #expect(!rule(documents: []).keepsUnread(Self.crawlEntry("a.txt"), as: Self.recorded("a.txt")))
        #expect(!rule(documents: ["a.txt"], full: true).keepsUnread(Self.crawlEntry("a.txt"), as: Self.recorded("a.txt")))
        #expect(!rule(documents: ["a.txt"]).keepsUnread(Self.crawlEntry("a.txt"), as: nil))
    }

    @Test func aFailureTheSameBytesMeetAgainIsKeptWithoutADocument() {
        #expect(rule(documents: []).keepsUnread(Self.crawlEntry("a.txt"), as: Self.recorded("a.txt", code: .empty)))
    }

    @Test func onceReadTheEntryHoldsForTheBytesItRecords() {
        let rule = rule(documents: ["a.txt"])
        #expect(rule.keepsRead(sha256: "aa", as: Self.recorded("a.txt", stamp: nil)))
        #expect(!rule.keepsRead(sha256: "bb", as: Self.recorded("a.txt")))
        #expect(!rule.keepsRead(sha256: "aa", as: nil))
        #expect(!self.rule(documents: ["a.txt"], full: true).keepsRead(sha256: "aa", as: Self.recorded("a.txt")))
    }

    @Test func thePlanKeepsWhatTheRuleKeepsAndListsTheRestInOrderOfID() {
        var plan = ChangePlan(limit: 10, rule: rule(documents: ["a.txt", "b.txt", "c.txt"]))
        plan.add(Self.crawlEntry("a.txt"), previous: (Self.recorded("a.txt"), 0))
        plan.add(Self.crawlEntry("b.txt", size: 99), previous: (Self.recorded("b.txt"), 1))
        plan.add(Self.crawlEntry("new.txt"), previous: nil)
        plan.add(Self.crawlEntry("z.txt"), previous: nil)
        plan.skip(SkippedPath(path: "Input/x.pdf", reason: "not a source file extension"))
        plan.seal(removed: 1, previousLines: DatasetLineTable(), everyEntryMatched: false, crawlSeconds: 0)

        #expect(plan.sources == 4 && plan.removed == 1 && plan.skipped.count == 1)
        #expect(plan.kept.count == 1 && plan.kept.contains(0) && !plan.kept.contains(1))
        let pendingIDs = ["b.txt", "new.txt", "z.txt"].map { DocumentID.number(relativePath: $0) }
        #expect(plan.pending.map(\.id) == pendingIDs.sorted())
        #expect(plan.planned.ids == (pendingIDs + [DocumentID.number(relativePath: "a.txt")]).sorted())
        #expect(pendingIDs.allSatisfy(plan.planned.wasProcessed))
        #expect(!plan.planned.wasProcessed(DocumentID.number(relativePath: "a.txt")))
    }

    @Test func aKeptFailureHasNoLineInTheDataset() {
        var plan = ChangePlan(limit: 10, rule: rule(documents: []))
        plan.add(Self.crawlEntry("a.txt"), previous: (Self.recorded("a.txt", code: .binary), 0))
        plan.seal(removed: 0, previousLines: DatasetLineTable(), everyEntryMatched: true, crawlSeconds: 0)
        #expect(plan.kept.count == 1 && plan.pending.isEmpty && plan.planned.ids.isEmpty)
    }

    @Test func aPlanThatKeepsEveryEntryLeavesTheManifestAsItIsAndListsTheKeptFailures() {
        var plan = ChangePlan(limit: 10, rule: rule(documents: ["a.txt"]))
        plan.add(Self.crawlEntry("a.txt"), previous: (Self.recorded("a.txt"), 0))
        plan.add(Self.crawlEntry("b.txt"), previous: (Self.recorded("b.txt", code: .binary), 1))
        plan.seal(removed: 0, previousLines: DatasetLineTable(), everyEntryMatched: true, crawlSeconds: 0)
        #expect(plan.leavesManifestAsItIs)
        #expect(plan.keptFailures.map(\.code) == [.binary])
    }

    @Test func aPendingSourceAnEntryLeftOverOrACrawlFailureChangesTheManifest() {
        var pending = ChangePlan(limit: 10, rule: rule(documents: ["a.txt"]))
        pending.add(Self.crawlEntry("a.txt", size: 99), previous: (Self.recorded("a.txt"), 0))
        pending.seal(removed: 0, previousLines: DatasetLineTable(), everyEntryMatched: true, crawlSeconds: 0)
        #expect(!pending.leavesManifestAsItIs)

        var leftOver = ChangePlan(limit: 10, rule: rule(documents: ["a.txt"]))
        leftOver.add(Self.crawlEntry("a.txt"), previous: (Self.recorded("a.txt"), 0))
        leftOver.seal(removed: 1, previousLines: DatasetLineTable(), everyEntryMatched: false, crawlSeconds: 0)
        #expect(!leftOver.leavesManifestAsItIs)

        var crawlFailure = ChangePlan(limit: 10, rule: rule(documents: ["a.txt"]))
        crawlFailure.add(Self.crawlEntry("a.txt"), previous: (Self.recorded("a.txt"), 0))
        crawlFailure.fail(SourceFailure(.unreadable, "cannot list", path: "Input/locked"))
        crawlFailure.seal(removed: 0, previousLines: DatasetLineTable(), everyEntryMatched: true, crawlSeconds: 0)
        #expect(!crawlFailure.leavesManifestAsItIs)
    }

    @Test func morePendingSourcesAndCrawlFailuresThanTheLimitAreOverIt() {
        var plan = ChangePlan(limit: 2, rule: rule(documents: []))
        plan.add(Self.crawlEntry("a.txt"), previous: nil)
        plan.fail(SourceFailure(.unreadable, "cannot list", path: "Input/locked"))
        #expect(!plan.isOverLimit)
        plan.add(Self.crawlEntry("b.txt"), previous: nil)
        #expect(plan.isOverLimit)
    }
}
