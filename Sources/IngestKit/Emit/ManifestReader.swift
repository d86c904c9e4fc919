/// Reads `manifest.json` one entry at a time, in the file's order, holding one entry and a
/// 64 KiB buffer however many sources it describes. The entries must come sorted byte-wise by
/// path, as `ManifestWriter` writes them: a run walks them beside the sorted crawl (a merge
/// join), and an entry out of order is an error.
///
/// The reader understands the JSON the writer produces and any JSON of the same shape: keys in
/// any order within an entry, unknown keys skipped, white space anywhere. `format` must come
/// before `sources`, so that a manifest of another layout is refused before any entry is used.
final class ManifestReader: @unchecked Sendable {
    /// The manifest's path, for messages.
    let path: String
    private let input: BufferedFileReader
    /// Whether the `sources` array has more entries to read.
    private var inSources = true
    private var isFirst = true
    private var lastPath: String?
    /// The bytes of the string read last, escapes resolved: one buffer for every string.
    private var scratch: [UInt8] = []

    /// Opens a manifest and reads up to its first entry.
    /// - Throws: `IngestError` (`.unreadable` or `.undecodable`) when the file cannot be read
    ///   or is not a manifest of this layout.
    init(path: String) throws(IngestError) {
        self.path = path
        input = try BufferedFileReader(path: path)
        try expect(UInt8(ascii: "{"))
        var format: Int?
        while true {
            let key = try readString()
            try expect(UInt8(ascii: ":"))
            switch key {
            case "format":
                guard case .integer(let number) = try readValue() else { throw malformed("`format` is not a number") }
                guard number == Manifest.formatVersion else {
                    throw IngestError(.undecodable, "manifest format \(number), expected \(Manifest.formatVersion)", path: path)
                }
                format = number
            case "sources":
                guard format != nil else { throw malformed("`sources` before `format`") }
                try expect(UInt8(ascii: "["))
                return
            default:
                _ = try readValue()
            }
            try expect(UInt8(ascii: ","))
        }
    }

    /// The next entry, `nil` after the last one.
    /// - Throws: `IngestError` (`.undecodable`) when the entry is malformed or out of order.
    func next() throws(IngestError) -> Manifest.Entry? {
        guard inSources else { return nil }
        if try peekToken() == UInt8(ascii: "]") {
            try finishFile()
            return nil
        }
        if !isFirst { try expect(UInt8(ascii: ",")) }
        isFirst = false
        let entry = try readEntry()
        if let lastPath, !lastPath.utf8.lexicographicallyPrecedes(entry.path.utf8) {
            throw malformed("\(entry.path) is out of order")
        }
        lastPath = entry.path
        return entry
    }

    /// After the `sources` array: the rest of the object, then nothing but white space.
    private func finishFile() throws(IngestError) {
        try expect(UInt8(ascii: "]"))
        inSources = false
        while try peekToken() == UInt8(ascii: ",") {
            try expect(UInt8(ascii: ","))
            _ = try readString()
            try expect(UInt8(ascii: ":"))
            _ = try readValue()
        }
        try expect(UInt8(ascii: "}"))
        guard try peekToken() == nil else { throw malformed("text after the manifest") }
    }

