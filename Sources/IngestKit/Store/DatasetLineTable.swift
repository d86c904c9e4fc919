/// Where each line of the last run's `dataset.jsonl` stands, as the last manifest records it:
/// the id number and line size (`Manifest.Entry.datasetLineBytes`) of each of its documents,
/// 16 bytes a document. The dataset is sorted by id, so a line starts where the lines of the
/// smaller ids end: a run finds the lines it keeps without reading the file. A manifest entry
/// of a document without its line size (a manifest older than the field) leaves the table
/// incomplete, and an incomplete table locates nothing.
struct DatasetLineTable: Sendable {
    private var lines: [Line] = []
    /// Whether every document of the manifest gave its line size.
    private(set) var isComplete = true

    private struct Line {
        var id: UInt64
        var bytes: Int
    }

    /// An empty, complete table.
    init() {}

    /// Adds the line of a manifest entry, if it records a document; in any order.
    mutating func add(_ entry: Manifest.Entry) {
        guard entry.status == .ok, isComplete else { return }
        guard let id = DocumentID.number(entry.id), let bytes = entry.datasetLineBytes, bytes > 0 else {
            markIncomplete()
            return
        }
        lines.append(Line(id: id, bytes: bytes))
    }

    /// Marks the table incomplete: the manifest it comes from could not be read to its end.
    mutating func markIncomplete() {
        isComplete = false
        lines = []
    }

    /// Sorts the lines by id, after the last `add`.
    mutating func seal() {
        lines.sort { $0.id < $1.id }
    }

    /// The size of the whole file the table describes.
    var totalBytes: Int {
        lines.reduce(0) { $0 + $1.bytes }
    }

    /// Walks the lines of a sealed table forward, by increasing id.
    struct Cursor {
        private let table: DatasetLineTable
        private var index = 0
        private var offset = 0

        init(_ table: DatasetLineTable) {
            self.table = table
        }

        /// Where the line of document `id` stands, its newline included; `nil` when the table
        /// has none. Ids must be asked for in increasing order.
        mutating func line(of id: UInt64) -> Range<Int>? {
            let lines = table.lines
            while index < lines.count, lines[index].id < id {
                offset += lines[index].bytes
                index += 1
            }
            guard index < lines.count, lines[index].id == id else { return nil }
            return offset..<offset + lines[index].bytes
        }
    }
}
