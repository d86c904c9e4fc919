/// What `documents/` held when a run began, from one listing of the folder: the id numbers
/// of its document files (`<id>.json`), 8 bytes each, and the names of temporary files a killed
/// run left there. A run asks it whether a document is there instead of asking the file system
/// once per source, and sweeps by it at the end instead of listing the folder again: while a
/// run holds the output lock, only the run itself adds to the folder, and everything it adds
/// is in its `DatasetIndex`.
struct DocumentListing: Sendable {
    /// The id numbers of the document files, sorted.
    private let ids: [UInt64]
    /// Names of temporary files (`AtomicFileWriter.temporaryPrefix`).
    let temporaryNames: [String]

    /// Lists `layout.documents`.
    /// - Throws: `RunError` (`.output`) when the folder cannot be listed.
    init(_ layout: OutputLayout) throws(RunError) {
        var ids: [UInt64] = []
        var temporaryNames: [String] = []
        try RunError.onOutput { () throws(SystemError) in
            try FileSystem.forEachEntry(in: layout.documents) { entry in
                let name = String(decoding: entry.name, as: UTF8.self)
                if name.hasPrefix(AtomicFileWriter.temporaryPrefix) {
                    temporaryNames.append(name)
                } else if name.hasSuffix(".json"), let id = DocumentID.number(name.dropLast(5)) {
                    ids.append(id)
                }
            }
        }
        self.ids = ids.sorted()
        self.temporaryNames = temporaryNames
    }

    /// A listing of the documents `ids` (id numbers, in any order) and no temporary file.
    init(ids: [UInt64]) {
        self.ids = ids.sorted()
        temporaryNames = []
    }

    /// Whether `documents/<id>.json` was there.
    func contains(id: String) -> Bool {
        DocumentID.number(id).map(ids.sortedContains) ?? false
    }

    /// The document files that were there and whose id `index` does not hold, as ids.
    func documents(notIn index: DatasetIndex) -> [String] {
        ids.filter { !index.contains($0) }.map(DocumentID.text)
    }
}
