/// Where the readers of a gzip archive split across cores begin: one at the file's start, and
/// one near each further equal share of the file, at the first gzip member found there whose
/// first bytes decompress to a WARC record's version line.
///
/// A start found so is a guess: compressed data can hold the bytes of a gzip header, and a stored
/// (uncompressed) deflate block can even hold a whole gzip member of a WARC record, as an archive
/// of archives does. The reader of the stretch before confirms a start by meeting a record that
/// starts a member exactly there; when it does not, it reads on and what was read from the
/// guess is dropped (`WARCArchive.read(maxBytes:copies:from:)`), so a wrong guess costs time,
/// never a different listing.
enum WARCArchiveSplit {
    /// No stretch is shorter than this much of the compressed file: below it, starting another
    /// reader costs more than it saves.
    static let minimumStretch = 4 << 20
    /// How far past a share's boundary a member is looked for before that share is given up.
    private static let searchLimit = 1 << 20
    /// How much of a candidate member is decompressed to check that it starts a record.
    private static let probeSize = 1 << 12
    private static let gzipHeader: [UInt8] = [0x1F, 0x8B, 0x08]
    private static let versionPrefix = Array("WARC/".utf8)

    /// The offsets at which at most `readers` readers of the gzip archive at `path` (`size`
    /// bytes) begin, the first 0 and the rest increasing; `[0]` when the file is not gzip, is too
    /// small to share, or no member is found near the boundaries.
    static func starts(path: String, size: Int, readers: Int) -> [Int] {
        let count = min(readers, size / minimumStretch)
        guard count > 1, read(path, at: 0, count: gzipHeader.count) == gzipHeader else { return [0] }
        var starts = [0]
        for share in 1..<count {
            let boundary = size / count * share
            if let found = firstRecordMember(in: path, from: max(boundary, (starts.last ?? 0) + 1)) {
                if found < size { starts.append(found) }
            }
        }
        return starts
    }

    /// The offset of the first gzip member at or after `offset` (within `searchLimit`) whose
    /// first bytes decompress to `WARC/`.
    private static func firstRecordMember(in path: String, from offset: Int) -> Int? {
        guard let window = read(path, at: offset, count: searchLimit + probeSize) else { return nil }
        var from = 0
        while let index = WARCByteStream.firstIndex(of: gzipHeader, in: window, from: from), index < searchLimit {
            if startsRecord(window[index..<min(window.count, index + probeSize)]) { return offset + index }
            from = index + 1
        }
        return nil
    }

    /// Whether `bytes`, decompressed as the start of a gzip member, begin with `WARC/`.
    private static func startsRecord(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let inflater = try? GzipInflater() else { return false }
        var output: [UInt8] = []
        _ = try? bytes.withUnsafeBytes { raw in
            try inflater.inflate(raw) { piece in output.append(contentsOf: piece.prefix(versionPrefix.count)) }
        }
        return output.starts(with: versionPrefix)
    }

    /// Up to `count` bytes of the file at `path` from `offset` on.
    private static func read(_ path: String, at offset: Int, count: Int) -> [UInt8]? {
        guard let reader = try? BufferedFileReader(path: path, startingAt: offset, bufferSize: count) else { return nil }
        var bytes: [UInt8] = []
        while bytes.count < count, let chunk = try? reader.nextChunk(limit: count - bytes.count), !chunk.isEmpty {
            bytes += chunk
        }
        return bytes
    }
}
