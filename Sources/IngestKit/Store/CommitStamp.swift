/// `.commit-stamp` in the output folder: what `dataset.jsonl` and `manifest.json` were when this
/// machine last committed them (size, modification time, device and inode of each), committed
/// together with them. A run trusts the previous dataset's lines and the manifest's entries
/// only while they still are what it committed: a file truncated, edited, swapped or replaced
/// since shows another stamp, and is rebuilt (the dataset from the documents, the manifest and
/// the documents from the sources) instead of being carried forward. Without the file (a fresh
/// clone) nothing vouches for the dataset, so it is rebuilt from the documents: the same bytes
/// when they agree.
struct CommitStamp: Equatable {
    /// What one file was: size, modification time, and identity.
    struct FileStamp: Equatable {
        var size: Int
        var modified: String
        var identity: FileSystem.FileIdentity

        init(_ status: FileSystem.Status) {
            size = status.size
            modified = status.modified
            identity = status.identity
        }

        init?(_ line: Substring) {
            let fields = line.split(separator: " ")
            guard fields.count == 5, let size = Int(fields[1]), let device = UInt64(fields[3]), let inode = UInt64(fields[4])
            else { return nil }
            self.size = size
            modified = String(fields[2])
            identity = FileSystem.FileIdentity(device: device, inode: inode)
        }

        func line(named name: String) -> String {
            "\(name) \(size) \(modified) \(identity.device) \(identity.inode)\n"
        }
    }

    /// `dataset.jsonl`, when there is one.
    var dataset: FileStamp?
    /// `manifest.json`, when there is one.
    var manifest: FileStamp?

    private static let datasetName = "dataset.jsonl"
    private static let manifestName = "manifest.json"

    /// The stamp the last commit recorded in `layout`; `nil` when there is none or it cannot
    /// be read.
    static func recorded(in layout: OutputLayout) -> CommitStamp? {
        guard let bytes = try? FileSystem.readFile(at: layout.commitStamp) else { return nil }
        var stamp = CommitStamp()
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix(datasetName + " ") { stamp.dataset = FileStamp(line) }
            if line.hasPrefix(manifestName + " ") { stamp.manifest = FileStamp(line) }
        }
        return stamp
    }

    /// What the two files of `layout` are now.
    static func current(in layout: OutputLayout) -> CommitStamp {
        CommitStamp(dataset: FileSystem.status(of: layout.dataset).map(FileStamp.init),
                    manifest: FileSystem.status(of: layout.manifest).map(FileStamp.init))
    }

    /// What the two files will be once `staged` (files of `layout`'s folder, staged) are renamed
    /// into place: a staged file keeps its size, time and identity through the rename.
    static func committing(_ staged: [AtomicFileWriter], in layout: OutputLayout) -> CommitStamp {
        func stamp(_ path: String) -> FileStamp? {
            let file = staged.first { $0.path == path }
            return FileSystem.status(of: file?.temporaryPath ?? path).map(FileStamp.init)
        }
        return CommitStamp(dataset: stamp(layout.dataset), manifest: stamp(layout.manifest))
    }

    /// The stamp as a new file of `layout`, not yet in place.
    func file(in layout: OutputLayout) throws(RunError) -> AtomicFileWriter {
        var text = ""
        if let dataset { text += dataset.line(named: Self.datasetName) }
        if let manifest { text += manifest.line(named: Self.manifestName) }
        let bytes = Array(text.utf8)
        return try RunError.onOutput { () throws(SystemError) in
            let file = try AtomicFileWriter(path: layout.commitStamp)
            try file.append(bytes)
            return file
        }
    }
}
