import Foundation
import Testing
@testable import IngestKit

@Suite struct ShardTests {
    @Test(arguments: ["0/1", "2/4", "6/7", "10/11"])
    func parsesIOfN(_ text: String) throws {
        let shard = try #require(Shard(parsing: text))
        #expect(shard.description == text)
    }

    @Test(arguments: ["4/4", "1/0", "0/0", "-1/4", "1/-4", "+1/4", " 1/4", "1/4 ", "a/b", "1/2/3", "1", "1/", "/4", ""])
    func refusesAnythingButAnIndexBelowItsCount(_ text: String) {
        #expect(Shard(parsing: text) == nil)
    }

    @Test func aDocumentBelongsToTheShardOfItsIDNumberModuloTheCount() throws {
        for path in (0..<50).map({ "folder/page-\($0).html" }) {
            let number = try #require(DocumentID.number(DocumentID.make(relativePath: path)))
            for count in [1, 3, 7] {
                let owners = (0..<count).compactMap { Shard(index: $0, count: count) }.filter { $0.contains(relativePath: path) }
                #expect(owners.map(\.index) == [Int(number % UInt64(count))])
            }
        }
    }

    @Test func sevenShardsShareAThousandSourcesEvenly() {
        let paths = (0..<1000).map { "site-\($0 % 13)/article-\($0).txt" }
        for index in 0..<7 {
            guard let shard = Shard(index: index, count: 7) else { continue }
            let share = paths.filter { shard.contains(relativePath: $0) }.count
            // 1000 / 7 is about 143; SHA-256 spreads ids well within a third of that.
            #expect((95...190).contains(share), "shard \(shard) has \(share) sources")
        }
    }

    @Test func aShardedCrawlReportsEachSourceSkippedAndFailedPathOnce() throws {
        let folder = try TemporaryFolder()
        for number in 0..<30 { try folder.write("Article \(number)\n\nText.\n", to: "Input/sub-\(number % 4)/a-\(number).txt") }
        for number in 0..<6 { try folder.write("not a source", to: "Input/notes-\(number).pdf") }
        var rawPath = Array(folder.url("Input").path.utf8) + [UInt8(ascii: "/"), 0xFF, 0xFE] + Array(".txt".utf8) + [0]
        let descriptor = rawPath.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        let whole = try FolderCatalog(root: folder.url("Input").path).crawl()
        #expect(whole.failures.count == 1 && whole.skipped.count == 6 && whole.entries.count == 30)
        for count in [1, 3, 7] {
            var entries: [String] = []
            var skipped: [String] = []
            var failures: [String] = []
            for index in 0..<count {
                let listing = try FolderCatalog(root: folder.url("Input").path, shard: Shard(index: index, count: count)).crawl()
                #expect(listing.entries.allSatisfy { Shard(index: index, count: count)?.contains(relativePath: $0.relativePath) == true })
                entries += listing.entries.map(\.relativePath)
                skipped += listing.skipped.map(\.path)
                failures += listing.failures.map(\.path)
            }
            #expect(entries.sorted() == whole.entries.map(\.relativePath).sorted(), "\(count) shards")
            #expect(skipped.sorted() == whole.skipped.map(\.path), "\(count) shards")
            #expect(failures.sorted() == whole.failures.map(\.path), "\(count) shards")
        }
    }
}

@Suite struct ShardEnvironmentTests {
    private func chosen(_ flag: String? = nil, count: Int? = nil, _ environment: [String: String] = [:]) throws -> Shard? {
        try Shard.chosen(flag: flag, count: count, environment: environment)
    }

    private func refusal(_ flag: String? = nil, count: Int? = nil, _ environment: [String: String] = [:]) -> String? {
        do throws(Shard.ChoiceError) {
            _ = try Shard.chosen(flag: flag, count: count, environment: environment)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func withoutFlagsOrSchedulerARunIsWhole() throws {
        #expect(try chosen(nil, ["HOME": "/root"]) == nil)
    }

    @Test func aSlurmArrayTaskIsItsShard() throws {
        #expect(try chosen(nil, ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": "4"]) == Shard(index: 2, count: 4))
    }

    @Test func aSlurmArrayStartingAtOneOrSteppingCountsFromItsFirstTask() throws {
        let fromOne = ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "1"]
        #expect(try chosen(nil, fromOne) == Shard(index: 0, count: 4))
        let stepping = ["SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "1",
                        "SLURM_ARRAY_TASK_STEP": "2"]
        #expect(try chosen(nil, stepping) == Shard(index: 3, count: 4))
    }

    @Test func aKubernetesIndexedJobPodIsItsIndexOfTheGivenCount() throws {
        #expect(try chosen(nil, count: 5, ["JOB_COMPLETION_INDEX": "4"]) == Shard(index: 4, count: 5))
        #expect(refusal(nil, ["JOB_COMPLETION_INDEX": "4"])?.contains("--shard-count") == true)
        #expect(refusal(nil, count: 4, ["JOB_COMPLETION_INDEX": "4"])?.contains("not below --shard-count 4") == true)
    }

    @Test func flagsWinOverTheEnvironment() throws {
        let slurm = ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": "4", "JOB_COMPLETION_INDEX": "3"]
        #expect(try chosen("1/3", slurm) == Shard(index: 1, count: 3))
        #expect(try chosen(nil, count: 8, slurm) == Shard(index: 2, count: 8))
        #expect(try chosen(nil, count: 6, ["JOB_COMPLETION_INDEX": "3"]) == Shard(index: 3, count: 6))
    }

    @Test func badValuesAreRefusedInOneLineNamingTheirSource() {
        let cases: [(String?, Int?, [String: String], String)] = [
            ("5/4", nil, [:], "--shard 5/4"),
            ("1/4", 3, [:], "disagree"),
            (nil, 0, [:], "--shard-count 0"),
            (nil, 3, [:], "needs --shard"),
            (nil, nil, ["SLURM_ARRAY_TASK_ID": "x1", "SLURM_ARRAY_TASK_COUNT": "4"], "SLURM_ARRAY_TASK_ID=x1"),
            (nil, nil, ["SLURM_ARRAY_TASK_ID": "1"], "SLURM_ARRAY_TASK_COUNT"),
            (nil, nil, ["SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_COUNT": "4"], "--array=0-3"),
            (nil, nil, ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "1"], "--array=0-3"),
            (nil, nil, ["JOB_COMPLETION_INDEX": "-1"], "JOB_COMPLETION_INDEX=-1"),
        ]
        for (flag, count, environment, expected) in cases {
            let message = refusal(flag, count: count, environment)
            #expect(message?.contains(expected) == true, "\(String(describing: flag)) \(String(describing: count)) \(environment): \(message ?? "accepted")")
            #expect(message?.contains("\n") == false)
        }
    }
}
