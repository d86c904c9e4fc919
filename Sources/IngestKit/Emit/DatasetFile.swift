/// Builds `dataset.jsonl` from the document files: each read back, compacted to one line and
/// appended in order of id, so memory holds one document at a time however large the corpus.
enum DatasetFile {
    /// Writes the documents `ids` (sorted here byte-wise) from `layout.documents` into a new
    /// `layout.dataset`, not yet in place: the caller commits it together with the manifest
    /// (`DatasetCommit`).
    /// - Throws: `IngestError` (`.unwritable`) when a document cannot be read back or the
    ///   dataset cannot be written; the previous dataset is then left as it was.
    static func build<IDs: Sequence<String>>(ids: IDs, layout: OutputLayout) throws(IngestError) -> AtomicFileWriter {
        let sorted = ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let file = try AtomicFileWriter(path: layout.dataset)
        for id in sorted {
            let pretty: [UInt8]
            do {
                pretty = try FileSystem.readFile(at: layout.document(id: id))
            } catch {
                throw IngestError(.unwritable, "cannot read back \(id).json: \(error.reason)", path: layout.dataset)
            }
            var line = JSONCompactor.compact(pretty)
            line.append(UInt8(ascii: "\n"))
            try file.append(line)
        }
        return file
    }
}
