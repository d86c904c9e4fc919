import Foundation
import Testing
@testable import IngestKit

@Suite struct DocumentListingTests {
    @Test func listsDocumentsAndTemporaryFilesAndNothingElse() throws {
        let folder = try TemporaryFolder()
        let id = DocumentID.make(relativePath: "a.txt")
        try folder.write("{}", to: "Output/documents/\(id).json")
        try folder.write("partial", to: "Output/documents/\(AtomicFileWriter.temporaryPrefix)1-2-x.json")
        try folder.write("a note", to: "Output/documents/notes.txt")
        let listing = try DocumentListing(OutputLayout(folder: folder.url("Output").path))
        #expect(listing.contains(id: id))
        #expect(!listing.contains(id: DocumentID.make(relativePath: "b.txt")))
        #expect(listing.temporaryNames == ["\(AtomicFileWriter.temporaryPrefix)1-2-x.json"])
        #expect(listing.documents(notIn: DatasetIndex()) == [id])
    }

    /// A `documents/` that cannot be listed is the output's failure (exit 73), never the
    /// arguments' (exit 64).
    @Test func aDocumentsFolderThatCannotBeListedIsAnOutputError() throws {
        let folder = try TemporaryFolder()
        try folder.write("not a folder", to: "Output/documents")
        let error = #expect(throws: RunError.self) { try DocumentListing(OutputLayout(folder: folder.url("Output").path)) }
        #expect(error?.kind == .output)
        #expect(error?.cause.map { if case .errno(ENOTDIR, _) = $0.cause { true } else { false } } == true)
    }
}
