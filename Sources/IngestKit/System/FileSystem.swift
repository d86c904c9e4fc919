#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#if os(Linux)
import CLinuxFileCalls
#endif

/// The few POSIX file operations the pipeline needs, with errors (`SystemError`) that name the
/// file, say why in words and keep the `errno`. The calls that can be interrupted go through
/// `SystemCall.retrying`.
enum FileSystem {
    /// What `stat` says about a path.
    struct Status: Sendable, Equatable {
        /// What the path is, links not followed.
        enum Kind: Sendable, Equatable {
            case file
            case directory
            case symbolicLink
            case other
        }

        var kind: Kind
        var size: Int
        /// Modification time, as `seconds.nanoseconds` since 1970.
        var modified: String
        /// Device and inode: the identity of a folder, to notice a link loop.
        var identity: FileIdentity

        /// Whether the file was modified at `time` (`seconds.nanoseconds`) or later.
        func wasModified(since time: String) -> Bool {
            let parts = { (text: String) -> (Int, Int) in
                let fields = text.split(separator: ".")
                return (Int(fields.first ?? "") ?? 0, Int(fields.dropFirst().first ?? "") ?? 0)
            }
            let (mine, theirs) = (parts(modified), parts(time))
            return mine.0 != theirs.0 ? mine.0 > theirs.0 : mine.1 >= theirs.1
        }
    }

    /// A file's device and inode numbers.
    struct FileIdentity: Sendable, Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// `lstat` (or `stat` when `followingLinks`) of `path`, `nil` when it fails.
    static func status(of path: String, followingLinks: Bool = false) -> Status? {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return nil }
        let kind: Status.Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        var nanoseconds = String(time.tv_nsec)
        while nanoseconds.count < 9 { nanoseconds = "0" + nanoseconds }
        return Status(kind: kind, size: Int(info.st_size), modified: "\(time.tv_sec).\(nanoseconds)",
                      identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }

    /// The size of the open file `descriptor`; `nil` when it cannot be asked.
    static func size(of descriptor: Int32) -> Int? {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Whether something exists at `path` (a dangling link counts as nothing).
    static func exists(_ path: String) -> Bool {
        status(of: path, followingLinks: true) != nil
    }

    /// The canonical absolute path, links resolved, or `nil` when it cannot be resolved.
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// One name in a folder, as `readdir` gives it.
    struct FolderEntry {
        /// The raw name, as bytes: a name need not be UTF-8.
        var name: [UInt8]
        /// Whether the folder says it is a folder (`true`), a regular file (`false`), or does not
        /// say, for a link or on a file system without entry types (`nil`: ask `status`).
        var isDirectory: Bool?
    }

    /// Calls `body` for each name in a folder (without `.` and `..`), in the folder's order,
    /// holding one name at a time.
    static func forEachEntry(in path: String, _ body: (FolderEntry) -> Void) throws(SystemError) {
        guard let directory = opendir(path) else { throw SystemCall.failure("list the folder", path: path) }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            // A `dirent` is as long as its name, not as the declared struct: reading the whole
            // struct (`entry.pointee`) can run past the end of the folder's buffer. Only the
            // fields are read, and the name up to its terminating zero.
            guard let namePointer = entry.pointer(to: \.d_name), let typePointer = entry.pointer(to: \.d_type) else {
                continue
            }
            let name = UnsafeRawPointer(namePointer).withMemoryRebound(to: CChar.self, capacity: 1) { characters in
                Array(UnsafeRawBufferPointer(start: characters, count: strlen(characters)))
            }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            let type = Int32(typePointer.pointee)
            body(FolderEntry(name: name, isDirectory: type == Int32(DT_DIR) ? true : type == Int32(DT_REG) ? false : nil))
        }
    }

