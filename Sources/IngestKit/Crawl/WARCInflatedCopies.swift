/// Decompressed copies of the archives whose records lie inside a larger gzip member (a
/// `.warc.gz` compressed as one member for the whole file), where a record can only be reached
/// by decompressing everything before it: such an archive is decompressed once, into a
/// temporary file, the first time one of its records is read, and its records are read from
/// the copy by offset.
///
/// The copies live in `folder` (the output folder during a run) under the temporary prefix of
/// `AtomicFileWriter`, so a run's sweep removes any a killed run left; they are removed when
/// this value is dropped. They cost the disk the archive's decompressed size while the run
/// lasts. Archives compressed record by record, the usual layout, need no copy.
public final class WARCInflatedCopies: Sendable {
    /// Where copies are made.
    let folder: String
    private let copies = Locked<[String: AtomicFileWriter]>([:])

    /// Copies made in `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// The path of the decompressed copy of the archive at `path`, made now if it was not yet.
    /// - Throws: `SystemError` naming the archive as `shown` when the copy cannot be made.
    func copy(of path: String, shownAs shown: String) throws(SystemError) -> String {
        do {
            return try copies.withLock { copies in
                if let copy = copies[path] { return copy.temporaryPath }
                let name = "warc-" + String(SHA256.hex(of: Array(path.utf8)).prefix(16)) + ".warc"
                let writer = try AtomicFileWriter(path: FileSystem.join(folder, name), writesBackEarly: false, syncing: false)
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
                copies[path] = writer
                return writer.temporaryPath
            }
        } catch let error as SystemError {
            throw SystemError("decompress", path: shown, cause: .other(error.reason))
        } catch {
            throw SystemError("decompress", path: shown, cause: .other("\(error)"))
        }
    }
}
