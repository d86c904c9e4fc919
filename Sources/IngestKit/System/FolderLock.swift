#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a folder, held while the value lives and released by the kernel when
/// the process dies, so that no lock file is ever left behind. It owns a file descriptor, hence
/// a class.
final class FolderLock {
    /// Why a lock was not taken.
    enum Failure: Error {
        /// Another process holds it.
        case busy
        /// The folder could not be opened or locked.
        case failed(SystemError)
    }

    /// The folder, open; -1 once closed.
    private var descriptor: Int32

    /// Takes the lock on `folder`, without waiting.
    init(folder: String) throws(Failure) {
        do throws(SystemError) {
            descriptor = try SystemCall.retrying("open the folder", path: folder) { open(folder, O_RDONLY | O_CLOEXEC) }
        } catch {
            throw .failed(error)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            // Closed here and marked so: `deinit` runs for an instance whose every property is
            // set, and a second `close` would close whatever another thread opened meanwhile.
            close(descriptor)
            descriptor = -1
            throw code == EWOULDBLOCK ? .busy : .failed(SystemCall.failure("lock", path: folder, errno: code))
        }
    }

    deinit {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
