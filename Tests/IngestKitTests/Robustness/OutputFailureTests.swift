import Foundation
import Testing
@testable import IngestKit

/// A small tmpfs mounted for one test, unmounted when dropped. Mounting needs root (or the
/// capability); where it is not permitted the tests that need one are skipped.
final class TmpfsMount {
    let path: String

    /// Mounts a tmpfs of `kilobytes` KiB on a fresh folder under `parent`.
    init?(kilobytes: Int, under parent: TemporaryFolder) throws {
        path = parent.url("mount").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Self.mount(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path]) else { return nil }
    }

    /// Makes the file system read-only: every write fails with EROFS, as on a disk gone bad.
    func remountReadOnly() -> Bool {
        Self.mount(["-o", "remount,ro", path])
    }

    deinit {
        _ = Self.run("/bin/umount", [path])
    }

    private static func mount(_ arguments: [String]) -> Bool {
        run("/bin/mount", arguments)
    }

    /// Runs `tool` through the shell, the arguments quoted (they are temporary paths and
    /// options, without quotes of their own). Not `Foundation.Process`, whose `run()` leaks a
    /// weak-reference side table that the address sanitizer's leak check reports.
    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let command = ([tool] + arguments).map { "'\($0)'" }.joined(separator: " ") + " 2>/dev/null"
        return system(command) == 0
    }

    /// Whether this process may mount a tmpfs here.
    static let isPermitted: Bool = {
        guard let folder = try? TemporaryFolder(), let mount = try? TmpfsMount(kilobytes: 64, under: folder) else { return false }
        return withExtendedLifetime(mount) { true }
    }()
}

/// An output that cannot be written ends the run with a `RunError` of kind `.output` (exit status 73 on the
/// command line) and leaves the previous dataset as it was.
@Suite(.enabled(if: TmpfsMount.isPermitted, "mounting a tmpfs is not permitted here"))
struct OutputFailureTests {
    /// dataset.jsonl, manifest.json and every document, by name.
    private func dataset(in output: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in ["dataset.jsonl", "manifest.json"] {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: output + "/" + name))
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: output + "/documents") {
            files["documents/" + name] = try Data(contentsOf: URL(fileURLWithPath: output + "/documents/" + name))
        }
        return files
    }

    private func options(_ folder: TemporaryFolder, output: String) -> IngestOptions {
        IngestOptions(input: folder.url("Input").path, output: output, jobs: 2)
    }

    @Test func aFullDiskEndsTheRunUnwritableAndKeepsThePreviousDataset() throws {
        let folder = try TemporaryFolder()
        let mount = try #require(try TmpfsMount(kilobytes: 256, under: folder))
        let output = mount.path + "/Output"
        try folder.write(BadInputRun.goodArticle, to: "Input/a.txt")
        _ = try Ingestion.run(options(folder, output: output))
        let before = try dataset(in: output)
        // About 300 KB of text: its document alone does not fit in what is left.
        try folder.write(String(repeating: BadInputRun.goodArticle + "\n", count: 3000), to: "Input/b.txt")
        let error = #expect(throws: RunError.self) { try Ingestion.run(options(folder, output: output)) }
        #expect(error?.kind == .output)
        #expect(error?.reason.contains("no space left on device") == true)
        #expect(error?.cause.map { if case .errno(ENOSPC, _) = $0.cause { true } else { false } } == true)
        #expect(try dataset(in: output) == before)
        // The marker says the run began writing documents no committed dataset names.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted()
                == [".commit-stamp", ".ingest-running", ".source-stamps", "dataset.jsonl", "documents", "manifest.json", "report.json"])
    }

    @Test func aDiskThatFillsUpMidRunLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        for number in 0..<150 {
            try folder.write("Article \(number)\n\n" + String(repeating: BadInputRun.goodArticle + "\n", count: 3),
                             to: "Input/\(number).txt")
        }
        for kilobytes in [192, 320, 448] {
            let mount = try #require(try TmpfsMount(kilobytes: kilobytes, under: folder))
            let output = mount.path + "/Output"
            #expect(throws: RunError.self) { try Ingestion.run(options(folder, output: output)) }
            let left = try FileManager.default.subpathsOfDirectory(atPath: output)
                .filter { FileSystem.lastComponent(of: $0).hasPrefix(AtomicFileWriter.temporaryPrefix) }
            #expect(left.isEmpty, "\(kilobytes) KiB")
        }
    }

    @Test func aReadOnlyOutputEndsTheRunUnwritableAndKeepsThePreviousDataset() throws {
        let folder = try TemporaryFolder()
        let mount = try #require(try TmpfsMount(kilobytes: 1024, under: folder))
        let output = mount.path + "/Output"
        try folder.write(BadInputRun.goodArticle, to: "Input/a.txt")
        _ = try Ingestion.run(options(folder, output: output))
        let before = try dataset(in: output)
        try folder.write(BadInputRun.goodArticle + "\nNoch ein Absatz.\n", to: "Input/a.txt")
        try #require(mount.remountReadOnly())
        let error = #expect(throws: RunError.self) { try Ingestion.run(options(folder, output: output)) }
        #expect(error?.kind == .output)
        #expect(try dataset(in: output) == before)
    }

    /// Once the dataset is committed, a report that cannot be written is told and the run ends
    /// as it would have: the exit status must not say the previous dataset was kept.
    @Test func aReportThatCannotBeWrittenAfterTheCommitIsToldNotThrown() throws {
        let folder = try TemporaryFolder()
        try folder.write(BadInputRun.goodArticle, to: "Input/a.txt")
        try folder.write("in the way", to: "Output/report.json/blocker")
        let notes = Locked([String]())
        let report = try Ingestion.run(options(folder, output: folder.url("Output").path),
                                       observer: RunObserver(noted: { note in notes.withLock { $0.append(note) } }))
        #expect(report.new == 1)
        #expect(try dataset(in: folder.url("Output").path)["dataset.jsonl"]?.isEmpty == false)
        #expect(notes.value.count == 1 && notes.value.first?.contains("only the report is missing") == true)
    }
}
