import Foundation
import Testing
@testable import IngestKit

@Suite struct IngestionTests {
    /// An input of three small sources in two folders.
    private func makeInput(in folder: TemporaryFolder) throws {
        try folder.write("Erster Artikel\n\nEin Absatz über Krämpfe.\n", to: "Input/a.txt")
        try folder.write("# Second\n\nA paragraph about cramps.\n", to: "Input/sub/b.md")
        try folder.write("<html><body><h1>Third</h1><p>Body text.</p></body></html>\n", to: "Input/sub/c.html")
    }

    private func run(_ folder: TemporaryFolder, output: String = "Output", jobs: Int = 2, full: Bool = false,
                     observer: RunObserver = .silent) throws -> RunReport {
        try Ingestion.run(IngestOptions(input: folder.url("Input").path, output: folder.url(output).path,
                                        jobs: jobs, full: full), observer: observer)
    }

    /// Every file under `relative` with its bytes, but what only this machine's runs need
    /// (report.json, the commit's stamp, the marker of an unfinished run).
    private func snapshot(_ folder: TemporaryFolder, _ relative: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.url(relative)
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isFolder)
            if exists && !isFolder.boolValue && !["report.json", ".commit-stamp", ".ingest-running"].contains(name) {
                files[name] = try Data(contentsOf: root.appendingPathComponent(name))
            }
        }
        return files
    }

    private func modificationDates(_ folder: TemporaryFolder) throws -> [String: Date] {
        var dates: [String: Date] = [:]
        for name in try folder.names(in: "Output/documents") + ["../dataset.jsonl", "../manifest.json"] {
            let path = folder.url("Output/documents/" + name).path
            dates[name] = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        }
        return dates
    }

    @Test func aSecondRunWithNothingChangedRewritesNothing() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        let first = try run(folder)
        let processed = first.new + first.failed
        #expect(processed == 3)
        let before = try snapshot(folder, "Output")
        let dates = try modificationDates(folder)
        Thread.sleep(forTimeInterval: 0.02)
        let second = try run(folder)
        #expect(second.changed == 0 && second.new == 0 && second.removed == 0)
        #expect(second.unchanged == first.new)
        #expect(second.processed == 0)
        #expect(!second.datasetRewritten)
        #expect(second.summary.contains("0 changed"))
        #expect(try snapshot(folder, "Output") == before)
        #expect(try modificationDates(folder) == dates)
    }

    @Test func aDocumentFileRemovedBetweenRunsIsWrittenAgain() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        let clean = try snapshot(folder, "Output")
        let name = try #require(try folder.names(in: "Output/documents").first)
        try FileManager.default.removeItem(at: folder.url("Output/documents/" + name))
        let report = try run(folder)
        #expect(report.processed == 1)
        #expect(try snapshot(folder, "Output") == clean)
    }

    @Test func aFullRunOfTheSameInputChangesNothing() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        let first = try run(folder)
        let before = try snapshot(folder, "Output")
        let again = try run(folder, full: true)
        #expect(again.processed == first.processed)
        #expect(again.changed == 0 && again.new == 0)
        #expect(try snapshot(folder, "Output") == before)
    }

    @Test func aModifiedSourceIsOneChangedAndADeletedOneIsRemoved() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        let id = DocumentID.make(relativePath: "sub/b.md")
        let removedID = DocumentID.make(relativePath: "a.txt")
        #expect(try folder.names(in: "Output/documents").contains("\(removedID).json"))
        try folder.write("# Second\n\nA paragraph about cramps, revised.\n", to: "Input/sub/b.md")
        try FileManager.default.removeItem(at: folder.url("Input/a.txt"))
        let report = try run(folder)
        #expect(report.changed == 1)
        #expect(report.removed == 1)
        #expect(report.new == 0)
        #expect(!(try folder.names(in: "Output/documents")).contains("\(removedID).json"))
        let document = String(decoding: try folder.bytes("Output/documents/\(id).json"), as: UTF8.self)
        #expect(document.contains("revised"))
        let dataset = String(decoding: try folder.bytes("Output/dataset.jsonl"), as: UTF8.self)
        #expect(dataset.contains("revised"))
        #expect(!dataset.contains(removedID))
        let manifest = String(decoding: try folder.bytes("Output/manifest.json"), as: UTF8.self)
        #expect(!manifest.contains("Input/a.txt"))
    }

    @Test func anIncrementalRunAfterChangesEqualsACleanRun() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        try folder.write("Vierter Artikel\n\nNoch ein Absatz über Krämpfe.\n", to: "Input/sub/d.txt")
        _ = try run(folder)
        try folder.write("# Second\n\nA paragraph about cramps, revised.\n", to: "Input/sub/b.md")
        try FileManager.default.removeItem(at: folder.url("Input/a.txt"))
        try folder.write("Neu\n\nEin neuer Absatz über Krämpfe.\n", to: "Input/sub/0.txt")
        try folder.write("", to: "Input/sub/c.html")
        let report = try run(folder)
        let counts: [Int] = [report.new, report.changed, report.removed, report.failed, report.unchanged]
        #expect(counts == [1, 1, 1, 1, 1])
        _ = try run(folder, output: "Clean", jobs: 1, full: true)
        let output = try snapshot(folder, "Output")
        #expect(try output == snapshot(folder, "Clean"))
    }

    @Test func aRunWhereMoreChangedThanAnIncrementalRunHoldsStreamsToTheSameOutput() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        try folder.write("Vierter Artikel\n\nNoch ein Absatz über Krämpfe.\n", to: "Input/sub/d.txt")
        for output in ["Incremental", "Streamed"] { _ = try run(folder, output: output) }
        try folder.write("# Second\n\nA paragraph about cramps, revised.\n", to: "Input/sub/b.md")
        try folder.write("Neu\n\nEin neuer Absatz über Krämpfe.\n", to: "Input/sub/0.txt")
        try folder.write("Noch neuer\n\nEin letzter Absatz.\n", to: "Input/z.txt")
        try FileManager.default.removeItem(at: folder.url("Input/a.txt"))
        let incremental = try run(folder, output: "Incremental")
        // Two sources changed before the third: the survey gives up with one of them processed.
        var options = IngestOptions(input: folder.url("Input").path, output: folder.url("Streamed").path, jobs: 1)
        options.incrementalLimit = 1
        let streamed = try Ingestion.run(options)
        for report in [incremental, streamed] {
            let counts: [Int] = [report.new, report.changed, report.removed, report.unchanged, report.processed]
            #expect(counts == [2, 1, 1, 2, 3])
        }
        #expect(try snapshot(folder, "Incremental") == snapshot(folder, "Streamed"))
        _ = try run(folder, output: "Clean", jobs: 1, full: true)
        #expect(try snapshot(folder, "Incremental") == snapshot(folder, "Clean"))
    }

    /// The manifest's text with the `datasetLineBytes` of the entry of `path` changed by `change`.
    private func editLineBytes(of path: String, in manifest: String, _ change: (Int) -> String) throws -> String {
        let pattern = try Regex(#"("path":"\#(path)"[^}]*"datasetLineBytes":)(\d+)"#)
        let match = try #require(manifest.firstMatch(of: pattern))
        let digits = try #require(match.output[2].substring)
        let size = try #require(Int(digits))
        let head = try #require(match.output[1].substring)
        return manifest.replacingCharacters(in: match.range, with: head + change(size))
    }

    /// A fresh clone has the committed manifest and dataset but no stamps, and its files carry
    /// the time of the checkout: the run hashes every source and finds it unchanged.
    @Test func withoutStampsEverySourceIsHashedAndNothingCommittedIsRewritten() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        try FileManager.default.removeItem(at: folder.url("Output/.source-stamps"))
        let dates = try modificationDates(folder)
        Thread.sleep(forTimeInterval: 0.02)
        for name in ["a.txt", "sub/b.md", "sub/c.html"] {
            try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: folder.url("Input/" + name).path)
        }
        let report = try run(folder)
        #expect(report.unchanged == 3 && report.processed == 0 && !report.datasetRewritten)
        #expect(try modificationDates(folder) == dates)
        #expect(FileManager.default.fileExists(atPath: folder.url("Output/.source-stamps").path))
        let stamps = try folder.bytes("Output/.source-stamps")
        #expect(try run(folder).unchanged == 3)
        #expect(try folder.bytes("Output/.source-stamps") == stamps)
    }

    /// A source touched, its bytes the same: only the stamps learn its new time, and the run
    /// after that does not read it again.
    @Test func touchingASourceRewritesNothingButItsStamp() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        let stamps = try folder.bytes("Output/.source-stamps")
        let dates = try modificationDates(folder)
        Thread.sleep(forTimeInterval: 0.02)
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: folder.url("Input/a.txt").path)
        let touched = try run(folder)
        #expect(touched.unchanged == 3 && !touched.datasetRewritten)
        #expect(try modificationDates(folder) == dates)
        #expect(try folder.bytes("Output/.source-stamps") != stamps)
        let rehashed = Locked(0)
        let again = try run(folder, observer: RunObserver(progressed: { _, _ in rehashed.withLock { $0 += 1 } }))
        #expect(again.unchanged == 3 && rehashed.value == 0)
    }

    @Test func lineSizesTheDatasetDisagreesWithAreCheckedAndTheDatasetReadInstead() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        // The first and the last line by id are moved by a byte, the total kept; the middle one
        // changes, so that the first and last are copied as runs of their own.
        let byID = ["a.txt", "sub/b.md", "sub/c.html"].sorted {
            DocumentID.make(relativePath: $0) < DocumentID.make(relativePath: $1)
        }
        var manifest = String(decoding: try folder.bytes("Output/manifest.json"), as: UTF8.self)
        manifest = try editLineBytes(of: "Input/" + byID[0], in: manifest) { String($0 + 1) }
        manifest = try editLineBytes(of: "Input/" + byID[2], in: manifest) { String($0 - 1) }
        try folder.write(manifest, to: "Output/manifest.json")
        // Without the commit's stamp the manifest is trusted (as from an older version), and the
        // line table is checked against the file.
        try FileManager.default.removeItem(at: folder.url("Output/.commit-stamp"))
        try folder.write("Geändert\n\nEin anderer Absatz über Krämpfe.\n", to: "Input/" + byID[1])
        _ = try run(folder)
        _ = try run(folder, output: "Clean", full: true)
        #expect(try folder.bytes("Output/dataset.jsonl") == folder.bytes("Clean/dataset.jsonl"))
    }

    @Test func aManifestWithoutLineSizesGainsThemWithoutProcessingAgain() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        let clean = try snapshot(folder, "Output")
        let manifest = String(decoding: try folder.bytes("Output/manifest.json"), as: UTF8.self)
        let older = manifest.replacing(try Regex(#","datasetLineBytes":\d+"#), with: "")
        #expect(older != manifest)
        try folder.write(older, to: "Output/manifest.json")
        // As an older version left it: without the stamp of its commit.
        try FileManager.default.removeItem(at: folder.url("Output/.commit-stamp"))
        let report = try run(folder)
        #expect(report.processed == 0)
        #expect(report.unchanged == clean.keys.filter { $0.hasPrefix("documents/") }.count)
        #expect(try snapshot(folder, "Output") == clean)
    }

    @Test func aManifestThatBreaksOffIsNotedAndTheRestProcessedAgain() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        let clean = try snapshot(folder, "Output")
        let manifest = String(decoding: try folder.bytes("Output/manifest.json"), as: UTF8.self)
        let cut = try #require(manifest.range(of: "\"path\":\"Input/sub/c.html\""))
        try folder.write(String(manifest[..<cut.lowerBound]) + "\"path\":3}", to: "Output/manifest.json")
        // Without the stamp of its commit, as an older version left it, the manifest is read as
        // far as it goes.
        try FileManager.default.removeItem(at: folder.url("Output/.commit-stamp"))
        let notes = Locked([String]())
        let report = try run(folder, observer: RunObserver(noted: { note in notes.withLock { $0.append(note) } }))
        #expect(report.processed == 1)
        #expect(notes.value.count == 1 && notes.value.first?.contains("processing the remaining sources again") == true)
        #expect(try snapshot(folder, "Output") == clean)
    }

    @Test func outputIsByteIdenticalWhateverTheNumberOfJobs() throws {
        let folder = try TemporaryFolder()
        for index in 0..<24 {
            try folder.write("Article \(index)\n\nParagraph \(index) about cramps.\n", to: "Input/d\(index % 3)/\(index).txt")
        }
        _ = try run(folder, output: "One", jobs: 1)
        _ = try run(folder, output: "Two", jobs: 2)
        _ = try run(folder, output: "Eight", jobs: 8)
        let one = try snapshot(folder, "One")
        let manifestOne = try #require(one["manifest.json"])
        #expect(one.count == 24 + 3)
        #expect(one == (try snapshot(folder, "Two")))
        #expect(one == (try snapshot(folder, "Eight")))
        #expect(!manifestOne.isEmpty)
    }

    @Test func datasetHoldsEveryDocumentOnOneLineSortedById() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        let report = try run(folder)
        let lines = String(decoding: try folder.bytes("Output/dataset.jsonl"), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        let documents = lines.dropLast()
        #expect(documents.count == report.new)
        let ids = try documents.map { line -> String in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object?["id"] as? String)
        }
        #expect(ids == ids.sorted())
        for id in ids {
            let pretty = try folder.bytes("Output/documents/\(id).json")
            #expect(documents.contains { Data($0.utf8) == Data(JSONCompactor.compact(Array(pretty))) })
        }
    }

    @Test func aFailingSourceIsReportedAndTheOthersAreWritten() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        try folder.write("", to: "Input/empty.txt")
        try folder.write("x", to: "Input/notes.pdf")
        let lines = Locked([String]())
        let report = try run(folder, observer: RunObserver(failed: { error in lines.withLock { $0.append(error.description) } }))
        #expect(report.failures.map(\.path).contains("Input/empty.txt"))
        #expect(lines.value.contains("Input/empty.txt: the file is empty"))
        #expect(report.skipped.map(\.path) == ["Input/notes.pdf"])
        #expect(try folder.names(in: "Output/documents").count == report.new)
        #expect(report.new >= 1)
        let manifest = String(decoding: try folder.bytes("Output/manifest.json"), as: UTF8.self)
        #expect(manifest.contains("\"status\":\"failed\""))
        let reportFile = String(decoding: try folder.bytes("Output/report.json"), as: UTF8.self)
        #expect(reportFile.contains("the file is empty"))
    }

    @Test func aFailureTheSameBytesMeetAgainIsReportedFromTheManifestWithoutProcessing() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        // A page with no text at all: one with any text gives its densest text (MainContentSelector).
        try folder.write("<html><body><nav><a href=\"/\"><img src=\"logo.png\"></a></nav></body></html>", to: "Input/chrome.html")
        let first = try run(folder)
        #expect(first.failures.map(\.code) == [.noContent])
        #expect(first.processed == 4)

        let lines = Locked([String]())
        let second = try run(folder, observer: RunObserver(failed: { error in lines.withLock { $0.append(error.description) } }))
        #expect(second.failures == first.failures)
        #expect(lines.value == first.failures.map(\.description))
        #expect(second.processed == 0)
        #expect(second.times.process == 0)

        // Other bytes are processed again.
        try folder.write("<html><body><nav>Home</nav><p>Now with a paragraph of article text.</p></body></html>",
                         to: "Input/chrome.html")
        let third = try run(folder)
        #expect(third.failures.isEmpty)
        #expect(third.new == 1 && third.processed == 1)
    }

    @Test func aSourceOverTheSizeLimitIsTriedAgainWhenTheLimitIsRaised() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        let input = folder.url("Input").path, output = folder.url("Output").path
        let small = try Ingestion.run(IngestOptions(input: input, output: output, jobs: 1, maxBytes: 40))
        #expect(small.failures.map(\.code).contains(.tooLarge))
        let large = try Ingestion.run(IngestOptions(input: input, output: output, jobs: 1))
        #expect(large.failures.isEmpty)
        #expect(large.new == small.failures.count)
    }

    @Test func aDocumentThatCannotBeWrittenEndsTheRunAndLeavesThePreviousDatasetIntact() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        let before = try snapshot(folder, "Output")
        try folder.write("# Fourth\n\nNew text.\n", to: "Input/d.md")
        try folder.write("a folder where the document should go", to: "Output/documents/\(DocumentID.make(relativePath: "d.md")).json/x")
        let error = #expect(throws: RunError.self) { try run(folder) }
        #expect(error?.kind == .output)
        var after = try snapshot(folder, "Output")
        after = after.filter { !$0.key.hasPrefix("documents/\(DocumentID.make(relativePath: "d.md"))") }
        #expect(after == before)
        #expect(try folder.names(in: "Output/documents").allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func anOutputThatCannotBeCreatedIsUnwritable() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        try folder.write("a file", to: "Blocked")
        let error = #expect(throws: RunError.self) { try run(folder, output: "Blocked/Output") }
        #expect(error?.kind == .output)
    }

    @Test func aRunWhileAnotherHoldsTheOutputStopsAtOnce() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        try FileManager.default.createDirectory(at: folder.url("Output"), withIntermediateDirectories: true)
        do {
            let held = try OutputLock(folder: folder.url("Output").path)
            let error = #expect(throws: RunError.self) { try run(folder) }
            #expect(error?.kind == .busy)
            #expect(error?.reason == "another ingest run is writing to this output folder")
            withExtendedLifetime(held) {}
        }
        let report = try run(folder)
        #expect(report.new + report.failed == 3)
    }

    @Test func whatAKilledRunLeftBehindIsSweptAndCompleted() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        let clean = try snapshot(folder, "Output")
        try folder.write("half", to: "Output/\(AtomicFileWriter.temporaryPrefix)1-1-dataset.jsonl")
        try folder.write("half", to: "Output/documents/\(AtomicFileWriter.temporaryPrefix)1-2-x.json")
        try folder.write("{}", to: "Output/documents/00000000000000ff.json")
        try FileManager.default.removeItem(at: folder.url("Output/dataset.jsonl"))
        let report = try run(folder)
        #expect(report.datasetRewritten)
        #expect(try snapshot(folder, "Output") == clean)
    }

    @Test func aCancelledRunLeavesTheManifestAndDatasetOfTheLastCompleteRun() throws {
        let folder = try TemporaryFolder()
        try makeInput(in: folder)
        _ = try run(folder)
        let before = try snapshot(folder, "Output")
        try folder.write("# Changed\n\nNew words.\n", to: "Input/sub/b.md")
        let cancellation = RunCancellation()
        cancellation.cancel()
        let report = try Ingestion.run(IngestOptions(input: folder.url("Input").path, output: folder.url("Output").path),
                                       cancellation: cancellation)
        #expect(report.interrupted)
        #expect(report.processed == 0)
        #expect(try snapshot(folder, "Output") == before)
        #expect(try run(folder).changed == 1)
    }

    /// A run stopped after `after` sources were processed, as Ctrl-C stops one.
    private func runStopped(_ folder: TemporaryFolder, after: Int) throws -> RunReport {
        let cancellation = RunCancellation()
        // An incremental run counts its kept sources as done before the others.
        let observer = RunObserver(progressed: { done, _ in if done >= after { cancellation.cancel() } })
        return try Ingestion.run(IngestOptions(input: folder.url("Input").path, output: folder.url("Output").path, jobs: 1),
                                 observer: observer, cancellation: cancellation)
    }

    private func expectCountsAddUp(_ report: RunReport, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.interrupted, sourceLocation: sourceLocation)
        #expect(report.sources == report.new + report.changed + report.unchanged + report.failed,
                "\(report.summary)", sourceLocation: sourceLocation)
    }

    @Test func aFirstRunStoppedMidwayCountsWhatItDidAndTheNextRunCallsThoseDocumentsNew() throws {
        let folder = try TemporaryFolder()
        for index in 0..<40 { try folder.write("Article \(index)\n\nAbout cramps, part \(index).\n", to: "Input/\(index).txt") }
        let stopped = try runStopped(folder, after: 5)
        expectCountsAddUp(stopped)
        #expect(stopped.sources < 40)
        let next = try run(folder)
        #expect(next.new == 40 && next.unchanged == 0)
    }

    /// Stopped once the plan is whole (the progress knows the total), while the changed
    /// sources are still being processed.
    @Test func anIncrementalRunStoppedMidwayCountsItsKeptSourcesToo() throws {
        let folder = try TemporaryFolder()
        for index in 0..<200 { try folder.write("Article \(index)\n\nAbout cramps, part \(index).\n", to: "Input/\(index).txt") }
        _ = try run(folder)
        for index in 0..<100 { try folder.write("Article \(index)\n\nChanged, part \(index).\n", to: "Input/\(index).txt") }
        let cancellation = RunCancellation()
        let stopped = try Ingestion.run(
            IngestOptions(input: folder.url("Input").path, output: folder.url("Output").path, jobs: 1),
            observer: RunObserver(progressed: { _, total in if total != nil { cancellation.cancel() } }),
            cancellation: cancellation)
        expectCountsAddUp(stopped)
        #expect(stopped.unchanged >= 100 && stopped.sources < 200)
        #expect(try run(folder).changed == 100)
    }
}
