import Foundation
import Testing
@testable import IngestKit

/// An output folder changed outside `ingest` is repaired by the next run, never carried
/// forward: the result equals a clean run's, byte for byte, and the run says what it repaired.
@Suite struct DamagedOutputTests {
    /// Ten small articles.
    private func makeInput(in folder: TemporaryFolder) throws {
        for index in 0..<10 {
            try folder.write("Artikel \(index)\n\nEin Absatz über Krämpfe, Teil \(index).\n", to: "Input/\(index).txt")
        }
    }

    private func run(_ folder: TemporaryFolder, output: String = "Output", full: Bool = false,
                     notes: Locked<[String]> = Locked([])) throws -> RunReport {
        try Ingestion.run(IngestOptions(input: folder.url("Input").path, output: folder.url(output).path, jobs: 2, full: full),
                          observer: RunObserver(noted: { note in notes.withLock { $0.append(note) } }))
    }

    /// The dataset, manifest and documents of `output`.
    private func files(_ folder: TemporaryFolder, _ output: String) throws -> [String: Data] {
        var files = ["dataset.jsonl": try folder.bytes(output + "/dataset.jsonl"),
                     "manifest.json": try folder.bytes(output + "/manifest.json")]
        for name in try folder.names(in: output + "/documents") { files[name] = try folder.bytes(output + "/documents/" + name) }
        return files
    }

    /// Runs, damages the output with `damage`, runs again and compares with a clean run.
    private func expectRepaired(full: Bool = false, _ damage: (TemporaryFolder) throws -> Void,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        #expect(OutputVerification.problems(in: folder.url("Output").path) == [], sourceLocation: sourceLocation)
        try damage(folder)
        if !full {
            #expect(!OutputVerification.problems(in: folder.url("Output").path).isEmpty, "verify names the damage",
                    sourceLocation: sourceLocation)
        }
        let notes = Locked([String]())
        _ = try run(folder, full: full, notes: notes)
        _ = try run(folder, output: "Clean")
        #expect(try files(folder, "Output") == files(folder, "Clean"), sourceLocation: sourceLocation)
        #expect(OutputVerification.problems(in: folder.url("Output").path) == [], sourceLocation: sourceLocation)
        if !full {
            #expect(notes.value.count == 1 && notes.value.first?.contains("changed since ingest committed it") == true,
                    "\(notes.value)", sourceLocation: sourceLocation)
        }
    }

    private func editDataset(_ folder: TemporaryFolder, _ edit: (inout [String]) -> Void) throws {
        var lines = String(decoding: try folder.bytes("Output/dataset.jsonl"), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        edit(&lines)
        try folder.write(lines.joined(separator: "\n") + "\n", to: "Output/dataset.jsonl")
    }

    @Test func aDatasetCutMidLineIsRebuilt() throws {
        try expectRepaired { folder in
            let bytes = try folder.bytes("Output/dataset.jsonl")
            try folder.write(String(decoding: bytes.prefix(bytes.count / 2), as: UTF8.self), to: "Output/dataset.jsonl")
        }
    }

    @Test func aDatasetMissingALineIsRebuilt() throws {
        try expectRepaired { folder in try editDataset(folder) { $0.remove(at: 3) } }
    }

    @Test func aDatasetWithTwoLinesSwappedIsRebuilt() throws {
        try expectRepaired { folder in try editDataset(folder) { $0.swapAt(2, 5) } }
    }

    /// The same size, so that no line moves: only the commit's stamp tells.
    @Test func aDatasetWithALineEditedInPlaceIsRebuilt() throws {
        try expectRepaired { folder in
            try editDataset(folder) { lines in lines[4] = lines[4].replacingOccurrences(of: "Krämpfe", with: "Kraempf") }
        }
    }

    @Test func aDatasetWithGarbageAppendedIsRebuilt() throws {
        try expectRepaired { folder in
            let bytes = try folder.bytes("Output/dataset.jsonl")
            try folder.write(String(decoding: bytes, as: UTF8.self) + "garbage\n", to: "Output/dataset.jsonl")
        }
    }

    @Test func aFullRunRebuildsADamagedDatasetWhateverItsStamp() throws {
        try expectRepaired(full: true) { folder in
            try editDataset(folder) { $0.swapAt(0, 1) }
            try FileManager.default.removeItem(at: folder.url("Output/.commit-stamp"))
        }
    }

    @Test func aManifestEntryWithAnotherDigestIsNotTrusted() throws {
        try expectRepaired { folder in
            let manifest = String(decoding: try folder.bytes("Output/manifest.json"), as: UTF8.self)
            let edited = manifest.replacing(try Regex(#""sha256":"[0-9a-f]{4}"#), with: #""sha256":"0000"#)
            #expect(edited != manifest)
            try folder.write(edited, to: "Output/manifest.json")
        }
    }

    /// A good article recorded as empty would be reported empty for good, its document deleted
    /// and its line kept.
    @Test func aManifestEntryTurnedIntoAFailureIsNotTrusted() throws {
        try expectRepaired { folder in
            let manifest = String(decoding: try folder.bytes("Output/manifest.json"), as: UTF8.self)
            let line = try #require(manifest.split(separator: "\n").first { $0.contains("\"Input/3.txt\"") })
            let failed = line.replacingOccurrences(of: #""status":"ok","code":null,"reason":null"#,
                                                   with: #""status":"failed","code":"empty","reason":"the file is empty""#)
                .replacing(try Regex(#""datasetLineBytes":\d+"#), with: #""datasetLineBytes":null"#)
            #expect(failed != String(line))
            try folder.write(manifest.replacingOccurrences(of: line, with: failed), to: "Output/manifest.json")
        }
    }

    /// A run killed after writing a document, then the source restored with its old
    /// modification time: the quick check alone would keep the new document beside the old line.
    @Test func aDocumentWrittenByAStoppedRunIsNotTrustedOnceItsSourceIsRestored() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        let source = folder.url("Input/3.txt").path
        let original = try folder.bytes("Input/3.txt")
        let time = try #require(try FileManager.default.attributesOfItem(atPath: source)[.modificationDate] as? Date)
        try folder.write("Artikel 3\n\nEin anderer Absatz, geändert.\n", to: "Input/3.txt")
        // Stopped once its documents are written, before the commit.
        let cancellation = RunCancellation()
        _ = try Ingestion.run(IngestOptions(input: folder.url("Input").path, output: folder.url("Output").path, jobs: 1),
                              observer: RunObserver(progressed: { _, _ in cancellation.cancel() }), cancellation: cancellation)
        try original.write(to: URL(fileURLWithPath: source))
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: source)
        let found = OutputVerification.problems(in: folder.url("Output").path)
        #expect(found.contains { $0.contains("did not finish") } && found.contains { $0.contains("is not its document") })
        _ = try run(folder)
        _ = try run(folder, output: "Clean")
        #expect(try files(folder, "Output") == files(folder, "Clean"))
        #expect(!FileManager.default.fileExists(atPath: folder.url("Output/.ingest-running").path))
    }
}
