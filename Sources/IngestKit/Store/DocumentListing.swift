/// What `documents/` held when a run began, from one listing of the folder: the id numbers
/// of its document files (`<id>.json`), 8 bytes each, and the names of temporary files a killed
/// run left there. A run asks it whether a document is there instead of asking the file system
/// once per source, and sweeps by it at the end instead of listing the folder again: while a
/// run holds the output lock, only the run itself adds to the folder, and everything it adds
/// is in its `DatasetIndex`.
///
/// After a run that wrote documents and did not finish (`RunMarker`), a document modified since
/// that run began may not be what the manifest says: it is listed, for the sweep, but not
/// vouched for, so that its source is processed again.
struct DocumentListing: Sendable {
    /// The id numbers of the document files, sorted.
    private let ids: [UInt64]
    /// The id numbers of the documents written since an unfinished run began, sorted.
    private let unsettled: [UInt64]
    /// Names of temporary files (`AtomicFileWriter.temporaryPrefix`).
    let temporaryNames: [String]
    /// The end of a document file's name, after its id.
    private static let fileSuffix = Array(".json".utf8)

    /// Lists `layout.documents`; documents modified at `unsettledSince` or later are not
    /// vouched for.
    /// - Throws: `RunError` (`.output`) when the folder cannot be listed.
    init(_ layout: OutputLayout, unsettledSince: String? = nil) throws(RunError) {
        var ids: [UInt64] = []
        var unsettled: [UInt64] = []
        var temporaryNames: [String] = []
        try RunError.onOutput { () throws(SystemError) in
            try FileSystem.forEachEntry(in: layout.documents) { entry in
                let name = entry.name
                if name.starts(with: AtomicFileWriter.temporaryPrefix.utf8) {
                    temporaryNames.append(String(decoding: name, as: UTF8.self))
                } else if name.count > Self.fileSuffix.count,
                          name.suffix(Self.fileSuffix.count).elementsEqual(Self.fileSuffix),
                          let id = DocumentID.number(utf8: name.dropLast(Self.fileSuffix.count)) {
                    ids.append(id)
                    if let unsettledSince,
                       FileSystem.status(of: FileSystem.join(layout.documents, String(decoding: name, as: UTF8.self)))?
                           .wasModified(since: unsettledSince) != false {
                        unsettled.append(id)
                    }
                }
            }
        }
        self.ids = ids.sorted()
        self.unsettled = unsettled.sorted()
        self.temporaryNames = temporaryNames
    }

    /// A listing of the documents `ids` (id numbers, in any order) and no temporary file.
    init(ids: [UInt64]) {
        self.ids = ids.sorted()
        unsettled = []
        temporaryNames = []
    }

    /// Whether `documents/<id>.json` was there and is vouched for.
    func contains(id: String) -> Bool {
        guard let number = DocumentID.number(id) else { return false }
        return ids.sortedContains(number) && !unsettled.sortedContains(number)
    }

    /// The document files that were there and whose id `index` does not hold, as ids.
    func documents(notIn index: DatasetIndex) -> [String] {
        ids.filter { !index.contains($0) }.map(DocumentID.text)
    }
}
