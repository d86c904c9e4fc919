import Foundation
import Testing
@testable import IngestKit

/// Split runs merged: the same bytes as one run, and every refusal of a set of parts that
/// cannot be merged.
@Suite struct ShardMergeTests {
    /// The seeds and forty small sources of both formats in a few folders, two that fail (one
    /// empty, one binary) and a file that is passed over.
    private func makeInput(in folder: TemporaryFolder) throws {
        let seeds = packageRoot.appendingPathComponent("Input")
        try FileManager.default.createDirectory(at: folder.url("Input"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(name), to: folder.url("Input/" + name))
        }
        for number in 0..<20 {
            try folder.write("""
                # Artikel \(number) über Kopfschmerzen

                Kopfschmerzen haben viele Gründe, in Folge \(number) geht es um die häufigsten.

                ## Ursachen

                - Stress: Anspannung im Alltag
                - Schlafmangel

                ## Behandlung

                Ruhe und Wasser helfen oft.
                """, to: "Input/text-\(number % 3)/artikel-\(number).md")
            try folder.write("""
                <html><head><title>Page \(number)</title></head><body><nav><a href="/">Home</a></nav>
                <article><h1>Back pain, part \(number)</h1><p>Back pain is common; part \(number) explains why.</p>
                <h2>Symptoms</h2><ul><li>Stiffness</li><li>Pain when bending</li></ul></article>
                <footer>Contact us</footer></body></html>
                """, to: "Input/html/page-\(number).html")
        }
        try folder.write("", to: "Input/broken/empty.txt")
        try folder.write("\u{0}\u{1}\u{2}binary\u{0}", to: "Input/broken/binary.txt")
        try folder.write("not a source", to: "Input/notes.pdf")
    }

    private func run(_ folder: TemporaryFolder, output: String, shard: Shard? = nil,
                     cancellation: RunCancellation = RunCancellation(), observer: RunObserver = .silent) throws -> RunReport {
        try Ingestion.run(IngestOptions(input: folder.url("Input").path, output: folder.url(output).path, jobs: 2,
                                        shard: shard), observer: observer, cancellation: cancellation)
    }

    /// Runs every shard of `count` into `output`, one after the other.
    private func runShards(_ folder: TemporaryFolder, output: String, count: Int) throws -> [RunReport] {
        try (0..<count).compactMap { Shard(index: $0, count: count) }.map { try run(folder, output: output, shard: $0) }
    }

    private func merge(_ folder: TemporaryFolder, output: String, count: Int? = nil) throws -> ShardMerge.Outcome {
        try ShardMerge.run(output: folder.url(output).path, shardCount: count)
    }

    /// The documents of a dataset folder, by name.
    private func documents(_ folder: TemporaryFolder, _ output: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try folder.names(in: output + "/documents") {
            files[name] = try folder.bytes(output + "/documents/" + name)
        }
        return files
    }

