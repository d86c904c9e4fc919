import Foundation
import ArgumentParser
import IngestKit
import Testing
@testable import ingest

/// The command line's conventions, parsed and run as `ingest` would be, in the test process.
@Suite struct CommandLineTests {
    /// The message and exit status ArgumentParser gives for `arguments`, or `nil` when they
    /// parse and the command runs without an error.
    private func outcome(_ arguments: [String]) -> (message: String, status: Int32)? {
        do {
            var command = try Ingest.parseAsRoot(arguments)
            try command.run()
            return nil
        } catch {
            return (Ingest.fullMessage(for: error), Ingest.exitCode(for: error).rawValue)
        }
    }

    @Test func helpShowsTheOptionsOfTheDefaultRunCommand() {
        let help = Ingest.helpMessage(columns: 80)
        for option in ["--input <dir>", "--output <dir>", "--jobs <n>", "--full", "--max-bytes <n>", "--version",
                       "--per-host-connections <n>", "--per-host-delay-ms <ms>", "--fetch-timeout-s <s>",
                       "--fetch-retries <n>", "--refetch"] {
            #expect(help.contains(option), "\(option) missing from ingest --help")
        }
        #expect(help.contains("ingest extract <path>"))
    }

    @Test func fetchTimeOutAndRetriesAreOptionsWhoseDefaultsAreThePolicys() throws {
        let plain = try #require(try Ingest.parseAsRoot(["run"]) as? RunCommand)
        #expect(plain.fetchPolicy == FetchPolicy())
        let set = try #require(try Ingest.parseAsRoot(["run", "--fetch-timeout-s", "4", "--fetch-retries", "0"]) as? RunCommand)
        #expect(set.fetchPolicy.readTimeout == .seconds(4) && set.fetchPolicy.connectTimeout == .seconds(4))
        #expect(set.fetchPolicy.retries == 0)
        let long = try #require(try Ingest.parseAsRoot(["run", "--fetch-timeout-s", "60"]) as? RunCommand)
        #expect(long.fetchPolicy.readTimeout == .seconds(60) && long.fetchPolicy.connectTimeout == FetchPolicy().connectTimeout)
        #expect(outcome(["run", "--fetch-timeout-s", "0"])?.status == ExitStatus.unusableArguments.rawValue)
        #expect(outcome(["run", "--fetch-retries", "-1"])?.status == ExitStatus.unusableArguments.rawValue)
    }

    @Test func versionIsThePipelineVersion() {
        let result = outcome(["--version"])
        #expect(result?.message == ArticleProcessor.pipelineVersion)
        #expect(result?.status == 0)
    }

    @Test(arguments: [["--jobs", "-1"], ["run", "--jobs", "-1"], ["extract", "a.html", "--jobs", "-1"]])
    func negativeJobsIsRefusedByName(_ arguments: [String]) {
        let result = outcome(arguments)
        #expect(result?.message.contains("--jobs must be at least 1") == true)
        #expect(result?.status == ExitStatus.unusableArguments.rawValue)
    }

