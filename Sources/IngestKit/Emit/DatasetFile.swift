/// Builds `dataset.jsonl`, one compact line per document in order of id, holding one line at a
/// time however large the corpus. A document processed this run is read back from its file and
/// compacted; any other is copied from the previous `dataset.jsonl`, which is sorted by id
/// too, so that a run where 1 % of the documents changed reads 1 % of the document files.
/// Lines copied from the previous dataset are copied by runs of neighbours, inside the kernel
/// where it can (`AtomicFileWriter.appendCopy`), never parsed. A line the previous dataset
/// lacks (or a previous dataset that cannot be read) is read from the document's file
/// instead: the result is the same, only slower.
enum DatasetFile {
    /// Writes the documents of `index` into a new `layout.dataset`, not yet in place: the caller
    /// commits it together with the manifest (`DatasetCommit`).
    /// - Throws: `IngestError` (`.unwritable`) when a document cannot be read back or the
    ///   dataset cannot be written; the previous dataset is then left as it was.
    static func build(_ index: DatasetIndex, layout: OutputLayout) throws(IngestError) -> AtomicFileWriter {
        let file = try AtomicFileWriter(path: layout.dataset)
        var previous = PreviousDataset(path: layout.dataset)
        // The previous dataset's bytes that go over as they are, not yet copied.
        var kept: Range<Int>?
        for id in index.ids {
            if !index.wasProcessed(id), let line = previous.line(of: id) {
                if let run = kept, run.upperBound == line.lowerBound {
                    kept = run.lowerBound..<line.upperBound
                } else {
                    try previous.copy(kept, into: file)
                    kept = line
                }
                continue
            }
            try previous.copy(kept, into: file)
            kept = nil
            let name = DocumentID.text(id)
            let pretty: [UInt8]
            do {
                pretty = try FileSystem.readFile(at: layout.document(id: name))
            } catch {
                throw IngestError(.unwritable, "cannot read back \(name).json: \(error.reason)", path: layout.dataset)
            }
            var line = JSONCompactor.compact(pretty)
            line.append(UInt8(ascii: "\n"))
            try file.append(line)
        }
        try previous.copy(kept, into: file)
        return file
    }

    /// The previous `dataset.jsonl`, walked forward by id, line by line, reading no more of
    /// each line than its id. Each line starts with `{"id":"<16 hex digits>"`, the first key of
    /// every document, and ends with a newline; a line of another shape, a line out of order or
    /// a read error ends its use (the rest comes from the document files).
    private struct PreviousDataset {
        private let reader: BufferedFileReader?
        private var isUsable: Bool
        private var prefix: [UInt8] = []
        private var lineID: UInt64?
        private var lineBytes = 0..<0

        private static let idPrefix = Array("{\"id\":\"".utf8)
        private static let idEnd = idPrefix.count + 16

        init(path: String) {
            reader = FileSystem.exists(path) ? try? BufferedFileReader(path: path, bufferSize: 1 << 20) : nil
            isUsable = reader != nil
        }

        /// Where the line of document `id` stands in the file, its newline included; `nil`
        /// when the previous dataset has none. Ids must be asked for in increasing order.
        mutating func line(of id: UInt64) -> Range<Int>? {
            while isUsable, lineID.map({ $0 < id }) ?? true {
                advance()
            }
            guard lineID == id else { return nil }
            return lineBytes
        }

        /// Appends the bytes `range` of the previous dataset (lines `line(of:)` gave) to `file`.
        func copy(_ range: Range<Int>?, into file: AtomicFileWriter) throws(IngestError) {
            guard let range, let reader else { return }
            try file.appendCopy(of: range, from: reader.fileDescriptor)
        }

        private mutating func advance() {
            let previousID = lineID
            guard let reader else { return }
            let start = reader.offset
            guard (try? reader.skipLine(keepingFirst: Self.idEnd + 1, into: &prefix)) == true,
                  prefix.count == Self.idEnd + 1, prefix.starts(with: Self.idPrefix),
                  prefix[Self.idEnd] == UInt8(ascii: "\""),
                  let id = DocumentID.number(String(decoding: prefix[Self.idPrefix.count..<Self.idEnd], as: UTF8.self)),
                  previousID.map({ $0 < id }) ?? true else {
                isUsable = false
                lineID = nil
                return
            }
            lineID = id
            lineBytes = start..<reader.offset
        }
    }
}
