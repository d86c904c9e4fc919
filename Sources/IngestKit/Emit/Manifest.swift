import Foundation

/// What the last run knew about each source: the record that makes nightly runs incremental.
/// Written to `manifest.json`, one entry per source path, sorted by path.
///
/// ```json
/// {
///   "format": 1,
///   "sources": [
///     { "path": "Input/000_x.txt", "id": "…", "sha256": "…", "bytes": 10491,
///       "modified": "1764030000.123456789", "status": "ok", "reason": null, "pipelineVersion": "0.1.0" }
///   ]
/// }
/// ```
public struct Manifest: Sendable, Equatable {
    /// The version of this file's layout.
    public static let formatVersion = 1

    /// How one source fared.
    public enum Status: String, Sendable, Codable {
        /// Its document was written.
        case ok
        /// It could not become a document; `reason` says why.
        case failed
    }

    /// One source's record.
    public struct Entry: Sendable, Equatable, Codable {
        /// The source's display path (`Input/000_x.txt`).
        public var path: String
        /// Its document id.
        public var id: String
        /// SHA-256 of its bytes when last read; `nil` when they could not be read.
        public var sha256: String?
        /// Its size when last seen, for the quick check before hashing.
        public var bytes: Int?
        /// Its modification time when last seen (`seconds.nanoseconds`), for the quick check.
        public var modified: String?
        /// Whether its document was written.
        public var status: Status
        /// Why it failed, for a failed source.
        public var reason: String?
        /// The pipeline version that produced the record.
        public var pipelineVersion: String

        /// Creates an entry.
        public init(path: String, id: String, sha256: String?, bytes: Int?, modified: String?, status: Status,
                    reason: String? = nil, pipelineVersion: String) {
            self.path = path
            self.id = id
            self.sha256 = sha256
            self.bytes = bytes
            self.modified = modified
            self.status = status
            self.reason = reason
            self.pipelineVersion = pipelineVersion
        }
    }

    /// The entries, by display path.
    public var entries: [String: Entry]

    /// Creates a manifest.
    public init(entries: [Entry] = []) {
        self.entries = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The manifest's file content: pretty JSON, entries sorted byte-wise by path. Written one
    /// entry at a time, so a large manifest is never held as a tree of values.
    public var fileBytes: [UInt8] {
        let sorted = entries.values.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(64 + 320 * sorted.count)
        out.append(contentsOf: "{\n  \"format\": \(Self.formatVersion),\n  \"sources\": ".utf8)
        if sorted.isEmpty {
            out.append(contentsOf: "[]".utf8)
        } else {
            out.append(UInt8(ascii: "["))
            for (index, entry) in sorted.enumerated() {
                out.append(contentsOf: (index == 0 ? "\n    " : ",\n    ").utf8)
                JSONWriter.appendPretty(entry.json, into: &out, indent: 2)
            }
            out.append(contentsOf: "\n  ]".utf8)
        }
        out.append(contentsOf: "\n}\n".utf8)
        return out
    }

    private struct FileLayout: Decodable {
        var format: Int
        var sources: [Entry]
    }

    /// Reads a manifest file's content.
    /// - Throws: `IngestError` when the content is not a manifest of this layout.
    public init(fileBytes: [UInt8], path: String) throws(IngestError) {
        let layout: FileLayout
        do {
            layout = try JSONDecoder().decode(FileLayout.self, from: Data(fileBytes))
        } catch {
            throw IngestError(.undecodable, "not a manifest: \(error)", path: path)
        }
        guard layout.format == Self.formatVersion else {
            throw IngestError(.undecodable, "manifest format \(layout.format), expected \(Self.formatVersion)", path: path)
        }
        self.init(entries: layout.sources)
    }
}

extension Manifest.Entry {
    /// The entry as `manifest.json` shows it.
    var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("id", .string(id)),
            ("sha256", .optionalString(sha256)),
            ("bytes", bytes.map(JSONValue.integer) ?? .null),
            ("modified", .optionalString(modified)),
            ("status", .string(status.rawValue)),
            ("reason", .optionalString(reason)),
            ("pipelineVersion", .string(pipelineVersion)),
        ])
    }
}