    @Test func aMissingFileInExtractIsAnUnusableArgumentAsInRun() {
        #expect(outcome(["extract", "/nonexistent/nope.html"])?.status == ExitStatus.unusableArguments.rawValue)
        #expect(outcome(["extract", "/nonexistent/nope.html", "--output", "/nonexistent/out"])?.status
                == ExitStatus.unusableArguments.rawValue)
    }

    @Test func standardInputIsReadAlone() {
        #expect(outcome(["extract", "-", "--output", "out"])?.status == ExitStatus.unusableArguments.rawValue)
        #expect(outcome(["extract", "-", "a.html", "--output", "out"])?.status == ExitStatus.unusableArguments.rawValue)
    }

    @Test func inputFormatIsParsed() throws {
        let command = try #require(try Ingest.parseAsRoot(["extract", "page.php", "--input-format", "html"]) as? ExtractCommand)
        #expect(command.inputFormat == .html)
        #expect(outcome(["extract", "page.php", "--input-format", "pdf"])?.status == ExitStatus.unusableArguments.rawValue)
    }

    @Test func verifyExitsWithItsOwnStatusWhenTheDatasetDisagrees() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-verify-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("Input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("Titel\n\nEin Absatz über Krämpfe.\n".utf8).write(to: input.appendingPathComponent("a.txt"))
        let output = folder.appendingPathComponent("Output").path
        _ = try Ingestion.run(IngestOptions(input: input.path, output: output, jobs: 1))
        #expect(outcome(["verify", "--output", output]) == nil)
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: output + "/dataset.jsonl"))
        #expect(outcome(["verify", "--output", output])?.status == ExitStatus.outputDamaged.rawValue)
        #expect(outcome(["verify", "--output", folder.appendingPathComponent("none").path])?.status
                == ExitStatus.unusableArguments.rawValue)
    }

    @Test func exportWritesOneJSONLDFilePerDocumentOfTheDataset() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("Input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("# Muskelkrampf\n\n## Ursachen\n\n- Überlastung\n- Magnesiummangel\n".utf8)
            .write(to: input.appendingPathComponent("a.md"))
        let dataset = folder.appendingPathComponent("Output").path
        _ = try Ingestion.run(IngestOptions(input: input.path, output: dataset, jobs: 1))
        let exported = folder.appendingPathComponent("jsonld").path
        #expect(outcome(["export", "--format", "jsonld", "--output", exported, dataset]) == nil)
        let id = DocumentID.make(relativePath: "a.md")
        let file = try Data(contentsOf: URL(fileURLWithPath: exported + "/\(id).jsonld"))
        let page = try #require(try JSONSerialization.jsonObject(with: file) as? [String: Any])
        #expect(page["@type"] as? String == "MedicalWebPage")
        #expect(page["identifier"] as? String == id)
        let causes = (page["about"] as? [String: Any])?["cause"] as? [[String: Any]]
        #expect(causes?.compactMap { $0["name"] as? String } == ["Überlastung", "Magnesiummangel"])

        try Data("not a document\n".utf8).write(to: URL(fileURLWithPath: dataset + "/dataset.jsonl"))
        #expect(outcome(["export", "--format", "jsonld", "--output", exported, dataset])?.status
                == ExitStatus.documentsFailed.rawValue)
        #expect(outcome(["export", "--format", "jsonld", folder.appendingPathComponent("none").path])?.status
                == ExitStatus.unusableArguments.rawValue)
        #expect(outcome(["export", "--format", "rdf", dataset])?.status == ExitStatus.unusableArguments.rawValue)
    }

    @Test(arguments: [["--shard", "4/4"], ["run", "--shard", "x"], ["--shard", "1/4", "--shard-count", "3"],
                      ["--shard-count", "0"], ["merge", "--shard-count", "0"]])
    func aBadShardIsAnUnusableArgument(_ arguments: [String]) {
        #expect(outcome(arguments)?.status == ExitStatus.unusableArguments.rawValue)
    }

    @Test func shardsRunAndMergeWithTheirOwnStatusForUnmergeableParts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("Input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in ["a", "b", "c", "d"] {
            try Data("# Rückenschmerzen \(name)\n\n## Ursachen\n\n- Bewegungsmangel\n".utf8)
                .write(to: input.appendingPathComponent("\(name).md"))
        }
        let output = folder.appendingPathComponent("Output").path
        #expect(outcome(["--quiet", "--input", input.path, "--output", output, "--shard", "0/2"]) == nil)
        #expect(outcome(["merge", "--quiet", "--output", output])?.status == ExitStatus.shardsUnmergeable.rawValue)
        #expect(outcome(["--quiet", "--input", input.path, "--output", output, "--shard", "1/2"]) == nil)
        #expect(outcome(["merge", "--quiet", "--output", output]) == nil)
        #expect(outcome(["verify", "--output", output]) == nil)
    }
}
