import Dispatch

/// `dataset.jsonl` written on a queue of its own while an incremental run's pending sources
/// are processed: it copies the lines it keeps from the previous dataset, waits in
/// `PendingLines` for each pending document in its turn, and is flushed to the disk as soon as
/// it is complete, while the run writes the manifest.
final class ConcurrentDatasetBuild: @unchecked Sendable {
    // Written on the build's queue before `done` is signalled, read after it is waited for.
    private var result: Result<AtomicFileWriter, RunError>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts writing the documents of `planned` (those processed this run being pending ones,
    /// whose lines `lines` settles); `recorded` is where the last manifest puts the previous
    /// dataset's lines.
    /// With `trustingPrevious` false, kept lines are read from their documents too.
    init(_ planned: DatasetIndex, layout: OutputLayout, recorded: DatasetLineTable, lines: PendingLines,
         trustingPrevious: Bool = true) {
        DispatchQueue(label: "ingest.dataset").async { [self] in
            let waitForLine = { (id: UInt64) throws(RunError) -> SourceOutcome.DatasetLine in
                guard let line = lines.wait(for: id) else {
                    throw RunError(.output, "the run stopped before its documents were written", path: layout.dataset)
                }
                return line
            }
            do throws(RunError) {
                let file = try DatasetFile.build(planned, layout: layout, recorded: recorded, processed: waitForLine,
                                                 writesBackEarly: false, trustingPrevious: trustingPrevious)
                try RunError.onOutput { () throws(SystemError) in try file.stage() }
                result = .success(file)
            } catch {
                result = .failure(error)
            }
            done.signal()
        }
    }

    /// Waits until the dataset is written and flushed to the disk, and hands it over: called
    /// once. The caller holds the only reference, so that a dataset it drops (a run that
    /// stopped) is removed there and then, not whenever the build's queue lets go of the build.
    /// - Returns: the new dataset, staged and not yet in place (see `DatasetCommit`).
    /// - Throws: `RunError` (`.output`) when it could not be written, or the run stopped.
    func finished() throws(RunError) -> AtomicFileWriter {
        done.wait()
        defer { done.signal() }
        guard let finished = result else {
            throw RunError(.output, "the dataset was handed over already", path: "dataset.jsonl")
        }
        result = nil
        return try finished.get()
    }
}
