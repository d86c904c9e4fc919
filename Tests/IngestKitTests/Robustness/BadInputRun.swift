import Foundation
import Testing
@testable import IngestKit

/// One run of the pipeline over a good article, `Input/good.txt`, and one bad input beside it:
/// what the report says, and the `path: reason` lines the run gave its observer (the lines the
/// command line prints on standard error; one failure or more makes it exit 1).
struct BadInputRun {
    /// A plain-text article that always becomes a document.
    static let goodArticle = """
        Kopfschmerzen

        Ein Absatz über Kopfschmerzen und ihre Ursachen im Alltag.

        Ursachen

        • Stress
        • Schlafmangel

        """

    let folder: TemporaryFolder
    let report: RunReport
    let failureLines: [String]

    /// Writes `Input/good.txt`, lets `prepare` add the bad input, and runs the pipeline.
    init(maxBytes: Int = IngestOptions.defaultMaxBytes, prepare: (TemporaryFolder) throws -> Void) throws {
        folder = try TemporaryFolder()
        try folder.write(Self.goodArticle, to: "Input/good.txt")
        try prepare(folder)
        let lines = Locked<[String]>([])
        let observer = RunObserver(failed: { error in lines.withLock { $0.append(error.description) } })
        report = try Ingestion.run(
            IngestOptions(input: folder.url("Input").path, output: folder.url("Output").path, jobs: 2, maxBytes: maxBytes),
            observer: observer)
        failureLines = lines.value
    }

    /// Runs the pipeline over `Input/good.txt` and `Input/<name>` holding `bytes`.
    init(_ name: String, _ bytes: [UInt8], maxBytes: Int = IngestOptions.defaultMaxBytes) throws {
        try self.init(maxBytes: maxBytes) { folder in
            let file = folder.url("Input/" + name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
    }

    /// The ids on the lines of `dataset.jsonl`.
    func datasetIDs() throws -> [String] {
        let text = String(decoding: try folder.bytes("Output/dataset.jsonl"), as: UTF8.self)
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object?["id"] as? String)
        }
    }

    /// The manifest's status for each path.
    func manifestStatuses() throws -> [String: String] {
        let reader = try ManifestReader(path: folder.url("Output/manifest.json").path,
                                        stampsPath: folder.url("Output/.source-stamps").path)
        var statuses: [String: String] = [:]
        while let entry = try reader.next() { statuses[entry.path] = entry.status.rawValue }
        return statuses
    }

    /// Checks that `Input/<name>` is the one failure, with `code`, on one line naming the file
    /// and (unless the crawl could not even name it) in the manifest, and that the good article
    /// was written all the same.
    func expectOneFailure(_ name: String, _ code: SourceFailure.Code, inManifest: Bool = true,
                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = "Input/" + name
        #expect(report.failures.map(\.path) == [path], sourceLocation: sourceLocation)
        #expect(report.failures.map(\.code) == [code], sourceLocation: sourceLocation)
        #expect(failureLines.count == 1, sourceLocation: sourceLocation)
        #expect(failureLines.first?.hasPrefix(path + ": ") == true, sourceLocation: sourceLocation)
        #expect(report.failures.first.map { !$0.reason.isEmpty } == true, sourceLocation: sourceLocation)
        expectGoodArticleWritten(sourceLocation: sourceLocation)
        #expect(try manifestStatuses()[path] == (inManifest ? "failed" : nil), sourceLocation: sourceLocation)
    }

    /// Checks that `Input/<name>` became a document like any other.
    func expectProcessed(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(report.failures.isEmpty, sourceLocation: sourceLocation)
        #expect(failureLines.isEmpty, sourceLocation: sourceLocation)
        #expect(report.new == 2, sourceLocation: sourceLocation)
        #expect(try datasetIDs().contains(DocumentID.make(relativePath: name)), sourceLocation: sourceLocation)
        #expect(try manifestStatuses()["Input/" + name] == "ok", sourceLocation: sourceLocation)
    }

    /// Checks that `Input/<name>` either became a document or is the one failure, named with a
    /// reason (HTML inputs: what they yield depends on the HTML stages, but never a crash, a hang
    /// or a lost run); the good article is written either way.
    func expectDocumentOrOneFailure(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if report.failures.isEmpty {
            try expectProcessed(name, sourceLocation: sourceLocation)
        } else {
            #expect(report.failures.map(\.path) == ["Input/" + name], sourceLocation: sourceLocation)
            #expect(failureLines.count == 1, sourceLocation: sourceLocation)
            #expect(failureLines.first?.hasPrefix("Input/\(name): ") == true, sourceLocation: sourceLocation)
            expectGoodArticleWritten(sourceLocation: sourceLocation)
        }
    }

    /// Checks that the good article was written.
    func expectGoodArticleWritten(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.new == 1 || report.new == 2, sourceLocation: sourceLocation)
        #expect((try? datasetIDs().contains(DocumentID.make(relativePath: "good.txt"))) == true, sourceLocation: sourceLocation)
    }
}

/// Random bytes that are the same on every run: SplitMix64.
struct SeededBytes {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(_ count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 8)
        while bytes.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            mixed ^= mixed >> 31
            withUnsafeBytes(of: mixed) { bytes.append(contentsOf: $0) }
        }
        return Array(bytes.prefix(count))
    }
}

/// Whether the tests that take long (tens of seconds in a debug build) run: set
/// `INGEST_SLOW_TESTS=1`.
let slowTestsEnabled = ProcessInfo.processInfo.environment["INGEST_SLOW_TESTS"] == "1"
