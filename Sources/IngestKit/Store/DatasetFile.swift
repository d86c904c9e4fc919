/// Builds `dataset.jsonl`, one compact line per document in order of id, holding one line at a
/// time however large the corpus. A document processed this run is read back from its file and
/// compacted; any other is copied from the previous `dataset.jsonl`, which is sorted by id
/// too, so that a run where 1 % of the documents changed reads 1 % of the document files.
///
/// Lines copied from the previous dataset are copied by runs of neighbours, inside the kernel
/// where it can (`AtomicFileWriter.appendCopy`), never parsed. Where they stand comes from the
/// last manifest (`DatasetLineTable`), checked against the file: its size, and the id at the
/// start and the newline at the end of every run copied. When the manifest cannot say, or the
/// file disagrees with it, the previous dataset is read through to find its lines instead. A
/// line the previous dataset lacks (or a previous dataset that cannot be read) is read from the
/// document's file: the result is the same, only slower.
enum DatasetFile {
    /// Writes the documents of `index` into a new `layout.dataset`, not yet in place: the caller
    /// commits it together with the manifest (`DatasetCommit`). `recorded` is where the last
    /// manifest puts the previous dataset's lines; `processed` says, for each document of
    /// `index` processed this run, where its line comes from (it may wait for the document to
    /// be processed, and is asked again for the same document when the previous dataset is read
    /// through after all). `writesBackEarly` is `AtomicFileWriter`'s: false while documents
    /// are being written beside the dataset. With `trustingPrevious` false (the previous dataset
    /// is not what the last run committed, or the run is `--full`), every line is read from
    /// its document.
    /// - Throws: `RunError` (`.output`) when a document cannot be read back or the
    ///   dataset cannot be written, and whatever `processed` throws; the previous dataset is
    ///   then left as it was.
    static func build(_ index: DatasetIndex, layout: OutputLayout, recorded: DatasetLineTable,
                      processed: (UInt64) throws(RunError) -> SourceOutcome.DatasetLine = { _ in .document },
                      writesBackEarly: Bool = true, trustingPrevious: Bool = true) throws(RunError) -> AtomicFileWriter {
        let previous = trustingPrevious && FileSystem.exists(layout.dataset)
            ? try? BufferedFileReader(path: layout.dataset, bufferSize: 1 << 20) : nil
        if let previous, recorded.isComplete, FileSystem.size(of: previous.fileDescriptor) == recorded.totalBytes,
           let file = try write(index, into: newFile(layout, writesBackEarly: writesBackEarly), layout: layout,
                                previous: PreviousDataset(recorded: recorded, in: previous), processed: processed) {
            return file
        }
        // Without a line table the file's lines are found by reading it: every copy holds.
        return try write(index, into: newFile(layout, writesBackEarly: writesBackEarly), layout: layout,
                         previous: PreviousDataset(scanning: previous), processed: processed)!
    }

    private static func newFile(_ layout: OutputLayout, writesBackEarly: Bool) throws(RunError) -> AtomicFileWriter {
        try RunError.onOutput { () throws(SystemError) in try AtomicFileWriter(path: layout.dataset, writesBackEarly: writesBackEarly) }
    }

    /// Writes the dataset into `file`, taking the lines it keeps from `previous`.
    /// - Returns: `nil` when a run of lines was not where the line table put it.
    private static func write(_ index: DatasetIndex, into file: AtomicFileWriter, layout: OutputLayout,
                              previous: PreviousDataset,
                              processed: (UInt64) throws(RunError) -> SourceOutcome.DatasetLine) throws(RunError) -> AtomicFileWriter? {
        var previous = previous
        // The previous dataset's bytes that go over as they are, not yet copied, and the id of
        // their first line.
        var kept: (bytes: Range<Int>, firstID: UInt64)?
        for id in index.ids {
            var fromPrevious = !index.wasProcessed(id)
            if !fromPrevious {
                switch try processed(id) {
                case .absent: continue
                case .previous: fromPrevious = true
                case .document: break
                }
            }
            if fromPrevious, let line = previous.line(of: id) {
                if let run = kept, run.bytes.upperBound == line.lowerBound {
                    kept = (run.bytes.lowerBound..<line.upperBound, run.firstID)
                } else {
                    guard try previous.copy(kept, into: file) else { return nil }
                    kept = (line, id)
                }
                continue
            }
            guard try previous.copy(kept, into: file) else { return nil }
            kept = nil
            let name = DocumentID.text(id)
            let pretty: [UInt8]
            do throws(SystemError) {
                pretty = try FileSystem.readFile(at: layout.document(id: name))
            } catch {
                throw RunError(.output, "cannot read back \(name).json: \(error.reason)", path: layout.dataset, cause: error)
            }
            try RunError.onOutput { () throws(SystemError) in try file.append(line(ofDocument: pretty)) }
        }
        guard try previous.copy(kept, into: file) else { return nil }
        return file
    }

