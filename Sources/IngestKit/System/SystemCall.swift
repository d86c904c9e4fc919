#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How `System/` makes a system call: one wrapper that calls again while the call was
/// interrupted by a signal (`EINTR`), and turns a failure into a `SystemError` that keeps the
/// `errno`. The other files of `System/` call through here for every call that can be
/// interrupted.
enum SystemCall {
    /// Calls `call` until it is not interrupted by a signal.
    /// - Returns: what the call returned, never negative.
    /// - Throws: `SystemError` for `operation` on `path` when the call returned a negative value.
    @discardableResult
    static func retrying<Result: BinaryInteger>(_ operation: String, path: String,
                                                 _ call: () -> Result) throws(SystemError) -> Result {
        while true {
            let result = call()
            if result >= 0 { return result }
            if errno == EINTR { continue }
            throw failure(operation, path: path)
        }
    }

    /// The failure of `operation` on `path` for the current `errno`.
    static func failure(_ operation: String, path: String, errno code: Int32 = errno) -> SystemError {
        SystemError(operation, path: path, cause: .errno(code, text: text(ofErrno: code)))
    }

    /// The description of an `errno` value, in lower case.
    static func text(ofErrno code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}
