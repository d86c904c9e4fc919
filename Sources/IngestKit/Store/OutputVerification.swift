/// Checks an output folder without changing it: what `ingest verify` reports. Each problem is
/// one line naming the file and what disagrees. A folder that passes is one whose dataset,
/// manifest and documents say the same thing, in the layout a run writes:
///
/// - no commit is left half-done (`.ingest-commit`), and no run stopped after writing
///   documents (`.ingest-running`);
/// - `manifest.json` reads as a manifest, its entries sorted by path;
/// - `dataset.jsonl` holds one line per document entry of the manifest, in order of id, each
///   line the size the manifest records and the compacted bytes of its document file, whose
///   source digest is the one the manifest records;
/// - every document file belongs to a document entry.
///
/// It reads every document once, so it costs about what reading the dataset twice does.
public enum OutputVerification {
    /// The problems found in the output folder `folder`; empty when it is sound.
    public static func problems(in folder: String) -> [String] {
        let layout = OutputLayout(folder: folder)
        var problems: [String] = []
        if FileSystem.exists(FileSystem.join(folder, DatasetCommit.recordName)) {
            problems.append("\(FileSystem.join(folder, DatasetCommit.recordName)): a commit was not completed; "
                            + "run ingest to complete it")
        }
        if let since = RunMarker(layout).unfinishedSince {
            problems.append("\(FileSystem.join(folder, RunMarker.name)): a run that began writing documents at \(since) "
                            + "did not finish; documents written since may not be in the dataset")
        }
        let entries: [UInt64: DocumentEntry]
        switch documentEntries(layout) {
        case .success(let read): entries = read
        case .failure(let error): return problems + [error.description]
        }
        problems += datasetProblems(layout, entries: entries)
        problems += documentProblems(layout, entries: entries)
        return problems
    }

    /// What the manifest records of a document.
    private struct DocumentEntry {
        var lineBytes: Int?
        var sha256: String?
    }

    /// The manifest's document entries, by id number.
    private static func documentEntries(_ layout: OutputLayout) -> Result<[UInt64: DocumentEntry], RunError> {
        do throws(RunError) {
            let reader = try ManifestReader(path: layout.manifest, stampsPath: layout.sourceStamps)
            var entries: [UInt64: DocumentEntry] = [:]
            while let entry = try reader.next() {
                guard entry.status == .ok, let id = DocumentID.number(entry.id) else { continue }
                entries[id] = DocumentEntry(lineBytes: entry.datasetLineBytes, sha256: entry.sha256)
            }
            return .success(entries)
        } catch {
            return .failure(error)
        }
    }

    /// What disagrees between `dataset.jsonl` and the manifest's entries and documents.
    private static func datasetProblems(_ layout: OutputLayout, entries: [UInt64: DocumentEntry]) -> [String] {
        let path = layout.dataset
        guard let reader = try? BufferedFileReader(path: path) else { return ["\(path): cannot be read"] }
        var problems: [String] = []
        var line: [UInt8] = []
        var previous: UInt64?
        var seen = 0
        var number = 0
        while (try? reader.skipLine(keepingFirst: Int.max, into: &line)) == true {
            number += 1
            guard let id = DatasetFile.id(startingLine: line) else {
                problems.append("\(path): line \(number) does not start with a document id")
                continue
            }
            let name = DocumentID.text(id)
            if let previous, previous >= id { problems.append("\(path): line \(number) (\(name)) is out of order") }
            previous = id
            guard let recorded = entries[id] else {
                problems.append("\(path): line \(number) (\(name)) has no document entry in the manifest")
                continue
            }
            seen += 1
            if let bytes = recorded.lineBytes, bytes != line.count + 1 {
                problems.append("\(path): line \(number) (\(name)) is \(line.count + 1) bytes, the manifest says \(bytes)")
            }
            let document = try? FileSystem.readFile(at: layout.document(id: name))
            if document.map({ DatasetFile.line(ofDocument: $0).dropLast() }) != line[...] {
                problems.append("\(path): line \(number) (\(name)) is not its document")
            }
            if let document, sourceDigest(of: document) != recorded.sha256 {
                problems.append("\(layout.manifest): the entry of \(name) records another digest than its document")
            }
        }
        if !line.isEmpty { problems.append("\(path): the last line does not end with a newline") }
        if seen < entries.count {
            problems.append("\(path): \(entries.count - seen) documents of the manifest have no line")
        }
        return problems
    }

    /// The source's SHA-256 a document records (the first `"sha256"`, in its `source`).
    private static func sourceDigest(of document: [UInt8]) -> String? {
        let key = Array("\"sha256\": \"".utf8)
        guard let start = document.firstRange(of: key)?.upperBound, start + 64 <= document.count else { return nil }
        return String(decoding: document[start..<start + 64], as: UTF8.self)
    }

    /// Document entries without a file, and files without an entry.
    private static func documentProblems(_ layout: OutputLayout, entries: [UInt64: DocumentEntry]) -> [String] {
        guard let listing = try? DocumentListing(layout) else { return ["\(layout.documents): cannot be listed"] }
        var problems = entries.keys.sorted().map(DocumentID.text).filter { !listing.contains(id: $0) }
            .map { "\(layout.document(id: $0)): missing, though the manifest has its document" }
        var index = DatasetIndex()
        for id in entries.keys { index.add(id, processed: false) }
        index.seal()
        problems += listing.documents(notIn: index).map { "\(layout.document(id: $0)): no source of the manifest has it" }
        return problems
    }
}
