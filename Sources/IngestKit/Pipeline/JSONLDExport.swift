/// `ingest export --format jsonld`: every document of a dataset folder as schema.org JSON-LD
/// (`Document.jsonLD`), read back from its `dataset.jsonl`, in its order (by id). Either one
/// `<id>.jsonld` file per document in an output folder, or a JSON Lines stream, one document
/// per line.
public enum JSONLDExport {
    /// The file extension of an exported document.
    public static let fileExtension = "jsonld"

    /// What an export did.
    public struct Summary: Sendable, Equatable {
        /// How many documents were exported.
        public var written = 0
        /// The lines of `dataset.jsonl` that were not documents, each with its reason.
        public var failures: [DatasetReader.LineError] = []
    }

    /// Exports the documents of the dataset in `dataset` (a dataset folder): to
    /// `output/<id>.jsonld` when `output` is given, otherwise to `stream`, each on a line of its
    /// own. A line that is not a document is passed to `failed` and the export goes on.
    /// - Throws: `RunError`: `.input` when the dataset cannot be read, `.output` when a file
    ///   cannot be written.
    public static func run(dataset: String, output: String?, stream: ([UInt8]) -> Void,
                           failed: (DatasetReader.LineError) -> Void) throws(RunError) -> Summary {
        if let output { try RunError.onOutput { () throws(SystemError) in try FileSystem.createDirectory(output) } }
        var summary = Summary()
        try DatasetReader.forEachDocument(inDataset: dataset) { (number, line) throws(RunError) in
            switch line {
            case .success(let document) where !DocumentID.isWellFormed(document.id):
                // The id names the output file: one of another shape could name any path.
                let error = DatasetReader.LineError(path: OutputLayout(folder: dataset).dataset, line: number,
                                                    reason: "the id `\(document.id)` is not 16 lowercase hex digits")
                summary.failures.append(error)
                failed(error)
            case .success(let document):
                if let output {
                    let path = FileSystem.join(output, document.id + "." + fileExtension)
                    try RunError.onOutput { () throws(SystemError) in
                        try atomicWrite(document.prettyJSONLD, to: path, syncing: false)
                    }
                } else {
                    stream(document.compactJSONLD + [UInt8(ascii: "\n")])
                }
                summary.written += 1
            case .failure(let error):
                summary.failures.append(error)
                failed(error)
            }
        }
        return summary
    }
}
