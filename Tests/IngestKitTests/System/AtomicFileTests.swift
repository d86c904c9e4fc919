import Foundation
import Testing
@testable import IngestKit

@Suite struct AtomicFileTests {
    @Test func writesAndReplacesWithoutLeavingATemporaryFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.url("out.json").path
        try atomicWrite(Array("one".utf8), to: path)
        try atomicWrite(Array("two".utf8), to: path)
        #expect(try folder.bytes("out.json") == Data("two".utf8))
        #expect(try folder.names(in: "") == ["out.json"])
    }

    @Test func aFailedWriteThrowsUnwritableAndLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.url("missing/out.json").path
        #expect(throws: SystemError.self) { try atomicWrite([1, 2, 3], to: path) }
        do {
            try atomicWrite([1], to: path)
        } catch {
            #expect(error.cause == .errno(ENOENT, text: "no such file or directory"))
            #expect(error.path == path)
        }
        #expect(try folder.names(in: "").isEmpty)
    }

    @Test func aRenameOntoAFolderFailsAndRemovesTheTemporaryFile() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url("taken/inner"), withIntermediateDirectories: true)
        #expect(throws: SystemError.self) { try atomicWrite([1], to: folder.url("taken").path) }
        #expect(try folder.names(in: "") == ["taken"])
    }

    @Test func aWriterDroppedWithoutCommitLeavesTheTargetUntouched() throws {
        let folder = try TemporaryFolder()
        try folder.write("old", to: "data.jsonl")
        do {
            let writer = try AtomicFileWriter(path: folder.url("data.jsonl").path)
            try writer.append(Array("new".utf8))
        }
        #expect(try folder.bytes("data.jsonl") == Data("old".utf8))
        #expect(try folder.names(in: "") == ["data.jsonl"])
    }

    @Test func aDiscardedWriterRemovesItsTemporaryFileWhileStillReferenced() throws {
        let folder = try TemporaryFolder()
        let open = try AtomicFileWriter(path: folder.url("open.json").path)
        try open.append(Array("new".utf8))
        let staged = try AtomicFileWriter(path: folder.url("staged.json").path)
        try staged.stage()
        #expect(try folder.names(in: "").count == 2)
        open.discard()
        staged.discard()
        #expect(try folder.names(in: "").isEmpty)
        // A file handed to a commit record is the record's: discarding it keeps it.
        let handed = try AtomicFileWriter(path: folder.url("handed.json").path)
        try handed.stage()
        let name = handed.handOver()
        handed.discard()
        #expect(try folder.names(in: "") == [name])
    }

    @Test func appendCopyTakesTheGivenBytesOfAnotherFileBetweenAppendedOnes() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("0123456789", to: "source.txt")
        let reader = try BufferedFileReader(path: source)
        let writer = try AtomicFileWriter(path: folder.url("copy.txt").path)
        try writer.append(Array("[".utf8))
        try writer.appendCopy(of: 2..<5, from: reader.fileDescriptor)
        try writer.append(Array("|".utf8))
        try writer.appendCopy(of: 7..<10, from: reader.fileDescriptor)
        try writer.commit()
        #expect(try folder.bytes("copy.txt") == Data("[234|789".utf8))
    }

    @Test func appendCopyPastTheEndOfTheSourceIsUnwritable() throws {
        let folder = try TemporaryFolder()
        let source = try folder.write("short", to: "source.txt")
        let reader = try BufferedFileReader(path: source)
        let writer = try AtomicFileWriter(path: folder.url("copy.txt").path)
        let error = #expect(throws: SystemError.self) { try writer.appendCopy(of: 0..<10, from: reader.fileDescriptor) }
        #expect(error?.cause == .other("the file copied from ended early"))
    }
}
