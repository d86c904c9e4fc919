#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on the output folder for the length of a run, so that two runs started
/// at once (an overlapping cron job) cannot interleave their writes: the second one stops at
/// once. The lock is `flock` on the folder itself, so no lock file is left behind, and the
/// kernel releases it when the process dies. It owns a file descriptor, hence a class.
final class OutputLock {
    /// The folder, open; -1 once closed.
    private var descriptor: Int32

    /// Takes the lock on `folder`, which must exist.
    /// - Throws: `IngestError` (`.unwritable`) when another run holds it or the folder cannot be opened.
    init(folder: String) throws(IngestError) {
        descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw IngestError(.unwritable, "cannot open the output folder: \(FileSystem.errnoText())", path: folder)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = busy ? "another ingest run is writing to this output folder" : "cannot lock: \(FileSystem.errnoText())"
            // Closed here and marked so: `deinit` runs for an instance whose every property is
            // set, and a second `close` would close whatever another thread opened meanwhile.
            close(descriptor)
            descriptor = -1
            throw IngestError(.unwritable, reason, path: folder)
        }
    }

    deinit {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
