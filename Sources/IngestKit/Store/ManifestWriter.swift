/// Writes `manifest.json` one entry at a time, in the order given (a run gives them sorted by
/// path), and `.source-stamps` beside it, each through a `ReplacementFile`: nothing is written
/// while the new file is the current one byte for byte. The manifest's layout is
/// `ManifestReader`'s: an opening line, one entry per line as `JSONWriter.compact` writes it,
/// a closing line.
struct ManifestWriter: Sendable {
    /// The new files, staged and not yet in place (see `DatasetCommit`); `nil` for a file that
    /// is the current one byte for byte.
    struct Files {
        var manifest: AtomicFileWriter?
        var stamps: AtomicFileWriter?
    }

    private let manifest: ReplacementFile
    private let stamps: ReplacementFile
    private var count = 0
    /// Set by `keepCurrent()`: the current files stand and nothing is written.
    private var keepsCurrent = false
    private var manifestChunk: [UInt8] = []
    private var stampsChunk: [UInt8] = []

    /// Entries are gathered into chunks of about this many bytes before they go to the file.
    private static let chunkSize = 1 << 16

    /// Starts a new manifest to replace the one of `layout`, and its stamps.
    /// - Throws: `RunError` (`.output`) when a temporary file cannot be created.
    init(_ layout: OutputLayout) throws(RunError) {
        manifest = try RunError.onOutput { () throws(SystemError) in try ReplacementFile(path: layout.manifest) }
        stamps = try RunError.onOutput { () throws(SystemError) in try ReplacementFile(path: layout.sourceStamps) }
        manifestChunk.append(contentsOf: "{\"format\":\(Manifest.formatVersion),\"sources\":[".utf8)
        stampsChunk.append(contentsOf: SourceStampFile.header)
    }

    /// Adds the next entry.
    mutating func append(_ entry: Manifest.Entry) throws(RunError) {
        manifestChunk.append(contentsOf: (count == 0 ? "\n" : ",\n").utf8)
        manifestChunk.append(contentsOf: JSONWriter.compact(entry.json))
        stampsChunk.append(contentsOf: SourceStampFile.line(of: entry))
        count += 1
        if manifestChunk.count >= Self.chunkSize {
            try flush()
        }
    }

    /// Leaves the current manifest and stamps as they are, unread: for a run that knows it would
    /// write them again byte for byte (see `ChangePlan.leavesManifestAsItIs`). Nothing may have
    /// been appended.
    mutating func keepCurrent() {
        precondition(count == 0, "entries were appended to a manifest that is kept as it is")
        keepsCurrent = true
    }

    /// Ends the manifest and its stamps.
    mutating func finish() throws(RunError) -> Files {
        if keepsCurrent { return Files() }
        manifestChunk.append(contentsOf: "\n]}\n".utf8)
        try flush()
        return try RunError.onOutput { () throws(SystemError) in Files(manifest: try manifest.finish(), stamps: try stamps.finish()) }
    }

    /// Removes the temporary files of a manifest that will not be committed.
    func discard() {
        manifest.discard()
        stamps.discard()
    }

    private mutating func flush() throws(RunError) {
        let (manifestBytes, stampBytes) = (manifestChunk, stampsChunk)
        try RunError.onOutput { () throws(SystemError) in
            try manifest.append(manifestBytes)
            try stamps.append(stampBytes)
        }
        manifestChunk.removeAll(keepingCapacity: true)
        stampsChunk.removeAll(keepingCapacity: true)
    }
}
