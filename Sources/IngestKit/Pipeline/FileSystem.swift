#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX file operations the pipeline needs, with errors that name the file and say
/// why in words (`errno` turned into text). Everything that touches the disk goes through here.
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
    }

    /// A file's device and inode numbers.
    struct FileIdentity: Sendable, Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The text of the current `errno`.
    static func errnoText(_ code: Int32 = errno) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
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
    static func forEachEntry(in path: String, _ body: (FolderEntry) -> Void) throws(IngestError) {
        guard let directory = opendir(path) else {
            throw IngestError(.unreadable, "cannot list the folder: \(errnoText())", path: path)
        }
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

    /// The whole content of a regular file, refusing files over `limit` bytes.
    static func readFile(at path: String, limit: Int = Int.max, shownAs displayPath: String? = nil) throws(IngestError) -> [UInt8] {
        let shown = displayPath ?? path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw IngestError(.unreadable, "cannot open: \(errnoText())", path: shown)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw IngestError(.unreadable, "cannot stat: \(errnoText())", path: shown)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw IngestError(.unreadable, "not a regular file", path: shown)
        }
        let expected = Int(info.st_size)
        guard expected <= limit else {
            throw IngestError(.tooLarge, "\(expected) bytes is over the limit of \(limit) bytes (--max-bytes)", path: shown)
        }
        return try readAll(descriptor, expecting: expected, limit: limit, shownAs: shown)
    }

    /// The process's standard input.
    static let standardInputDescriptor = STDIN_FILENO

    /// Everything an open descriptor (standard input: a pipe, a terminal or a file) gives up to
    /// its end, refusing more than `limit` bytes; errors name it `shown`.
    static func readToEnd(_ descriptor: Int32, limit: Int = Int.max, shownAs shown: String) throws(IngestError) -> [UInt8] {
        try readAll(descriptor, expecting: 0, limit: limit, shownAs: shown)
    }

    /// Reads `descriptor` to its end, refusing more than `limit` bytes.
    private static func readAll(_ descriptor: Int32, expecting expected: Int, limit: Int,
                                shownAs shown: String) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw IngestError(.unreadable, "cannot read: \(errnoText())", path: shown)
            }
            bytes.append(contentsOf: chunk[0..<count])
            guard bytes.count <= limit else {
                throw IngestError(.tooLarge, "over the limit of \(limit) bytes (--max-bytes)", path: shown)
            }
        }
        return bytes
    }

    /// Creates a folder and its missing parents.
    static func createDirectory(_ path: String) throws(IngestError) {
        if status(of: path, followingLinks: true)?.kind == .directory { return }
        let parent = parentPath(of: path)
        if parent != path && !parent.isEmpty { try createDirectory(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw IngestError(.unwritable, "cannot create the folder: \(errnoText())", path: path)
        }
        guard status(of: path, followingLinks: true)?.kind == .directory else {
            throw IngestError(.unwritable, "exists and is not a folder", path: path)
        }
    }

    /// Removes a file; a file already gone is not an error.
    static func removeFile(_ path: String) throws(IngestError) {
        if unlink(path) != 0 && errno != ENOENT {
            throw IngestError(.unwritable, "cannot remove: \(errnoText())", path: path)
        }
    }

    /// Flushes a folder's entries (renames, removals) to the disk.
    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
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
