#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes `bytes` to `path` so that a reader sees either the old file or the whole new one,
/// never a part: the bytes go to a hidden temporary file in the same folder, are flushed to
/// the disk with `fsync`, and the temporary file is renamed over `path`. On any error the
/// temporary file is removed and `path` is left as it was.
///
/// With `syncing` false the bytes are not `fsync`ed: the rename is still atomic for a process
/// that dies, but after a power loss the file may be empty until the caller syncs the file
/// system (`FileSystem.syncFileSystem`), as a run does once before its commit.
///
/// - Throws: `SystemError` naming `path`.
public func atomicWrite(_ bytes: [UInt8], to path: String, syncing: Bool = true) throws(SystemError) {
    let file = try AtomicFileWriter(path: path, syncing: syncing)
    try file.append(bytes)
    try file.commit()
}

/// A file written in pieces under a temporary name and renamed into place by `commit()`;
/// dropped without `commit()`, it removes its temporary file and leaves the target untouched.
/// It owns an open file descriptor, hence a class; it is used from one thread at a time (a
/// writer built on one thread may be handed to another).
public final class AtomicFileWriter: @unchecked Sendable {
    /// The file this writer replaces on `commit()`.
    public let path: String
    /// The hidden temporary file the bytes go to until then.
    let temporaryPath: String
    private var descriptor: Int32
    /// Whether the temporary file is complete on the disk and waits for `publish()`.
    private var isStaged = false
    private var buffer: [UInt8] = []
    /// How many bytes the temporary file holds.
    private var size = 0
    /// Up to where writing back to the disk was started (`startWritebackIfDue`).
    private var writebackStart = 0
    /// Whether writing back starts as the file grows, or only when it is staged.
    private let writesBackEarly: Bool
    /// Whether staging waits for the bytes to reach the disk (`fsync`).
    private let syncing: Bool

    private static let sequence = Atomic<Int>(0)
    /// What `copy_file_range` answers when it cannot copy between two files that are fine.
    private static let kernelCopyRefusals: Set<Int32> = [ENOSYS, EXDEV, EINVAL, EOPNOTSUPP]
    private static let bufferLimit = 1 << 16
    /// Every this many bytes, writing them back to the disk is started: a file of 1 GB (the
    /// `dataset.jsonl` of 100,000 documents) is then mostly on the disk when it is `fsync`ed.
    private static let writebackChunk = 1 << 26

    /// The prefix of every temporary file's name, so that a later run can sweep the ones a
    /// killed run left behind.
    static let temporaryPrefix = ".ingest-tmp-"