    /// The whole content of a regular file, refusing files over `limit` bytes. Errors name the
    /// file `displayPath` (the path itself unless told).
    ///
    /// What is opened is checked, not trusted: a symbolic link in the last component is not
    /// followed (a file swapped for a link since it was listed fails instead of reading the
    /// link's target), and opening never waits (a FIFO swapped in fails as not a regular file
    /// instead of blocking the run).
    static func readFile(at path: String, limit: Int = Int.max, shownAs displayPath: String? = nil) throws(SystemError) -> [UInt8] {
        let shown = displayPath ?? path
        let descriptor: Int32
        do throws(SystemError) {
            descriptor = try SystemCall.retrying("open", path: shown) { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK) }
        } catch {
            guard case .errno(ELOOP, _) = error.cause else { throw error }
            throw SystemError("open", path: shown, cause: .other("it is a symbolic link now, not the file listed"))
        }
        defer { close(descriptor) }
        var info = stat()
        try SystemCall.retrying("stat", path: shown) { fstat(descriptor, &info) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw SystemError("read", path: shown, cause: .notARegularFile) }
        let expected = Int(info.st_size)
        guard expected <= limit else { throw SystemError("read", path: shown, cause: .overLimit(size: expected, limit: limit)) }
        return try readAll(descriptor, expecting: expected, limit: limit, shownAs: shown)
    }

    /// The process's standard input.
    static let standardInputDescriptor = STDIN_FILENO

    /// Everything an open descriptor (standard input: a pipe, a terminal or a file) gives up to
    /// its end, refusing more than `limit` bytes; errors name it `shown`.
    static func readToEnd(_ descriptor: Int32, limit: Int = Int.max, shownAs shown: String) throws(SystemError) -> [UInt8] {
        try readAll(descriptor, expecting: 0, limit: limit, shownAs: shown)
    }

    /// Reads `descriptor` to its end, refusing more than `limit` bytes.
    private static func readAll(_ descriptor: Int32, expecting expected: Int, limit: Int,
                                shownAs shown: String) throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try SystemCall.retrying("read", path: shown) {
                chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            guard bytes.count <= limit else { throw SystemError("read", path: shown, cause: .overLimit(size: nil, limit: limit)) }
        }
    }

    /// Reads `count` bytes at `offset` of the open file `descriptor`; `nil` when fewer are there
    /// or the read fails.
    static func readBytes(of descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = try? SystemCall.retrying("read", path: "") {
            bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        }
        return got == count ? bytes : nil
    }

    /// Reads the bytes `range` of the file at `path`.
    /// - Throws: `SystemError` when it cannot be opened or read, or ends before `range` does.
    static func readRange(_ range: Range<Int>, ofFileAt path: String) throws(SystemError) -> [UInt8] {
        let descriptor = try SystemCall.retrying("open", path: path) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { close(descriptor) }
        guard let bytes = readBytes(of: descriptor, at: range.lowerBound, count: range.count) else {
            throw SystemError("read", path: path, cause: .other("the file ends before byte \(range.upperBound)"))
        }
        return bytes
    }

    /// Tells the kernel that `range` of the open file `descriptor` will not be read again, so
    /// that its cached pages can go now rather than all at once when the file is replaced.
    static func dropCachedPages(of descriptor: Int32, in range: Range<Int>) {
        _ = posix_fadvise(descriptor, off_t(range.lowerBound), off_t(range.count), POSIX_FADV_DONTNEED)
    }

    /// The system's folder for temporary files: `TMPDIR`, else `/tmp`.
    static var temporaryFolder: String {
        guard let value = getenv("TMPDIR"), value.pointee != 0 else { return "/tmp" }
        return String(cString: value)
    }

    /// Creates a folder and its missing parents.
    static func createDirectory(_ path: String) throws(SystemError) {
        if status(of: path, followingLinks: true)?.kind == .directory { return }
        let parent = parentPath(of: path)
        if parent != path && !parent.isEmpty { try createDirectory(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw SystemCall.failure("create the folder", path: path) }
        guard status(of: path, followingLinks: true)?.kind == .directory else {
            throw SystemError("create the folder", path: path, cause: .notAFolder)
        }
    }

    /// Removes a file; a file already gone is not an error.
    static func removeFile(_ path: String) throws(SystemError) {
        if unlink(path) != 0 && errno != ENOENT { throw SystemCall.failure("remove", path: path) }
    }

    /// Renames `source` to `destination` in one step (`rename`), replacing what was there.
    static func move(_ source: String, to destination: String) throws(SystemError) {
        if rename(source, destination) != 0 { throw SystemCall.failure("rename into place", path: destination) }
    }

    /// Flushes a folder's entries (renames, removals) to the disk.
    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Appends up to `count` bytes of the open file `source`, from `offset`, to the open file
    /// `destination` inside the kernel (`copy_file_range`), the bytes never passing through this
    /// process.
    /// - Returns: how many bytes were copied (0 at the end of `source`), or `nil` where the
    ///   system has no such call.
    /// - Throws: `SystemError` naming `shown`, whose `errno` says whether the kernel merely
    ///   refused these two files.
    static func copyInKernel(_ count: Int, from source: Int32, at offset: Int, to destination: Int32,
                             shownAs shown: String) throws(SystemError) -> Int? {
#if os(Linux)
        try SystemCall.retrying("copy", path: shown) {
            var sourceOffset = offset
            return copy_file_range(source, &sourceOffset, destination, nil, count, 0)
        }
#else
        nil
#endif
    }

    /// Starts writing `range` of the open file `descriptor` back to the disk without waiting
    /// (`sync_file_range`): a head start for a later `fsync`, which waits for all of it and
    /// reports any error, so a failure here is ignored. Does nothing where there is no such call.
    static func startWriteback(of descriptor: Int32, in range: Range<Int>) {
#if os(Linux)
        _ = sync_file_range(descriptor, off_t(range.lowerBound), off_t(range.count), UInt32(INGEST_SYNC_FILE_RANGE_WRITE))
#endif
    }

    /// Flushes everything written to the file system that holds `path` to the disk (`syncfs`
    /// on Linux, `sync` elsewhere): one call for the many files written without `fsync`.
    static func syncFileSystem(containing path: String) throws(SystemError) {
        let descriptor = try SystemCall.retrying("open", path: path) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { close(descriptor) }
#if os(Linux)
        try SystemCall.retrying("flush the file system to disk", path: path) { syncfs(descriptor) }
#else
        sync()
#endif
    }

    /// The folder part of a `/`-separated path (`.` for a bare name).
    static func parentPath(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    /// The last component of a `/`-separated path.
    static func lastComponent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// `folder/name`, without doubling the slash.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
