/// Reads `manifest.json` one line at a time: the opening line `{"format":2,"sources":[`, one
/// compact entry per line (`ManifestWriter`'s layout), and the closing `]}`. It holds one line
/// however many sources the manifest describes. The entries must come sorted byte-wise by path,
/// as the writer writes them: a run walks them beside the sorted crawl (a merge join), and an
/// entry out of order is an error. Within an entry's line, keys may come in any order and
/// unknown keys are skipped. A manifest of an older layout is refused with a reason that says
/// so: every source is then processed again, which is always safe.
///
/// Each entry comes with its stamp from `.source-stamps`, read alongside (`SourceStampFile`).
final class ManifestReader {
    /// The manifest's path, for messages.
    let path: String
    private let file: BufferedFileReader
    private let stamps: SourceStampFile.Reader
    private var line: [UInt8] = []
    private var isDone = false
    private var lastPath: String?
    /// The bytes of the string read last, escapes resolved: one buffer for every string.
    private var scratch: [UInt8] = []

    private typealias Cursor = JSONByteCursor

    /// Opens a manifest and reads its opening line; the entries' stamps are read from
    /// `stampsPath` (none when it is missing).
    /// - Throws: `RunError` (`.output`) when the manifest cannot be
    ///   read or is not a manifest of this layout.
    init(path: String, stampsPath: String) throws(RunError) {
        self.path = path
        file = try RunError.onOutput { () throws(SystemError) in try BufferedFileReader(path: path) }
        stamps = SourceStampFile.Reader(path: stampsPath)
        guard try nextLine() else { throw malformed("the file ends early") }
        if line == Self.olderOpening { throw RunError(.output, Manifest.olderLayoutReason, path: path) }
        let format = try parse { cursor, scratch throws(Cursor.Failure) -> Cursor.Value in
            try cursor.expect(UInt8(ascii: "{"))
            guard try cursor.string(using: &scratch) == "format" else { throw .malformed("the first key is not `format`") }
            try cursor.expect(UInt8(ascii: ":"))
            return try cursor.value(using: &scratch)
        }
        guard case .integer(let number) = format else { throw malformed("`format` is not a number") }
        guard number == Manifest.formatVersion else {
            throw RunError(.output, "manifest format \(number), expected \(Manifest.formatVersion)", path: path)
        }
        try parse { cursor, scratch throws(Cursor.Failure) in
            try cursor.expect(UInt8(ascii: "{"))
            try cursor.string(into: &scratch)
            try cursor.expect(UInt8(ascii: ":"))
            _ = try cursor.value(using: &scratch)
            try cursor.expect(UInt8(ascii: ","))
            guard try cursor.string(using: &scratch) == "sources" else { throw .malformed("the second key is not `sources`") }
            try cursor.expect(UInt8(ascii: ":"))
            try cursor.expect(UInt8(ascii: "["))
            try cursor.expectEnd()
        }
    }

    /// The next entry, `nil` after the last one.
    /// - Throws: `RunError` (`.output`) when the entry is malformed or out of order, or
    ///   the file does not end as a manifest does.
    func next() throws(RunError) -> Manifest.Entry? {
        guard !isDone else { return nil }
        guard try nextLine() || !line.isEmpty else {
            throw malformed("the file ends early")
        }
        if line == Self.closing {
            isDone = true
            var rest: [UInt8] = []
            while try RunError.onOutput({ () throws(SystemError) in try file.skipLine(keepingFirst: 1, into: &rest) })
                    || !rest.isEmpty {
                guard rest.isEmpty else { throw malformed("text after the manifest") }
            }
            return nil
        }
        var entry = try parse { cursor, scratch throws(Cursor.Failure) -> Manifest.Entry in
            let entry = try Self.entry(from: &cursor, using: &scratch)
            if !cursor.isAtEnd() {
                try cursor.expect(UInt8(ascii: ","))
                try cursor.expectEnd()
            }
            return entry
        }
        if let lastPath, !lastPath.utf8.lexicographicallyPrecedes(entry.path.utf8) {
            throw malformed("\(entry.path) is out of order")
        }
        lastPath = entry.path
        entry.stamp = stamps.stamp(forEntryWithID: entry.id)
        return entry
    }