    /// Opens a new temporary file beside `path`. Writing a large file back to the disk starts
    /// as it grows, unless `writesBackEarly` is false: then the disk is left to other writers
    /// (whose every `fsync` would otherwise wait behind this file's writeback) until it is staged.
    /// - Throws: `SystemError` naming `path` when the temporary file cannot be created.
    /// With `syncing` false, staging does not `fsync` (see `atomicWrite(_:to:syncing:)`).
    public init(path: String, writesBackEarly: Bool = true, syncing: Bool = true) throws(SystemError) {
        self.path = path
        self.writesBackEarly = writesBackEarly
        self.syncing = syncing
        let number = Self.sequence.add(1, ordering: .relaxed).newValue
        let folder = FileSystem.parentPath(of: path)
        let name = "\(Self.temporaryPrefix)\(getpid())-\(number)-\(FileSystem.lastComponent(of: path))"
        temporaryPath = FileSystem.join(folder, name)
        let temporaryPath = temporaryPath
        descriptor = try SystemCall.retrying("create a file", path: path) {
            open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
    }

    deinit {
        discard()
    }

    /// Closes and removes the temporary file now, unless a commit record was handed it: a run
    /// that fails calls this rather than wait for the last reference to go, which a queue may
    /// hold until after the process has exited.
    public func discard() {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporaryPath)
            descriptor = -1
        } else if isStaged {
            unlink(temporaryPath)
            isStaged = false
        }
    }

    /// Adds bytes to the file.
    public func append(_ bytes: [UInt8]) throws(SystemError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Adds the bytes `bytes` points to, without making an array of them first.
    public func append(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Adds the bytes `range` of the open file `source` (read at those offsets, whatever its
    /// own position), copied inside the kernel where it can (`copy_file_range`): the bytes
    /// never pass through this process, which is what makes copying the unchanged lines of a
    /// large `dataset.jsonl` cheap.
    /// - Throws: `SystemError` when reading or writing fails, or `source` ends before `range`
    ///   does.
    public func appendCopy(of range: Range<Int>, from source: Int32) throws(SystemError) {
        try flush()
        var offset = range.lowerBound
        while offset < range.upperBound {
            let copied = try copyChunk(from: source, at: offset, count: range.upperBound - offset)
            if copied == 0 { throw giveUp(SystemError("copy", path: path, cause: .other("the file copied from ended early"))) }
            offset += copied
        }
    }

    /// Copies up to `count` bytes of `source` from `offset` to the end of the file; 0 at its end.
    private func copyChunk(from source: Int32, at offset: Int, count: Int) throws(SystemError) -> Int {
        do throws(SystemError) {
            if let copied = try FileSystem.copyInKernel(count, from: source, at: offset, to: descriptor, shownAs: path) {
                size += copied
                startWritebackIfDue()
                return copied
            }
        } catch {
            // Refused between these two files (another file system, an old kernel): copy by hand.
            guard case .errno(let code, _) = error.cause, Self.kernelCopyRefusals.contains(code) else { throw giveUp(error) }
        }
        var chunk = [UInt8](repeating: 0, count: min(count, Self.bufferLimit))
        let read: Int
        do throws(SystemError) {
            read = try SystemCall.retrying("read the file copied from", path: path) {
                chunk.withUnsafeMutableBytes { pread(source, $0.baseAddress, $0.count, off_t(offset)) }
            }
        } catch {
            throw giveUp(error)
        }
        buffer.append(contentsOf: chunk[..<read])
        try flush()
        return read
    }

    /// Flushes, `fsync`s and renames the temporary file over `path`.
    public func commit() throws(SystemError) {
        try stage()
        try publish()
    }

    /// Flushes and `fsync`s the temporary file and closes it, without renaming it: the bytes
    /// are safe on the disk under `temporaryPath` until `publish()` (or a `DatasetCommit`
    /// replayed by a later run) puts them in place. Staging a staged file does nothing.
    func stage() throws(SystemError) {
        if isStaged { return }
        try flush()
        guard descriptor >= 0 else { throw SystemError("stage", path: path, cause: .other("already committed")) }
        if syncing {
            do throws(SystemError) {
                try SystemCall.retrying("flush to disk", path: path) { fsync(descriptor) }
            } catch {
                throw giveUp(error)
            }
        }
        close(descriptor)
        descriptor = -1
        isStaged = true
    }

    /// Gives up the ownership of the staged temporary file: it is no longer removed when the
    /// writer is dropped, because a commit record now names it.
    /// - Returns: the temporary file's name in its folder.
    func handOver() -> String {
        isStaged = false
        return FileSystem.lastComponent(of: temporaryPath)
    }

    /// Renames the staged temporary file over `path`.
    private func publish() throws(SystemError) {
        guard isStaged else { throw SystemError("publish", path: path, cause: .other("not staged")) }
        isStaged = false
        do throws(SystemError) {
            try FileSystem.move(temporaryPath, to: path)
        } catch {
            unlink(temporaryPath)
            throw error
        }
    }

    private func flush() throws(SystemError) {
        var offset = 0
        while offset < buffer.count {
            do throws(SystemError) {
                offset += try SystemCall.retrying("write", path: path) {
                    buffer.withUnsafeBytes { raw in write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset) }
                }
            } catch {
                throw giveUp(error)
            }
        }
        size += buffer.count
        buffer.removeAll(keepingCapacity: true)
        startWritebackIfDue()
    }

    /// Starts writing back to the disk, without waiting, what was written since the last time
    /// once that is `writebackChunk` bytes or more. Only a head start for `fsync`, which
    /// waits for all of it and reports any error: a failure here is ignored.
    private func startWritebackIfDue() {
        guard writesBackEarly, size - writebackStart >= Self.writebackChunk else { return }
        FileSystem.startWriteback(of: descriptor, in: writebackStart..<size)
        writebackStart = size
    }

    /// Gives up the temporary file after `error`.
    /// - Returns: `error`, to throw.
    private func giveUp(_ error: SystemError) -> SystemError {
        close(descriptor)
        unlink(temporaryPath)
        descriptor = -1
        return error
    }
}