    private func readEntry() throws(IngestError) -> Manifest.Entry {
        try expect(UInt8(ascii: "{"))
        var path: Value?, id: Value?, sha256: Value?, bytes: Value?
        var modified: Value?, status: Value?, code: Value?, reason: Value?, pipelineVersion: Value?
        var datasetLineBytes: Value?
        if try peekToken() == UInt8(ascii: "}") {
            try expect(UInt8(ascii: "}"))
        } else {
            repeat {
                try readStringBytes()
                let key = EntryKey(scratch)
                try expect(UInt8(ascii: ":"))
                let value = try readValue()
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
            } while try readCommaOrEnd(UInt8(ascii: "}"))
        }
        func string(_ value: Value?, _ key: String) throws(IngestError) -> String {
            guard case .string(let text) = value else { throw malformed("an entry without a string `\(key)`") }
            return text
        }
        func optionalString(_ value: Value?, _ key: String) throws(IngestError) -> String? {
            switch value {
            case .string(let text): return text
            case nil, .null: return nil
            default: throw malformed("an entry's `\(key)` is neither a string nor null")
            }
        }
        func optionalCount(_ value: Value?, _ key: String) throws(IngestError) -> Int? {
            switch value {
            case .integer(let number) where number >= 0: return number
            case nil, .null: return nil
            default: throw malformed("an entry's `\(key)` is neither a count nor null")
            }
        }
        guard let state = Manifest.Status(rawValue: try string(status, "status")) else {
            throw malformed("an entry's `status` is neither ok nor failed")
        }
        return Manifest.Entry(path: try string(path, "path"), id: try string(id, "id"),
                              sha256: try optionalString(sha256, "sha256"), bytes: try optionalCount(bytes, "bytes"),
                              modified: try optionalString(modified, "modified"), status: state,
                              code: try optionalString(code, "code").flatMap(IngestError.Code.init(rawValue:)),
                              reason: try optionalString(reason, "reason"),
                              pipelineVersion: try string(pipelineVersion, "pipelineVersion"),
                              datasetLineBytes: try optionalCount(datasetLineBytes, "datasetLineBytes"))
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

    /// A value of an entry's field; what the manifest never holds (objects, arrays, booleans,
    /// fractions) is read and kept as `other`.
    private enum Value {
        case string(String)
        case integer(Int)
        case null
        case other
    }

    private func readValue() throws(IngestError) -> Value {
        switch try peekToken() {
        case UInt8(ascii: "\""):
            return .string(try readString())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipContainer()
            return .other
        case UInt8(ascii: "n"):
            try readWord("null")
            return .null
        case UInt8(ascii: "t"):
            try readWord("true")
            return .other
        case UInt8(ascii: "f"):
            try readWord("false")
            return .other
        default:
            var text: [UInt8] = []
            try input.append(into: &text) { byte in
                (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
            }
            guard !text.isEmpty else { throw malformed("a value was expected") }
            return Int(String(decoding: text, as: UTF8.self)).map(Value.integer) ?? .other
        }
    }

    private func skipContainer() throws(IngestError) {
        let open = try input.next()
        let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if try peekToken() == close {
            _ = try input.next()
            return
        }
        repeat {
            if close == UInt8(ascii: "}") {
                _ = try readString()
                try expect(UInt8(ascii: ":"))
            }
            _ = try readValue()
        } while try readCommaOrEnd(close)
    }

    /// Reads `,` (more to come: `true`) or `end` (`false`).
    private func readCommaOrEnd(_ end: UInt8) throws(IngestError) -> Bool {
        switch try peekToken() {
        case UInt8(ascii: ","):
            _ = try input.next()
            return true
        case end:
            _ = try input.next()
            return false
        default:
            throw malformed("`,` or `\(Character(Unicode.Scalar(end)))` was expected")
        }
    }

    private func readWord(_ word: String) throws(IngestError) {
        for expected in word.utf8 {
            guard try input.next() == expected else { throw malformed("`\(word)` was expected") }
        }
    }

    /// A string, its escapes resolved.
    private func readString() throws(IngestError) -> String {
        try readStringBytes()
        let verdict = scratch.withUnsafeBufferPointer(UTF8Validation.verdict)
        guard verdict != .invalid else { throw malformed("a string is not UTF-8") }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Reads a string's bytes, its escapes resolved, into `scratch`.
    private func readStringBytes() throws(IngestError) {
        try expect(UInt8(ascii: "\""))
        scratch.removeAll(keepingCapacity: true)
        while true {
            try input.append(into: &scratch) { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 >= 0x20 }
            guard let byte = try input.next() else { throw malformed("a string does not end") }
            switch byte {
            case UInt8(ascii: "\""):
                return
            case UInt8(ascii: "\\"):
                try readEscape(into: &scratch)
            default:
                throw malformed("a control character in a string")
            }
        }
    }

    private func readEscape(into bytes: inout [UInt8]) throws(IngestError) {
        guard let byte = try input.next() else { throw malformed("a string does not end") }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(byte)
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800..<0xDC00).contains(scalar) {
                try readWord("\\u")
                let low = try readHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw malformed("a lone surrogate in a string") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let character = Unicode.Scalar(scalar) else { throw malformed("a lone surrogate in a string") }
            bytes.append(contentsOf: String(Character(character)).utf8)
        default:
            throw malformed("an unknown escape in a string")
        }
    }

    private func readHex4() throws(IngestError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = try input.next(), let digit = Self.hexDigit(byte) else { throw malformed("a bad \\u escape") }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The next byte that is not white space, not consumed; `nil` at the end of the file.
    private func peekToken() throws(IngestError) -> UInt8? {
        try input.skip { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }
        return try input.peek()
    }

    private func expect(_ byte: UInt8) throws(IngestError) {
        guard try peekToken() == byte else { throw malformed("`\(Character(Unicode.Scalar(byte)))` was expected") }
        _ = try input.next()
    }

    private func malformed(_ what: String) -> IngestError {
        IngestError(.undecodable, "not a manifest: \(what)", path: path)
    }
}