    /// The opening line of a manifest of the first layout, which was pretty-printed.
    private static let olderOpening = Array("{".utf8)

    /// The line that closes the `sources` array and the manifest.
    private static let closing = Array("]}".utf8)

    /// The keys of an entry this reader knows, told from the key's bytes without making a string
    /// of them.
    private enum EntryKey: CaseIterable {
        case path, id, sha256, status, code, reason, pipelineVersion, datasetLineBytes, offset

        private static let spellings: [(EntryKey, [UInt8])] = allCases.map { ($0, Array("\($0)".utf8)) }

        /// The key spelled by `bytes`; `nil` for a key this reader skips.
        init?(_ bytes: [UInt8]) {
            guard let known = Self.spellings.first(where: { $0.1 == bytes }) else { return nil }
            self = known.0
        }
    }

    /// The entry the cursor stands before, an object on one line.
    private static func entry(from cursor: inout Cursor, using scratch: inout [UInt8]) throws(Cursor.Failure) -> Manifest.Entry {
        try cursor.expect(UInt8(ascii: "{"))
        var path: Cursor.Value?, id: Cursor.Value?, sha256: Cursor.Value?, status: Cursor.Value?
        var code: Cursor.Value?, reason: Cursor.Value?
        var pipelineVersion: Cursor.Value?, datasetLineBytes: Cursor.Value?, offset: Cursor.Value?
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
                case .status: status = value
                case .code: code = value
                case .reason: reason = value
                case .pipelineVersion: pipelineVersion = value
                case .datasetLineBytes: datasetLineBytes = value
                case .offset: offset = value
                case nil: break
                }
            } while try cursor.commaOrEnd(UInt8(ascii: "}"))
        }
        guard let state = Manifest.Status(rawValue: try string(status, "status")) else {
            throw .malformed("an entry's `status` is neither ok nor failed")
        }
        return Manifest.Entry(path: try string(path, "path"), id: try string(id, "id"),
                              sha256: try optionalString(sha256, "sha256"), status: state,
                              code: try optionalString(code, "code").flatMap(SourceFailure.Code.init(rawValue:)),
                              reason: try optionalString(reason, "reason"),
                              pipelineVersion: try string(pipelineVersion, "pipelineVersion"),
                              datasetLineBytes: try optionalCount(datasetLineBytes, "datasetLineBytes"),
                              offset: try optionalCount(offset, "offset"))
    }

    private static func string(_ value: Cursor.Value?, _ key: String) throws(Cursor.Failure) -> String {
        guard case .string(let text) = value else { throw .malformed("an entry without a string `\(key)`") }
        return text
    }

    private static func optionalString(_ value: Cursor.Value?, _ key: String) throws(Cursor.Failure) -> String? {
        switch value {
        case .string(let text): return text
        case nil, .null: return nil
        default: throw .malformed("an entry's `\(key)` is neither a string nor null")
        }
    }

    private static func optionalCount(_ value: Cursor.Value?, _ key: String) throws(Cursor.Failure) -> Int? {
        switch value {
        case .integer(let number) where number >= 0: return number
        case nil, .null: return nil
        default: throw .malformed("an entry's `\(key)` is neither a count nor null")
        }
    }

    /// Reads the current line with `body`.
    /// Reads the next line into `line`; `false` at the end of the file (a last line without a
    /// newline is read too).
    private func nextLine() throws(RunError) -> Bool {
        try RunError.onOutput { () throws(SystemError) in try file.skipLine(keepingFirst: Int.max, into: &line) }
    }

    private func parse<T>(_ body: (inout Cursor, inout [UInt8]) throws(Cursor.Failure) -> T) throws(RunError) -> T {
        let attempt: Result<T, Cursor.Failure> = line.withUnsafeBufferPointer { bytes in
            var cursor = Cursor(bytes, at: 0)
            do throws(Cursor.Failure) {
                return .success(try body(&cursor, &scratch))
            } catch {
                return .failure(error)
            }
        }
        switch attempt {
        case .success(let value): return value
        case .failure(.malformed(let what)): throw malformed(what)
        case .failure(.incomplete): throw malformed("a line ends early")
        }
    }

    private func malformed(_ what: String) -> RunError {
        RunError(.output, "not a manifest: \(what)", path: path)
    }
}
