import Foundation

/// `shard-complete.json` in a shard's part folder: the shard finished, and its `dataset.jsonl`
/// and `manifest.json` are the files whose size and SHA-256 it records, made by the pipeline
/// version it names. A shard's run withdraws the marker right after taking its part's lock,
/// before it changes anything, and writes it (atomically) last, after its commit and report:
/// a part without the marker is running, was stopped, or failed, and a part whose files are
/// not those the marker describes was changed since. `ingest merge` merges only parts whose
/// marker stands and matches.
///
/// ```json
/// {
///   "format": 1,
///   "shard": 2,
///   "shards": 4,
///   "pipelineVersion": "0.19.0",
///   "dataset": { "bytes": 91206, "sha256": "…" },
///   "manifest": { "bytes": 5120, "sha256": "…" }
/// }
/// ```
struct ShardCompletion: Equatable {
    /// The marker's name in the part folder.
    static let name = "shard-complete.json"
    /// The version of the marker's layout.
    static let formatVersion = 1

    /// The shard that completed.
    var shard: Shard
    /// The pipeline version that made its documents.
    var pipelineVersion: String
    /// What `dataset.jsonl` held.
    var dataset: SHA256.FileDigest
    /// What `manifest.json` held.
    var manifest: SHA256.FileDigest

    /// The marker's path in `layout`.
    static func path(in layout: OutputLayout) -> String {
        FileSystem.join(layout.folder, name)
    }

    /// Removes the marker of `layout`, and flushes the removal to the disk, before a run
    /// changes anything in the part.
    /// - Throws: `RunError` (`.output`) when it cannot be removed.
    static func withdraw(from layout: OutputLayout) throws(RunError) {
        let path = path(in: layout)
        guard FileSystem.exists(path) else { return }
        try RunError.onOutput { () throws(SystemError) in try FileSystem.removeFile(path) }
        FileSystem.syncDirectory(layout.folder)
    }

    /// What the part of `shard` in `layout` holds now, made by the pipeline `pipelineVersion`.
    /// - Throws: `RunError` (`.output`) when its dataset or manifest cannot be read.
    static func describing(_ shard: Shard, pipelineVersion: String, in layout: OutputLayout) throws(RunError) -> ShardCompletion {
        try RunError.onOutput { () throws(SystemError) in
            ShardCompletion(shard: shard, pipelineVersion: pipelineVersion,
                            dataset: try SHA256.digest(ofFileAt: layout.dataset),
                            manifest: try SHA256.digest(ofFileAt: layout.manifest))
        }
    }

    /// Writes the marker into `layout`, atomically.
    /// - Throws: `RunError` (`.output`) when it cannot be written.
    func record(in layout: OutputLayout) throws(RunError) {
        let bytes = JSONWriter.pretty(json)
        try RunError.onOutput { () throws(SystemError) in try atomicWrite(bytes, to: Self.path(in: layout)) }
    }

    /// The marker of `layout`: `nil` when there is none.
    /// - Throws: `RunError` (`.output`) when it cannot be read or is not a marker.
    static func recorded(in layout: OutputLayout) throws(RunError) -> ShardCompletion? {
        let path = path(in: layout)
        guard FileSystem.exists(path) else { return nil }
        let bytes = try RunError.onOutput { () throws(SystemError) in try FileSystem.readFile(at: path) }
        guard let stored = try? JSONDecoder().decode(Stored.self, from: Data(bytes)), stored.format == formatVersion,
              let shard = Shard(index: stored.shard, count: stored.shards) else {
            throw RunError(.output, "not a completion marker of format \(formatVersion)", path: path)
        }
        return ShardCompletion(shard: shard, pipelineVersion: stored.pipelineVersion,
                               dataset: SHA256.FileDigest(bytes: stored.dataset.bytes, sha256: stored.dataset.sha256),
                               manifest: SHA256.FileDigest(bytes: stored.manifest.bytes, sha256: stored.manifest.sha256))
    }

    /// The marker as its file holds it.
    private var json: JSONValue {
        func file(_ digest: SHA256.FileDigest) -> JSONValue {
            .object([("bytes", .integer(digest.bytes)), ("sha256", .string(digest.sha256))])
        }
        return .object([
            ("format", .integer(Self.formatVersion)),
            ("shard", .integer(shard.index)),
            ("shards", .integer(shard.count)),
            ("pipelineVersion", .string(pipelineVersion)),
            ("dataset", file(dataset)),
            ("manifest", file(manifest)),
        ])
    }

    /// The file's fields, as decoded.
    private struct Stored: Decodable {
        struct File: Decodable {
            var bytes: Int
            var sha256: String
        }

        var format: Int
        var shard: Int
        var shards: Int
        var pipelineVersion: String
        var dataset: File
        var manifest: File
    }
}
