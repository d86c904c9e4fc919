/// The lock on the output folder for the length of a run, so that two runs started at once
/// (an overlapping cron job) cannot interleave their writes: the second one stops at once.
/// It is a `FolderLock` on the folder itself.
struct OutputLock {
    private let lock: FolderLock

    /// Takes the lock on `folder`, which must exist.
    /// - Throws: `RunError` (`.busy`) when another run holds it, `.output` when the folder
    ///   cannot be opened or locked.
    init(folder: String) throws(RunError) {
        do throws(FolderLock.Failure) {
            lock = try FolderLock(folder: folder)
        } catch {
            switch error {
            case .busy: throw RunError(.busy, "another ingest run is writing to this output folder", path: folder)
            case .failed(let cause): throw RunError(.output, cause)
            }
        }
    }
}
