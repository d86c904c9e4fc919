#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `manifest.json` one entry at a time, in the file's order, holding one entry and a
/// window of the file (64 KiB, more only for an entry larger than that) however many sources it
/// describes. The entries must come sorted byte-wise by path, as `ManifestWriter` writes them: a
/// run walks them beside the sorted crawl (a merge join), and an entry out of order is an error.
///
/// The reader understands the JSON the writer produces and any JSON of the same shape: keys in
/// any order within an entry, unknown keys skipped, white space anywhere. `format` must come
/// before `sources`, so that a manifest of another layout is refused before any entry is used.
///
/// Each step (the opening, one entry, the end) is read from the window by a `JSONByteCursor`;
/// a step the window ends inside of is read again once more of the file is in the window.
final class ManifestReader: @unchecked Sendable {
    /// The manifest's path, for messages.
    let path: String
    private let descriptor: Int32
    /// Bytes of the file; `window[start..<end]` are read and not yet consumed.
    private var window: [UInt8]
    private var start = 0
    private var end = 0
    /// Whether the `sources` array has more entries to read.
    private var inSources = true
    private var isFirst = true
    private var lastPath: String?
    /// The bytes of the string read last, escapes resolved: one buffer for every string.
    private var scratch: [UInt8] = []

    private typealias Cursor = JSONByteCursor

