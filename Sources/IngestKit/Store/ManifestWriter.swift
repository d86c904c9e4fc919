/// Writes `manifest.json` one entry at a time, in the order given (a run gives them sorted by
/// path), through a `ReplacementFile`: nothing is written while the new manifest is the current
/// one byte for byte. The bytes are those of a pretty-printed `{"format": 1, "sources": […]}`.
struct ManifestWriter: Sendable {
    private let file: ReplacementFile
    private var count = 0
    private var chunk: [UInt8] = []

    /// Entries are gathered into chunks of about this many bytes before they go to the file.
    private static let chunkSize = 1 << 16

    /// Starts a new manifest to replace the one at `path`.
    /// - Throws: `IngestError` (`.unwritable`) when its temporary file cannot be created.
    init(replacing path: String) throws(IngestError) {
        file = try ReplacementFile(path: path)
        chunk.append(contentsOf: "{\n  \"format\": \(Manifest.formatVersion),\n  \"sources\": ".utf8)
    }

    /// Adds the next entry.
    mutating func append(_ entry: Manifest.Entry) throws(IngestError) {
        chunk.append(contentsOf: (count == 0 ? "[\n    " : ",\n    ").utf8)
        Self.appendPretty(entry, into: &chunk)
        count += 1
        if chunk.count >= Self.chunkSize {
            try file.append(chunk)
            chunk.removeAll(keepingCapacity: true)
        }
    }

    /// Appends `entry` as `JSONWriter` pretty-prints an object nested two levels deep, keys in
    /// the manifest's order, without building a `JSONValue` first (a run writes one entry per
    /// source, unchanged ones included).
    private static func appendPretty(_ entry: Manifest.Entry, into out: inout [UInt8]) {
        func key(_ name: String, first: Bool = false) {
            out.append(contentsOf: (first ? "{\n      \"" : ",\n      \"").utf8)
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: "\": ".utf8)
        }
        func optional(_ text: String?) {
            if let text { JSONWriter.appendString(text, into: &out) } else { out.append(contentsOf: "null".utf8) }
        }
        key("path", first: true)
        JSONWriter.appendString(entry.path, into: &out)
        key("id")
        JSONWriter.appendString(entry.id, into: &out)
        key("sha256")
        optional(entry.sha256)
        func optionalCount(_ count: Int?) {
            out.append(contentsOf: (count.map(String.init) ?? "null").utf8)
        }
        key("bytes")
        optionalCount(entry.bytes)
        key("modified")
        optional(entry.modified)
        key("status")
        JSONWriter.appendString(entry.status.rawValue, into: &out)
        key("code")
        optional(entry.code?.rawValue)
        key("reason")
        optional(entry.reason)
        key("pipelineVersion")
        JSONWriter.appendString(entry.pipelineVersion, into: &out)
        key("datasetLineBytes")
        optionalCount(entry.datasetLineBytes)
        out.append(contentsOf: "\n    }".utf8)
    }

    /// Ends the manifest.
    /// - Returns: the new manifest, staged and not yet in place (see `DatasetCommit`), or `nil`
    ///   when it is the current file byte for byte.
    mutating func finish() throws(IngestError) -> AtomicFileWriter? {
        chunk.append(contentsOf: (count == 0 ? "[]" : "\n  ]").utf8)
        chunk.append(contentsOf: "\n}\n".utf8)
        try file.append(chunk)
        chunk = []
        return try file.finish()
    }
}
