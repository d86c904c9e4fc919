/// Puts several files of one folder in place as one step, so that a run killed between two
/// renames cannot leave the `dataset.jsonl` of one run beside the `manifest.json` of another.
///
/// Each file is first staged: written in full under its temporary name and `fsync`ed. Then the
/// commit record `.ingest-commit` is written atomically, one line per file,
/// `temporary name<TAB>final name`; from that moment the new files are the dataset. Then the
/// files are renamed into place and the record is removed. A run killed before the record
/// leaves the previous files in force (its staged files are swept by the next run); a run killed
/// after it leaves the record, which the next run replays before anything else (`recover`).
/// A reader that finds a record reads each listed file under its temporary name if that still
/// exists, else under its final name (the rename already happened).
enum DatasetCommit {
    /// The commit record's name in the output folder.
    static let recordName = ".ingest-commit"

    /// Stages `writers` (all files of `folder`), records them, and renames them into place.
    /// - Throws: `RunError` (`.output`). Before the record is written, the previous files are
    ///   left as they were; after it, the commit completes on the next run.
    static func commit(_ writers: [AtomicFileWriter], in folder: String) throws(RunError) {
        for writer in writers { try RunError.onOutput { () throws(SystemError) in try writer.stage() } }
        FileSystem.syncDirectory(folder)
        let lines = writers.map { "\(FileSystem.lastComponent(of: $0.temporaryPath))\t\(FileSystem.lastComponent(of: $0.path))\n" }
        try RunError.onOutput { () throws(SystemError) in
            try atomicWrite(Array(lines.joined().utf8), to: FileSystem.join(folder, recordName))
        }
        FileSystem.syncDirectory(folder)
        for writer in writers { _ = writer.handOver() }
        try recover(in: folder)
    }

    /// Completes the commit a killed run recorded in `folder`, if any: renames each staged file
    /// still there into place, then removes the record.
    /// - Throws: `RunError` (`.output`) when a rename fails; the record is then kept.
    static func recover(in folder: String) throws(RunError) {
        let recordPath = FileSystem.join(folder, recordName)
        guard FileSystem.exists(recordPath) else { return }
        let record = try RunError.onOutput { () throws(SystemError) in try FileSystem.readFile(at: recordPath) }
        for line in record.split(separator: UInt8(ascii: "\n")) {
            let names = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty,
                  !names[0].contains(UInt8(ascii: "/")), !names[1].contains(UInt8(ascii: "/")) else {
                throw RunError(.output, "a line of the commit record is not `temporary<TAB>final`", path: recordPath)
            }
            let staged = FileSystem.join(folder, String(decoding: names[0], as: UTF8.self))
            let final = FileSystem.join(folder, String(decoding: names[1], as: UTF8.self))
            // A staged file already gone was renamed before the kill.
            guard FileSystem.status(of: staged) != nil else { continue }
            try RunError.onOutput { () throws(SystemError) in try FileSystem.move(staged, to: final) }
        }
        FileSystem.syncDirectory(folder)
        try RunError.onOutput { () throws(SystemError) in try FileSystem.removeFile(recordPath) }
        FileSystem.syncDirectory(folder)
    }
}