    /// Opens a manifest and reads up to its first entry.
    /// - Throws: `IngestError` (`.unreadable` or `.undecodable`) when the file cannot be read
    ///   or is not a manifest of this layout.
    init(path: String) throws(IngestError) {
        self.path = path
        window = [UInt8](repeating: 0, count: 1 << 16)
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw IngestError(.unreadable, "cannot open: \(FileSystem.errnoText())", path: path)
        }
        try step { cursor, _ throws(Cursor.Failure) in try cursor.expect(UInt8(ascii: "{")) }
        var format: Int?
        while true {
            // The value of `sources` is left for the entries.
            let (key, value) = try step { cursor, scratch throws(Cursor.Failure) -> (String, Cursor.Value?) in
                let key = try cursor.string(using: &scratch)
                try cursor.expect(UInt8(ascii: ":"))
                if key == "sources" { return (key, nil) }
                return (key, try cursor.value(using: &scratch))
            }
            switch key {
            case "format":
                guard case .integer(let number) = value else { throw malformed("`format` is not a number") }
                guard number == Manifest.formatVersion else {
                    throw IngestError(.undecodable, "manifest format \(number), expected \(Manifest.formatVersion)", path: path)
                }
                format = number
            case "sources":
                guard format != nil else { throw malformed("`sources` before `format`") }
                try step { cursor, _ throws(Cursor.Failure) in try cursor.expect(UInt8(ascii: "[")) }
                return
            default:
                break
            }
            try step { cursor, _ throws(Cursor.Failure) in try cursor.expect(UInt8(ascii: ",")) }
        }
    }

    deinit {
        close(descriptor)
    }

    /// The next entry, `nil` after the last one.
    /// - Throws: `IngestError` (`.undecodable`) when the entry is malformed or out of order.
    func next() throws(IngestError) -> Manifest.Entry? {
        guard inSources else { return nil }
        let first = isFirst
        let entry = try step { cursor, scratch throws(Cursor.Failure) -> Manifest.Entry? in
            if try cursor.peek() == UInt8(ascii: "]") { return nil }
            if !first { try cursor.expect(UInt8(ascii: ",")) }
            return try Self.entry(from: &cursor, using: &scratch)
        }
        guard let entry else {
            try finishFile()
            return nil
        }
        isFirst = false
        if let lastPath, !lastPath.utf8.lexicographicallyPrecedes(entry.path.utf8) {
            throw malformed("\(entry.path) is out of order")
        }
        lastPath = entry.path
        return entry
    }

    /// After the `sources` array: the rest of the object, then nothing but white space.
    private func finishFile() throws(IngestError) {
        inSources = false
        try step { cursor, scratch throws(Cursor.Failure) in
            try cursor.expect(UInt8(ascii: "]"))
            while try cursor.commaOrEnd(UInt8(ascii: "}")) {
                try cursor.string(into: &scratch)
                try cursor.expect(UInt8(ascii: ":"))
                _ = try cursor.value(using: &scratch)
            }
        }
        while true {
            let rest = window[start..<end]
            guard rest.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
                throw malformed("text after the manifest")
            }
            start = end
            guard try readMore() else { return }
        }
    }

    /// The keys of an entry this reader knows, told from the key's bytes without making a string
    /// of them.
    private enum EntryKey: CaseIterable {
        case path, id, sha256, bytes, modified, status, code, reason, pipelineVersion, datasetLineBytes

        private static let spellings: [(EntryKey, [UInt8])] = allCases.map { ($0, Array("\($0)".utf8)) }

        /// The key spelled by `bytes`; `nil` for a key this reader skips.
        init?(_ bytes: [UInt8]) {
            guard let known = Self.spellings.first(where: { $0.1 == bytes }) else { return nil }
            self = known.0
        }
    }

    private static func entry(from cursor: inout Cursor, using scratch: inout [UInt8]) throws(Cursor.Failure) -> Manifest.Entry {
        try cursor.expect(UInt8(ascii: "{"))
        var path: Cursor.Value?, id: Cursor.Value?, sha256: Cursor.Value?, bytes: Cursor.Value?
        var modified: Cursor.Value?, status: Cursor.Value?, code: Cursor.Value?, reason: Cursor.Value?
        var pipelineVersion: Cursor.Value?, datasetLineBytes: Cursor.Value?
        if try cursor.peek() == UInt8(ascii: "}") {
            try cursor.expect(UInt8(ascii: "}"))
        } else {
            repeat {
                try cursor.string(into: &scratch)
                let key = EntryKey(scratch)
                try cursor.expect(UInt8(ascii: ":"))
                let value = try cursor.value(using: &scratch)
                switch key {
                case .path: path = value
                case .id: id = value
                case .sha256: sha256 = value
                case .bytes: bytes = value
                case .modified: modified = value
                case .status: status = value
                case .code: code = value
                case .reason: reason = value
                case .pipelineVersion: pipelineVersion = value
                case .datasetLineBytes: datasetLineBytes = value
                case nil: break
                }
            } while try cursor.commaOrEnd(UInt8(ascii: "}"))
        }
        func string(_ value: Cursor.Value?, _ key: String) throws(Cursor.Failure) -> String {
            guard case .string(let text) = value else { throw .malformed("an entry without a string `\(key)`") }
            return text
        }
        func optionalString(_ value: Cursor.Value?, _ key: String) throws(Cursor.Failure) -> String? {
            switch value {
            case .string(let text): return text
            case nil, .null: return nil
            default: throw .malformed("an entry's `\(key)` is neither a string nor null")
            }
        }
        func optionalCount(_ value: Cursor.Value?, _ key: String) throws(Cursor.Failure) -> Int? {
            switch value {
            case .integer(let number) where number >= 0: return number
            case nil, .null: return nil
            default: throw .malformed("an entry's `\(key)` is neither a count nor null")
            }
        }
        guard let state = Manifest.Status(rawValue: try string(status, "status")) else {
            throw .malformed("an entry's `status` is neither ok nor failed")
        }
        return Manifest.Entry(path: try string(path, "path"), id: try string(id, "id"),
                              sha256: try optionalString(sha256, "sha256"), bytes: try optionalCount(bytes, "bytes"),
                              modified: try optionalString(modified, "modified"), status: state,
                              code: try optionalString(code, "code").flatMap(IngestError.Code.init(rawValue:)),
                              reason: try optionalString(reason, "reason"),
                              pipelineVersion: try string(pipelineVersion, "pipelineVersion"),
                              datasetLineBytes: try optionalCount(datasetLineBytes, "datasetLineBytes"))
    }

    /// Reads one step from the window with `body`, reading more of the file into the window
    /// and starting again while the window ends inside the step; consumes what it read.
    private func step<T>(_ body: (inout Cursor, inout [UInt8]) throws(Cursor.Failure) -> T) throws(IngestError) -> T {
        while true {
            let attempt: Result<(T, Int), Cursor.Failure> = window.withUnsafeBufferPointer { all in
                var cursor = Cursor(UnsafeBufferPointer(rebasing: all[..<end]), at: start)
                do throws(Cursor.Failure) {
                    let value = try body(&cursor, &scratch)
                    return .success((value, cursor.index))
                } catch {
                    return .failure(error)
                }
            }
            switch attempt {
            case .success(let (value, consumed)):
                start = consumed
                return value
            case .failure(.malformed(let what)):
                throw malformed(what)
            case .failure(.incomplete):
                guard try readMore() else { throw malformed("the file ends early") }
            }
        }
    }

    /// Moves the unconsumed bytes to the front of the window (growing it when they fill it)
    /// and reads more of the file after them; `false` at the end of the file.
    private func readMore() throws(IngestError) -> Bool {
        let unconsumed = end - start
        if start > 0 {
            window.withUnsafeMutableBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                _ = memmove(base, base + start, unconsumed)
            }
            start = 0
            end = unconsumed
        }
        if end == window.count {
            window.append(contentsOf: repeatElement(0, count: window.count))
        }
        while true {
            let count = window.withUnsafeMutableBufferPointer { bytes in
                read(descriptor, bytes.baseAddress.map { $0 + end }, bytes.count - end)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw IngestError(.unreadable, "cannot read: \(FileSystem.errnoText())", path: path)
            }
            end += count
            return count > 0
        }
    }

    private func malformed(_ what: String) -> IngestError {
        IngestError(.undecodable, "not a manifest: \(what)", path: path)
    }
}