    private static let idPrefix = Array("{\"id\":\"".utf8)
    private static let idEnd = idPrefix.count + 16

    /// The id of the document whose line starts with `start`: `{"id":"<16 hex digits>"`, the
    /// first key of every document; `nil` for a start of another shape.
    static func id(startingLine start: [UInt8]) -> UInt64? {
        guard start.count > idEnd, start.starts(with: idPrefix), start[idEnd] == UInt8(ascii: "\"") else { return nil }
        return DocumentID.number(String(decoding: start[idPrefix.count..<idEnd], as: UTF8.self))
    }

    /// The line of `dataset.jsonl` that holds the document whose file holds `json`.
    static func line(ofDocument json: [UInt8]) -> [UInt8] {
        var line = JSONCompactor.compact(json)
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// The size in bytes of `line(ofDocument: json)`, without building it.
    static func lineBytes(ofDocument json: [UInt8]) -> Int {
        lineBytes(ofCompactCount: JSONCompactor.compactedCount(json))
    }

    /// The size in bytes of the line of a document whose compact form has `compactCount` bytes.
    static func lineBytes(ofCompactCount compactCount: Int) -> Int {
        compactCount + 1
    }

    /// The previous `dataset.jsonl`, its lines located either by the last manifest's line
    /// table or by walking the file forward, line by line, reading no more of each line than
    /// its id. Each line starts with `{"id":"<16 hex digits>"`, the first key of every
    /// document, and ends with a newline; walking, a line of another shape, a line out of order
    /// or a read error ends the file's use (the rest comes from the document files).
    private struct PreviousDataset {
        private let reader: BufferedFileReader?
        private var table: DatasetLineTable.Cursor?
        private var isUsable: Bool
        private var prefix: [UInt8] = []
        private var lineID: UInt64?
        private var lineBytes = 0..<0

        private static let idEnd = DatasetFile.idEnd

        /// The file `reader` reads, its lines where `recorded` puts them.
        init(recorded: DatasetLineTable, in reader: BufferedFileReader) {
            self.reader = reader
            table = DatasetLineTable.Cursor(recorded)
            isUsable = true
        }

        /// The file `reader` reads (none: no previous dataset), its lines found by walking it.
        init(scanning reader: BufferedFileReader?) {
            self.reader = reader
            isUsable = reader != nil
        }

        /// Where the line of document `id` stands in the file, its newline included; `nil`
        /// when the previous dataset has none. Ids must be asked for in increasing order.
        mutating func line(of id: UInt64) -> Range<Int>? {
            if table != nil { return table?.line(of: id) }
            while isUsable, lineID.map({ $0 < id }) ?? true {
                advance()
            }
            guard lineID == id else { return nil }
            return lineBytes
        }

        /// Appends `run.bytes` of the previous dataset (lines `line(of:)` gave, the first of
        /// document `run.firstID`) to `file`.
        /// - Returns: `false`, having copied nothing, when the line table put the run where
        ///   the file does not hold it.
        func copy(_ run: (bytes: Range<Int>, firstID: UInt64)?, into file: AtomicFileWriter) throws(RunError) -> Bool {
            guard let run, let reader else { return true }
            if table != nil, !Self.holds(run, in: reader.fileDescriptor) { return false }
            try RunError.onOutput { () throws(SystemError) in try file.appendCopy(of: run.bytes, from: reader.fileDescriptor) }
            // The file is replaced once the new one is complete; letting go of its cached pages
            // now spares that replacement dropping them all at once.
            FileSystem.dropCachedPages(of: reader.fileDescriptor, in: run.bytes)
            return true
        }

        /// Whether the file has the line of `run.firstID` at the start of `run.bytes` and a
        /// newline at their end.
        private static func holds(_ run: (bytes: Range<Int>, firstID: UInt64), in descriptor: Int32) -> Bool {
            guard run.bytes.count > idEnd + 1,
                  let start = FileSystem.readBytes(of: descriptor, at: run.bytes.lowerBound, count: idEnd + 1),
                  DatasetFile.id(startingLine: start) == run.firstID else { return false }
            return FileSystem.readBytes(of: descriptor, at: run.bytes.upperBound - 1, count: 1) == [UInt8(ascii: "\n")]
        }

        private mutating func advance() {
            let previousID = lineID
            guard let reader else { return }
            let start = reader.offset
            guard (try? reader.skipLine(keepingFirst: Self.idEnd + 1, into: &prefix)) == true,
                  let id = DatasetFile.id(startingLine: prefix), previousID.map({ $0 < id }) ?? true else {
                isUsable = false
                lineID = nil
                return
            }
            lineID = id
            lineBytes = start..<reader.offset
        }
    }
}
