/// `.ingest-running` in the output folder: a run has written documents that no committed
/// dataset names yet. A run creates it before it writes its first document, unless an earlier
/// run that did not finish left it (that run's time is the one that counts), and removes it
/// once its dataset is committed and swept. A run that finds it does not vouch for documents
/// modified since it was created (`DocumentListing`): a run killed after writing a document,
/// then a source restored with its old modification time, would otherwise leave a document
/// that disagrees with `dataset.jsonl` for good. A run that writes no document never touches it.
final class RunMarker: Sendable {
    private let path: String
    /// When the earliest unfinished run began writing (`seconds.nanoseconds`), if one did not
    /// finish.
    let unfinishedSince: String?
    /// Whether the marker is there: left by an unfinished run, or written by this one.
    private let isMarked: Locked<Bool>

    /// The marker's name in the output folder.
    static let name = ".ingest-running"

    /// Reads the marker of `layout`.
    init(_ layout: OutputLayout) {
        path = FileSystem.join(layout.folder, Self.name)
        unfinishedSince = FileSystem.status(of: path)?.modified
        isMarked = Locked(unfinishedSince != nil)
    }

    /// Marks the run as writing documents, flushed to the disk before the first is written;
    /// called before each document is written, from any writer.
    /// - Throws: `SystemError` when the marker cannot be written.
    func markWriting() throws(SystemError) {
        let written: Result<Void, SystemError> = isMarked.withLock { isMarked in
            guard !isMarked else { return .success(()) }
            do throws(SystemError) {
                try atomicWrite(Array("ingest\n".utf8), to: path)
            } catch {
                return .failure(error)
            }
            isMarked = true
            return .success(())
        }
        try written.get()
    }

    /// Removes the marker: every document written is named by the committed dataset.
    /// - Throws: `RunError` (`.output`) when it cannot be removed.
    func settle() throws(RunError) {
        guard isMarked.value else { return }
        try RunError.onOutput { () throws(SystemError) in try FileSystem.removeFile(path) }
        isMarked.withLock { $0 = false }
    }
}
