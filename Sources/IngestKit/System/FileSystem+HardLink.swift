#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// Why a hard link was not made.
    enum HardLinkFailure: Error {
        /// The file system cannot link these two paths (another device, no hard links, too many
        /// links to the file): copy instead.
        case unsupported
        /// Linking failed for another reason.
        case failed(SystemError)
    }

    /// What `link` answers when the file system cannot link the two paths, as opposed to a
    /// failure of the folder or the file.
    private static let linkRefusals: Set<Int32> = [EXDEV, EPERM, EMLINK, EOPNOTSUPP, ENOSYS]

    /// Makes `destination`, which must not exist, another name of the file `source` (`link`).
    /// - Throws: `.unsupported` where the file system cannot, `.failed` otherwise.
    static func hardLink(_ source: String, to destination: String) throws(HardLinkFailure) {
        do throws(SystemError) {
            _ = try SystemCall.retrying("link", path: destination) { link(source, destination) }
        } catch {
            if case .errno(let code, _) = error.cause, linkRefusals.contains(code) { throw .unsupported }
            throw .failed(error)
        }
    }
}

extension FileSystem {
    /// Makes `destination` another name of the file `source` in one step, replacing what was
    /// there: the link is made under a temporary name beside it (swept like the other
    /// temporary files when a process is killed in between) and renamed over it.
    /// - Throws: `.unsupported` where the file system cannot link the two, `.failed` otherwise.
    static func replaceWithHardLink(_ destination: String, to source: String) throws(HardLinkFailure) {
        let name = "\(AtomicFileWriter.temporaryPrefix)\(getpid())-link-\(lastComponent(of: destination))"
        let temporary = join(parentPath(of: destination), name)
        unlink(temporary)
        try hardLink(source, to: temporary)
        do throws(SystemError) {
            try move(temporary, to: destination)
        } catch {
            unlink(temporary)
            throw .failed(error)
        }
    }
}
