import Foundation
import Testing
@testable import IngestKit

@Suite struct ManifestReadAheadTests {
    private func entries(_ count: Int) -> [Manifest.Entry] {
        (0..<count).map { number in
            Manifest.Entry(path: "Input/\(String(100_000 + number)).txt", id: "1111111111111111", sha256: "ab", status: .ok,
                           pipelineVersion: "1", datasetLineBytes: number + 1,
                           stamp: SourceStamp(size: number, modified: "1.000000001", sha256: "ab"))
        }
    }

    private func write(_ entries: [Manifest.Entry], in folder: TemporaryFolder) throws -> OutputLayout {
        let layout = OutputLayout(folder: folder.url("").path)
        var writer = try ManifestWriter(layout)
        for entry in entries { try writer.append(entry) }
        let files = try writer.finish()
        for file in [files.manifest, files.stamps].compactMap({ $0 }) { try file.commit() }
        return layout
    }

    @Test func givesTheEntriesInOrderAcrossBatchesThenNil() throws {
        let folder = try TemporaryFolder()
        let written = entries(2_500)
        let layout = try write(written, in: folder)
        let readAhead = ManifestReadAhead(try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps),
                                          batchSize: 100, batchesAhead: 2)
        var read: [Manifest.Entry] = []
        while let entry = try readAhead.next() { read.append(entry) }
        #expect(read == written)
        #expect(try readAhead.next() == nil)
    }

    @Test func anEntryOutOfOrderFailsWhereTheReaderMetItAfterTheEntriesBefore() throws {
        let folder = try TemporaryFolder()
        let layout = try write(entries(10), in: folder)
        let manifest = String(decoding: try folder.bytes("manifest.json"), as: UTF8.self)
        try folder.write(manifest.replacingOccurrences(of: "Input/100005.txt", with: "Input/000005.txt"), to: "manifest.json")
        let readAhead = ManifestReadAhead(try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps),
                                          batchSize: 3, batchesAhead: 1)
        var read = 0
        #expect(throws: RunError.self) {
            while try readAhead.next() != nil { read += 1 }
        }
        #expect(read == 5)
    }

    @Test func aReaderReleasedEarlyStopsItsThread() throws {
        let folder = try TemporaryFolder()
        let layout = try write(entries(5_000), in: folder)
        weak var released: ManifestReader?
        do {
            let reader = try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps)
            released = reader
            let readAhead = ManifestReadAhead(reader, batchSize: 10, batchesAhead: 1)
            #expect(try readAhead.next() != nil)
        }
        // The thread lets go of the manifest reader once it sees the stop.
        let deadline = Date().addingTimeInterval(10)
        while released != nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(released == nil)
    }
}
