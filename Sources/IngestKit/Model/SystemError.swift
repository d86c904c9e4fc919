/// A file operation that failed: what was being done, on which path, and why, with the
/// `errno` a system call set when one did. Everything in `System/` throws it; the layers above
/// turn it into a source's failure (`SourceFailure`) or the run's (`RunError`), keeping it as
/// the cause.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why the operation failed.
    public enum Cause: Sendable, Equatable {
        /// A system call failed and set `errno` to this value; `text` is its description.
        case errno(Int32, text: String)
        /// The path is not a regular file (a folder, a device, a FIFO).
        case notARegularFile
        /// The path exists and is not a folder.
        case notAFolder
        /// The file is larger than the limit the caller set, in bytes (its size, when known).
        case overLimit(size: Int?, limit: Int)
        /// Something else, said in words.
        case other(String)
    }

    /// What was being done, as a verb phrase: `open`, `rename into place`.
    public var operation: String
    /// The path it was done on, as shown to the user.
    public var path: String
    /// Why it failed.
    public var cause: Cause

    /// Creates an error.
    public init(_ operation: String, path: String, cause: Cause) {
        self.operation = operation
        self.path = path
        self.cause = cause
    }

    /// The reason without the path: `cannot open: no such file or directory`.
    public var reason: String {
        switch cause {
        case .errno(_, let text): "cannot \(operation): \(text)"
        case .notARegularFile: "not a regular file"
        case .notAFolder: "exists and is not a folder"
        case .overLimit(let size?, let limit): "\(size) bytes is over the limit of \(limit) bytes (--max-bytes)"
        case .overLimit(nil, let limit): "over the limit of \(limit) bytes (--max-bytes)"
        case .other(let text): "cannot \(operation): \(text)"
        }
    }

    /// `path: reason`.
    public var description: String {
        path.isEmpty ? reason : "\(path): \(reason)"
    }
}
