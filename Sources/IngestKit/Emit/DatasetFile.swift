/// Builds `dataset.jsonl`, one compact line per document in order of id, holding one line at a
/// time however large the corpus. A document processed this run is read back from its file and
/// compacted; any other is copied from the previous `dataset.jsonl`, which is sorted by id
/// too, so that a run where 1 % of the documents changed reads 1 % of the document files. A
/// line the previous dataset lacks (or a previous dataset that cannot be read) is read from the
/// document's file instead: the result is the same, only slower.
enum DatasetFile {
    /// Writes the documents of `index` into a new `layout.dataset`, not yet in place: the caller
    /// commits it together with the manifest (`DatasetCommit`).
    /// - Throws: `IngestError` (`.unwritable`) when a document cannot be read back or the
    ///   dataset cannot be written; the previous dataset is then left as it was.
    static func build(_ index: DatasetIndex, layout: OutputLayout) throws(IngestError) -> AtomicFileWriter {
        let file = try AtomicFileWriter(path: layout.dataset)
        var previous = PreviousLines(path: layout.dataset)
        for id in index.ids {
            if !index.wasProcessed(id), var line = previous.line(for: id) {
                line.append(UInt8(ascii: "\n"))
                try file.append(line)
                continue
            }
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
        return file
    }

    /// The previous `dataset.jsonl`, walked forward by id. Each line starts with
    /// `{"id":"<16 hex digits>"`, the first key of every document; a line of another shape, a
    /// line out of order or a read error ends its use (the rest comes from the document files).
    private struct PreviousLines {
        private var reader: BufferedFileReader?
        private var line: [UInt8] = []
        private var lineID: UInt64?

        private static let prefix = Array("{\"id\":\"".utf8)

        init(path: String) {
            reader = FileSystem.exists(path) ? try? BufferedFileReader(path: path) : nil
        }

        /// The line of document `id`; `nil` when the previous dataset has none. Ids must be
        /// asked for in increasing order.
        mutating func line(for id: UInt64) -> [UInt8]? {
            while reader != nil, lineID.map({ $0 < id }) ?? true {
                advance()
            }
            guard lineID == id else { return nil }
            return line
        }

        private mutating func advance() {
            let previousID = lineID
            guard let reader, (try? reader.readLine(into: &line)) == true,
                  line.count > Self.prefix.count + 16, line.starts(with: Self.prefix),
                  line[Self.prefix.count + 16] == UInt8(ascii: "\""),
                  let id = DocumentID.number(String(decoding: line[Self.prefix.count..<Self.prefix.count + 16], as: UTF8.self)),
                  previousID.map({ $0 < id }) ?? true else {
                self.reader = nil
                lineID = nil
                return
            }
            lineID = id
        }
    }
}