    private func expectSameDataset(_ folder: TemporaryFolder, _ merged: String, as whole: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try folder.bytes(merged + "/dataset.jsonl") == folder.bytes(whole + "/dataset.jsonl"), sourceLocation: sourceLocation)
        #expect(try folder.bytes(merged + "/manifest.json") == folder.bytes(whole + "/manifest.json"), sourceLocation: sourceLocation)
        #expect(try documents(folder, merged) == documents(folder, whole), sourceLocation: sourceLocation)
        #expect(OutputVerification.problems(in: folder.url(merged).path) == [], sourceLocation: sourceLocation)
    }

    private func refusal(_ outcome: ShardMerge.Outcome) -> [String] {
        if case .refused(let problems) = outcome { return problems }
        return []
    }

    @Test(arguments: [1, 3, 7])
    func mergedShardsAreTheBytesOfOneRun(_ count: Int) throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        let whole = try run(folder, output: "Whole")
        #expect(whole.failed == 2 && whole.skipped.count == 1)
        let reports = try runShards(folder, output: "Split", count: count)
        // Each source, failure and passed-over path is reported by exactly one shard.
        #expect(reports.map(\.new).reduce(0, +) == whole.new)
        #expect(reports.map(\.failed).reduce(0, +) == whole.failed)
        #expect(reports.map(\.skipped.count).reduce(0, +) == whole.skipped.count)
        let outcome = try merge(folder, output: "Split")
        guard case .merged(let summary) = outcome else {
            Issue.record("refused: \(outcome)")
            return
        }
        #expect(summary.shards == count && summary.documents == whole.new && summary.failed == 2)
        try expectSameDataset(folder, "Split", as: "Whole")
    }

    @Test func aShardRunAgainAndMergedAgainChangesNothing() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder, output: "Whole")
        _ = try runShards(folder, output: "Split", count: 3)
        _ = try merge(folder, output: "Split")
        let dataset = try folder.bytes("Split/dataset.jsonl")
        let again = try run(folder, output: "Split", shard: Shard(index: 1, count: 3))
        #expect(again.processed == 0 && again.new == 0 && again.changed == 0)
        #expect(try merge(folder, output: "Split") == .merged(ShardMerge.Summary(
            shards: 3, documents: 42, sources: 44, failed: 2, placed: 0, removed: 0, copied: false)))
        #expect(try folder.bytes("Split/dataset.jsonl") == dataset)
        try expectSameDataset(folder, "Split", as: "Whole")
    }

    @Test func aShardStoppedMidRunIsRefusedUntilItRunsAgain() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder, output: "Whole")
        _ = try runShards(folder, output: "Split", count: 3)
        _ = try merge(folder, output: "Split")
        // The input changes, and shard 0 is stopped in the middle of its next run.
        try folder.write("# Neu\n\nEin neuer Artikel über Rückenschmerzen.\n", to: "Input/text-0/neu.md")
        for number in 0..<20 { try folder.write("# Changed \(number)\n\nNew text \(number).\n", to: "Input/html/page-\(number).html") }
        let cancellation = RunCancellation()
        let stopped = try run(folder, output: "Split", shard: Shard(index: 0, count: 3), cancellation: cancellation,
                              observer: RunObserver(progressed: { done, _ in if done >= 2 { cancellation.cancel() } }))
        #expect(stopped.interrupted)
        let problems = refusal(try merge(folder, output: "Split"))
        #expect(problems.count == 1 && problems.first?.contains("0-of-3: incomplete") == true, "\(problems)")
        _ = try runShards(folder, output: "Split", count: 3)
        _ = try run(folder, output: "Whole")
        guard case .merged = try merge(folder, output: "Split") else {
            Issue.record("the shards run again were not merged")
            return
        }
        try expectSameDataset(folder, "Split", as: "Whole")
    }

    @Test func aSourceGoneFromTheInputLeavesTheMergedDocuments() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try runShards(folder, output: "Split", count: 3)
        _ = try merge(folder, output: "Split")
        try FileManager.default.removeItem(at: folder.url("Input/html"))
        _ = try run(folder, output: "Whole")
        _ = try runShards(folder, output: "Split", count: 3)
        guard case .merged(let summary) = try merge(folder, output: "Split") else {
            Issue.record("not merged")
            return
        }
        #expect(summary.removed == 20)
        try expectSameDataset(folder, "Split", as: "Whole")
    }

    @Test func aMissingShardIsRefusedAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder, output: "Split", shard: Shard(index: 0, count: 3))
        _ = try run(folder, output: "Split", shard: Shard(index: 2, count: 3))
        let problems = refusal(try merge(folder, output: "Split"))
        #expect(problems.count == 1 && problems.first?.hasSuffix("1-of-3: missing: shard 1/3 has not run") == true, "\(problems)")
        #expect(try folder.names(in: "Split") == ["shards"])
        #expect(refusal(try merge(folder, output: "Nothing")).first?.contains("no shard parts") == true)
    }

    @Test func partsOfAnotherCountAreRefused() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try runShards(folder, output: "Split", count: 2)
        let mixed = try run(folder, output: "Split", shard: Shard(index: 1, count: 4))
        #expect(mixed.new > 0)
        let problems = refusal(try merge(folder, output: "Split"))
        #expect(problems.count == 1 && problems.first?.contains("parts of 2 and 4 shards") == true, "\(problems)")
        let counted = refusal(try merge(folder, output: "Split", count: 2))
        #expect(counted == [folder.url("Split/shards/1-of-4").path + ": a shard of 4, not of 2: remove it"])
    }

    @Test func aHalfWrittenOrChangedShardIsRefused() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try runShards(folder, output: "Split", count: 3)
        try FileManager.default.removeItem(at: folder.url("Split/shards/1-of-3/" + ShardCompletion.name))
        let handle = try FileHandle(forWritingTo: folder.url("Split/shards/2-of-3/dataset.jsonl"))
        try handle.truncate(atOffset: 10)
        try handle.close()
        let problems = refusal(try merge(folder, output: "Split"))
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.first?.contains("1-of-3: incomplete: no shard-complete.json") == true)
        #expect(problems.last?.contains("2-of-3/dataset.jsonl: changed since the shard completed") == true)
    }

    @Test func partsOfDifferentPipelineVersionsAreRefused() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try runShards(folder, output: "Split", count: 3)
        let part = OutputLayout(folder: folder.url("Split").path).part(of: try #require(Shard(index: 2, count: 3)))
        var completion = try #require(try ShardCompletion.recorded(in: part))
        completion.pipelineVersion = "0.0.1"
        try completion.record(in: part)
        let problems = refusal(try merge(folder, output: "Split"))
        #expect(problems.count == 1 && problems.first?.contains("2-of-3: made by pipeline 0.0.1, shard 0/3 by") == true,
                "\(problems)")
    }

    @Test func aMarkerOfAnotherShardIsRefused() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try runShards(folder, output: "Split", count: 2)
        let layout = OutputLayout(folder: folder.url("Split").path)
        let part = layout.part(of: try #require(Shard(index: 1, count: 2)))
        var completion = try #require(try ShardCompletion.recorded(in: part))
        completion.shard = try #require(Shard(index: 1, count: 3))
        try completion.record(in: part)
        let problems = refusal(try merge(folder, output: "Split"))
        #expect(problems.count == 1 && problems.first?.contains("the marker of shard 1/3, in the part of shard 1/2") == true,
                "\(problems)")
    }

    @Test func aShardWithdrawsItsMarkerBeforeItChangesAnything() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        let shard = try #require(Shard(index: 0, count: 2))
        _ = try run(folder, output: "Split", shard: shard)
        let marker = folder.url("Split/shards/0-of-2/" + ShardCompletion.name).path
        #expect(FileManager.default.fileExists(atPath: marker))
        let cancellation = RunCancellation()
        cancellation.cancel()
        let stopped = try run(folder, output: "Split", shard: shard, cancellation: cancellation)
        #expect(stopped.interrupted)
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    /// A folder on another file system than the temporary folder, where one is mounted.
    private static let otherFileSystem: String? = {
        let memory = "/dev/shm"
        guard let here = FileSystem.status(of: FileManager.default.temporaryDirectory.path, followingLinks: true),
              let there = FileSystem.status(of: memory, followingLinks: true),
              here.identity.device != there.identity.device else { return nil }
        return memory
    }()

    @Test(.enabled(if: otherFileSystem != nil, "needs /dev/shm on another file system"))
    func documentsAreCopiedWhereTheyCannotBeLinked() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        let parts = (Self.otherFileSystem ?? "/") + "/ingest-shards-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: parts, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: parts) }
        try FileManager.default.createDirectory(at: folder.url("Split"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.url("Split/shards").path, withDestinationPath: parts)
        _ = try run(folder, output: "Whole")
        _ = try runShards(folder, output: "Split", count: 3)
        guard case .merged(let first) = try merge(folder, output: "Split") else {
            Issue.record("not merged")
            return
        }
        #expect(first.copied && first.placed == 42)
        try expectSameDataset(folder, "Split", as: "Whole")
        guard case .merged(let again) = try merge(folder, output: "Split") else {
            Issue.record("not merged again")
            return
        }
        #expect(again.placed == 0)
    }
}
