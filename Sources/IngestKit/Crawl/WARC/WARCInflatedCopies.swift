/// Decompressed copies of gzip archives, from which a run reads records by offset instead of
/// decompressing them again.
///
/// Two kinds: the copy a crawl makes as it reads a gzip archive (`startCopy` … `keep`), which
/// spares every page read in the same run a second decompression; and, for an archive listed
/// from its index whose records lie inside a larger gzip member (a `.warc.gz` compressed as one
/// member for the whole file, where a record can only be reached by decompressing everything
/// before it), a copy made the first time one of its records is read (`copy(of:shownAs:)`).
///
/// The copies live in `folder` (the output folder during a run) under the temporary prefix of
/// `AtomicFileWriter`, so a run's sweep removes any a killed run left; they are removed when
/// this value is dropped. They cost the disk the archive's decompressed size while the run lasts.
public final class WARCInflatedCopies: Sendable {
    /// Where a page's bytes lie in a copy when its record holds them as they are (no HTTP
    /// transfer or content encoding), so that they are read at once, without the record, and
    /// the `Content-Type` it gave them.
    struct Payload: Sendable, Equatable {
        var range: Range<Int>
        var contentType: String?
    }

    /// Where a record starts in the copies of an archive the crawl made: which file, where in
    /// it, and where its page's bytes lie when they can be read as they are.
    struct Position: Sendable, Equatable {
        var file: Int
        var position: Int
        var payload: Payload?
    }

    /// The copies of one archive: the crawl's, one per stretch it read (`WARCStretch`), with
    /// where the records it found start in them by their offset in the archive
    /// (`WARCRecordAddress.offset`); and the copy of the whole archive, whose positions are the
    /// stream's own (`.inflated` offsets): the crawl's when it read the archive as one stretch,
    /// else one made on demand.
    private struct Copy: Sendable {
        var stretches: [AtomicFileWriter] = []
        var positions: [Int: Position] = [:]
        var whole: AtomicFileWriter?
    }

    /// Where copies are made.
    let folder: String
    private let copies = Locked<[String: Copy]>([:])

    /// Copies made in `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// A new file for the copy of the archive at `path`, to be filled by a `WARCByteStream`;
    /// `nil` when it cannot be created (the records are then decompressed again when read).
    func startCopy(of path: String) -> AtomicFileWriter? {
        try? AtomicFileWriter(path: copyPath(of: path), writesBackEarly: false, syncing: false)
    }

    /// Keeps `files`, the staged copies of the stretches of the archive at `path` in the
    /// archive's order, where the records at the archive's offsets of `positions` start at the
    /// positions given.
    func keep(_ files: [AtomicFileWriter], of path: String, positions: [Int: Position]) {
        copies.withLock { $0[path] = Copy(stretches: files, positions: positions, whole: files.count == 1 ? files[0] : nil) }
    }

    /// Where the record at `offset` of the archive at `path` starts in a copy the crawl made, if
    /// it made one.
    func position(ofRecordAt offset: Int, in path: String) -> (copy: String, position: Int, payload: Payload?)? {
        copies.withLock { copies in
            guard let copy = copies[path], let found = copy.positions[offset] else { return nil }
            return (copy.stretches[found.file].temporaryPath, found.position, found.payload)
        }
    }

    /// The path of the decompressed copy of the archive at `path`, made now if there is none.
    /// - Throws: `SystemError` naming the archive as `shown` when the copy cannot be made.
    func copy(of path: String, shownAs shown: String) throws(SystemError) -> String {
        do {
            return try copies.withLock { copies in
                if let whole = copies[path]?.whole { return whole.temporaryPath }
                let writer = try AtomicFileWriter(path: copyPath(of: path), writesBackEarly: false, syncing: false)
                let stream = try WARCByteStream(path: path)
                while true {
                    if stream.available > 0 {
                        try writer.append(Array(stream.bytes(count: stream.available)))
                        stream.consume(stream.available)
                    } else if !stream.fill(1) {
                        guard stream.damage != nil else { break }
                        stream.recover()
                    }
                }
                try writer.stage()
                copies[path, default: Copy()].whole = writer
                return writer.temporaryPath
            }
        } catch let error as SystemError {
            throw SystemError("decompress", path: shown, cause: .other(error.reason))
        } catch {
            throw SystemError("decompress", path: shown, cause: .other("\(error)"))
        }
    }

    /// Removes every copy now: a run calls this once its pages are read, before it flushes the
    /// file system for its commit, so that the copies' bytes are never written to the disk.
    func discardAll() {
        let dropped = copies.withLock { copies in
            defer { copies = [:] }
            return Array(copies.values)
        }
        for copy in dropped {
            copy.stretches.forEach { $0.discard() }
            copy.whole?.discard()
        }
    }

    private func copyPath(of path: String) -> String {
        FileSystem.join(folder, "warc-" + String(SHA256.hex(of: Array(path.utf8)).prefix(16)) + ".warc")
    }
}
