#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read front to back through a buffer (64 KiB unless told otherwise), a chunk or a line
/// at a time, so that a file of any size (the manifest `ReplacementFile` compares against, the
/// last run's `dataset.jsonl`) costs the buffer, not its size. It owns an open file descriptor,
/// hence a class.
final class BufferedFileReader {
    /// The file being read.
    let path: String
    private var descriptor: Int32
    private var buffer: [UInt8]
    private var position = 0
    private var filled = 0
    /// Where in the file the buffer's first byte stands.
    private var bufferStart = 0

    /// Where in the file the next byte stands: how many bytes were consumed so far.
    var offset: Int { bufferStart + position }

    /// The open file, for reading ranges of it by offset (`pread`, `copy_file_range`), which
    /// leaves this reader's position alone.
    var fileDescriptor: Int32 { descriptor }

    /// Opens `path` for reading through a buffer of `bufferSize` bytes (more for a file
    /// walked quickly end to end: fewer calls to read).
    /// - Throws: `SourceFailure` (`.unreadable`) when it cannot be opened.
    init(path: String, bufferSize: Int = 1 << 16) throws(SystemError) {
        self.path = path
        buffer = [UInt8](repeating: 0, count: max(1, bufferSize))
        descriptor = try SystemCall.retrying("open", path: path) { open(path, O_RDONLY | O_CLOEXEC) }
    }

    /// Opens `path` for reading from byte `offset` on (a record in the middle of an archive).
    /// - Throws: `SystemError` when it cannot be opened or the offset cannot be reached.
    convenience init(path: String, startingAt offset: Int, bufferSize: Int = 1 << 16) throws(SystemError) {
        try self.init(path: path, bufferSize: bufferSize)
        let descriptor = self.descriptor
        _ = try SystemCall.retrying("seek", path: path) { lseek(descriptor, off_t(offset), SEEK_SET) }
        bufferStart = offset
    }

    deinit {
        close(descriptor)
    }

    /// The next byte without consuming it, `nil` at the end of the file.
    func peek() throws(SystemError) -> UInt8? {
        if position == filled, try !refill() { return nil }
        return buffer[position]
    }

    /// Up to `limit` of the next bytes (fewer when the buffer holds fewer), consumed; empty at
    /// the end of the file.
    func nextChunk(limit: Int) throws(SystemError) -> ArraySlice<UInt8> {
        if position == filled, try !refill() { return [] }
        let end = min(filled, position + limit)
        defer { position = end }
        return buffer[position..<end]
    }

    /// Consumes the next line through its newline, keeping no more than its first `limit`
    /// bytes in `prefix`: the way to walk a file of long lines whose start is all one needs.
    /// - Returns: `true` when a line ending in a newline was consumed; `false` at the end of
    ///   the file, where a last line without a newline is consumed too.
    func skipLine(keepingFirst limit: Int, into prefix: inout [UInt8]) throws(SystemError) -> Bool {
        prefix.removeAll(keepingCapacity: true)
        while true {
            if position == filled, try !refill() { return false }
            let newline: Int? = buffer.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return nil }
                return memchr(base + position, Int32(UInt8(ascii: "\n")), filled - position)
                    .map { UnsafeRawPointer(base).distance(to: $0) }
            }
            let end = newline ?? filled
            if prefix.count < limit {
                prefix.append(contentsOf: buffer[position..<position + min(end - position, limit - prefix.count)])
            }
            guard let newline else {
                position = filled
                continue
            }
            position = newline + 1
            return true
        }
    }

    /// Reads the next chunk of the file into the buffer; `false` at the end of the file.
    private func refill() throws(SystemError) -> Bool {
        let count = try SystemCall.retrying("read", path: path) {
            buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        }
        bufferStart += filled
        position = 0
        filled = count
        return count > 0
    }
}
