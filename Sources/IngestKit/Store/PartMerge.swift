/// Joins the files of several output folders that each hold part of one dataset (the parts of
/// a split run, `ShardParts`) into the files one folder holds for all of it: `dataset.jsonl`
/// in order of id, `manifest.json` in order of path, each a k-way merge (`MergeQueue`) that
/// holds one line per part, whatever the size of the dataset. Since every line and entry is
/// the one a run over the whole input writes for its source, and both orders are total, the
/// result is that run's files byte for byte.
enum PartMerge {
    /// Writes the lines of every part's `dataset.jsonl` into `file`, in order of id, calling
    /// `each` with each line's id and the index of its part before the line is written.
    /// - Returns: how many lines were written.
    /// - Throws: `RunError` (`.output`) when a part cannot be read, a line does not start with
    ///   an id, or an id comes twice or out of order; and what `each` throws.
    static func datasets(of parts: [OutputLayout], into file: ReplacementFile,
                         each: (UInt64, Int) throws(RunError) -> Void) throws(RunError) -> Int {
        var readers: [BufferedFileReader] = []
        for part in parts {
            readers.append(try RunError.onOutput { () throws(SystemError) in try BufferedFileReader(path: part.dataset) })
        }
        var lines = [[UInt8]](repeating: [], count: parts.count)
        var queue = MergeQueue<UInt64>(by: <)
        func advance(_ input: Int) throws(RunError) {
            let reader = readers[input]
            guard try RunError.onOutput({ () throws(SystemError) in try reader.skipLine(keepingFirst: Int.max, into: &lines[input]) })
                    || !lines[input].isEmpty else { return }
            guard let id = DatasetFile.id(startingLine: lines[input]) else {
                throw RunError(.output, "a line near byte \(reader.offset) does not start with a document id", path: reader.path)
            }
            lines[input].append(UInt8(ascii: "\n"))
            queue.insert(id, from: input)
        }
        for input in parts.indices { try advance(input) }
        var written = 0
        var last: UInt64?
        while let head = queue.popFirst() {
            if let last, last >= head.key {
                throw RunError(.output, "document \(DocumentID.text(head.key)) comes twice or out of order", path: parts[head.input].dataset)
            }
            last = head.key
            try each(head.key, head.input)
            let line = lines[head.input]
            try RunError.onOutput { () throws(SystemError) in try file.append(line) }
            written += 1
            try advance(head.input)
        }
        return written
    }

    /// Writes the entries of every part's `manifest.json` (with their stamps) into `writer`,
    /// in order of path.
    /// - Returns: how many entries there were, and how many of them are failures.
    /// - Throws: `RunError` (`.output`) when a part cannot be read as a manifest, or a path
    ///   comes twice.
    static func manifests(of parts: [OutputLayout], into writer: inout ManifestWriter) throws(RunError) -> (entries: Int, failed: Int) {
        var readers: [ManifestReader] = []
        for part in parts {
            readers.append(try ManifestReader(path: part.manifest, stampsPath: part.sourceStamps))
        }
        var entries = [Manifest.Entry?](repeating: nil, count: parts.count)
        var queue = MergeQueue<String>(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        func advance(_ input: Int) throws(RunError) {
            entries[input] = try readers[input].next()
            if let entry = entries[input] { queue.insert(entry.path, from: input) }
        }
        for input in parts.indices { try advance(input) }
        var counts = (entries: 0, failed: 0)
        var last: String?
        while let head = queue.popFirst(), let entry = entries[head.input] {
            if last == entry.path {
                throw RunError(.output, "\(entry.path) is in two parts", path: parts[head.input].manifest)
            }
            last = entry.path
            try writer.append(entry)
            counts.entries += 1
            if entry.status == .failed { counts.failed += 1 }
            try advance(head.input)
        }
        return counts
    }
}
