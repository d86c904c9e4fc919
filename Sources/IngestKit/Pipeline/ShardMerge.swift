/// `ingest merge`: joins the parts the shards of a split run wrote (`OUT/shards/<I>-of-<N>/`)
/// into the output folder `OUT` itself, as a run over the whole input would have written it:
/// `dataset.jsonl` and `manifest.json` the same bytes, `documents/` every document (hard links
/// to the parts' files where the file system allows, copies otherwise), `.source-stamps` and
/// the commit's stamp beside them, so that `ingest verify OUT` passes and a later run on one
/// machine into `OUT` goes on incrementally from there.
///
/// First the parts are checked (`ShardParts`): a shard missing, incomplete or changed since it
/// completed, a part of another shard count or of another pipeline version refuses the merge
/// before anything is written, each on a line of its own. Then, holding the output lock of
/// `OUT`, the parts' datasets and manifests are merged (`PartMerge`), streaming, one line per
/// part in memory, while each document is put in place; the two files are committed together
/// as a run commits them (`DatasetCommit`), and the documents no part holds are removed. A
/// merge run again over unchanged parts writes nothing.
///
/// ```swift
/// switch try ShardMerge.run(output: "/data/out", shardCount: 4) {
/// case .merged(let summary): print(summary.line)
/// case .refused(let problems): problems.forEach { print($0) }
/// }
/// ```
public enum ShardMerge {
    /// What a merge did.
    public struct Summary: Sendable, Equatable {
        /// How many shards were merged.
        public var shards = 0
        /// The documents of the merged dataset.
        public var documents = 0
        /// The sources of the merged manifest, failed ones included.
        public var sources = 0
        /// The sources that failed.
        public var failed = 0
        /// Documents put in place anew (new or changed in their part).
        public var placed = 0
        /// Documents removed because no part holds them any more.
        public var removed = 0
        /// Whether documents were copied because the file system cannot link them.
        public var copied = false

        /// The line `ingest merge` prints.
        public var line: String {
            """
            \(shards) shards merged: \(documents) documents of \(sources) sources (\(failed) failed), \
            \(placed) documents \(copied ? "copied" : "linked"), \(removed) removed
            """
        }
    }

    /// How a merge ended.
    public enum Outcome: Sendable, Equatable {
        /// The parts were merged.
        case merged(Summary)
        /// The parts cannot be merged; nothing was written. One line per problem.
        case refused([String])
    }

    /// Merges the parts under `output`'s `shards/` into `output`, expecting `shardCount`
    /// shards when it is given, else as many as the parts' folders say.
    /// - Throws: `RunError`: `.busy` when another run or merge writes to `output`, `.output`
    ///   when it cannot be written or a part cannot be read as it was checked (the previous
    ///   merged dataset is then left in force).
    public static func run(output: String, shardCount: Int? = nil) throws(RunError) -> Outcome {
        let layout = OutputLayout(folder: output)
        let parts: ShardParts
        do throws(ShardParts.Refusal) {
            parts = try ShardParts(in: layout, count: shardCount)
        } catch {
            return .refused(error.problems)
        }
        try RunError.onOutput { () throws(SystemError) in try FileSystem.createDirectory(layout.documents) }
        let lock = try OutputLock(folder: layout.folder)
        defer { withExtendedLifetime(lock) {} }
        try DatasetCommit.recover(in: layout.folder)
        let marker = RunMarker(layout)
        let listing = try DocumentListing(layout, unsettledSince: marker.unfinishedSince)
        let partLayouts = parts.parts.map(\.layout)

        var summary = Summary(shards: parts.count)
        var linker = DocumentLinker(into: layout)
        var index = DatasetIndex()
        let dataset = try RunError.onOutput { () throws(SystemError) in try ReplacementFile(path: layout.dataset) }
        summary.documents = try PartMerge.datasets(of: partLayouts, into: dataset) { id, part throws(RunError) in
            index.add(id, processed: false)
            // Marked before a document changes: until the commit, documents/ may hold a newer
            // document than the dataset in force, which `ingest verify` then says.
            let placed = try linker.take(DocumentID.text(id), from: partLayouts[part]) { () throws(RunError) in
                try RunError.onOutput { () throws(SystemError) in try marker.markWriting() }
            }
            if placed { summary.placed += 1 }
        }
        index.seal()
        summary.copied = !linker.links
        var manifest = try ManifestWriter(layout)
        (summary.sources, summary.failed) = try PartMerge.manifests(of: partLayouts, into: &manifest)

        for part in parts.parts where !ShardParts.stands(part) {
            throw RunError(.output, "changed while it was merged (the shard ran again): merge again", path: part.layout.folder)
        }
        try commit(dataset: dataset, manifest: &manifest, layout: layout, placed: summary.placed > 0)
        summary.removed = listing.documents(notIn: index).count
        try layout.sweep(by: listing, keeping: index)
        try marker.settle()
        FileSystem.syncDirectory(layout.documents)
        FileSystem.syncDirectory(layout.folder)
        return .merged(summary)
    }

    /// Commits the merged dataset and manifest (those that differ from the files in place),
    /// `.source-stamps` and the commit's stamp, as a run does (see `Ingestion`).
    private static func commit(dataset: ReplacementFile, manifest: inout ManifestWriter, layout: OutputLayout,
                               placed: Bool) throws(RunError) {
        let manifestFiles = try manifest.finish()
        var files = try RunError.onOutput { () throws(SystemError) in [try dataset.finish()] }.compactMap { $0 }
        files += [manifestFiles.manifest, manifestFiles.stamps].compactMap { $0 }
        if placed {
            // Documents copied without an `fsync` each, and the links' folder entries, reach
            // the disk before the commit names them.
            try RunError.onOutput { () throws(SystemError) in try FileSystem.syncFileSystem(containing: layout.documents) }
        }
        try RunError.onOutput { () throws(SystemError) in for file in files { try file.stage() } }
        let stamp = CommitStamp.committing(files, in: layout)
        if stamp != CommitStamp.recorded(in: layout) { files.append(try stamp.file(in: layout)) }
        if !files.isEmpty {
            try DatasetCommit.commit(files, in: layout.folder)
        }
    }
}
