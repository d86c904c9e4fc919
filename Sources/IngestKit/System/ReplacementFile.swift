/// The new content of a file, written in pieces and compared with the file's current content
/// as it comes: while the two agree nothing is written, so a run that changes nothing writes
/// nothing. At the first difference the agreed part is copied from the current file into an
/// `AtomicFileWriter` and the rest goes there too. Used from one thread at a time.
final class ReplacementFile: @unchecked Sendable {
    /// The file to replace.
    let path: String
    /// The current content, read along while the new content agrees with it.
    private var current: BufferedFileReader?
    /// How many bytes agreed so far.
    private var agreed = 0
    /// The new content's file, once it differs.
    private var writer: AtomicFileWriter?

    /// Starts a new content for `path`; a file that is missing or cannot be read differs from
    /// the start.
    /// - Throws: `SourceFailure` (`.unwritable`) when the temporary file cannot be created.
    init(path: String) throws(SystemError) {
        self.path = path
        current = FileSystem.exists(path) ? try? BufferedFileReader(path: path) : nil
        if current == nil { writer = try AtomicFileWriter(path: path) }
    }

    /// Adds bytes to the new content.
    func append(_ bytes: [UInt8]) throws(SystemError) {
        if let writer {
            try writer.append(bytes)
            return
        }
        var offset = 0
        while offset < bytes.count {
            guard let chunk = try? current?.nextChunk(limit: bytes.count - offset), !chunk.isEmpty,
                  chunk.elementsEqual(bytes[offset..<offset + chunk.count]) else {
                try diverge()
                try append(Array(bytes[offset...]))
                return
            }
            offset += chunk.count
            agreed += chunk.count
        }
    }

    /// Ends the new content.
    /// - Returns: the new content, staged under a temporary name and not yet in place, or `nil`
    ///   when it is byte for byte the current file's.
    func finish() throws(SystemError) -> AtomicFileWriter? {
        if writer == nil {
            var atEnd = false
            if let current {
                do throws(SystemError) {
                    atEnd = try current.peek() == nil
                } catch {
                    atEnd = false
                }
            }
            if atEnd { return nil }
            try diverge()
        }
        return writer
    }

    /// Removes the new content's temporary file, if it has one (see `AtomicFileWriter.discard()`).
    func discard() {
        writer?.discard()
    }

    /// Switches to writing: the agreed bytes are copied from the current file (an extra read,
    /// only when something changed), which is then no longer needed.
    private func diverge() throws(SystemError) {
        let file = try AtomicFileWriter(path: path)
        var remaining = agreed
        if remaining > 0 {
            let copy = try BufferedFileReader(path: path)
            while remaining > 0 {
                let chunk = try copy.nextChunk(limit: remaining)
                guard !chunk.isEmpty else { break }
                try file.append(Array(chunk))
                remaining -= chunk.count
            }
            guard remaining == 0 else {
                throw SystemError("copy the unchanged part", path: path, cause: .other("the file shrank while being replaced"))
            }
        }
        current = nil
        writer = file
    }
}
