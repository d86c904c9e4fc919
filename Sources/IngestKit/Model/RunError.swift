/// Why a whole run stopped: the input cannot be used, the output cannot be written, or another
/// run holds the output. A source that fails is not one (that is a `SourceFailure`, in the
/// report); a run error ends the run, leaves the previous dataset as it was, and decides the
/// exit status.
public struct RunError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which part of the run could not go on.
    public enum Kind: Sendable, Equatable {
        /// The input folder cannot be read (it is missing, not a folder, not readable).
        case input
        /// The output folder cannot be read or written.
        case output
        /// Another run is writing to the output folder.
        case busy
    }

    /// Which part of the run could not go on.
    public var kind: Kind
    /// A short human reason, without the path.
    public var reason: String
    /// The path concerned, as shown to the user.
    public var path: String
    /// The failed file operation behind it, if one was.
    public var cause: SystemError?

    /// Creates an error.
    public init(_ kind: Kind, _ reason: String, path: String, cause: SystemError? = nil) {
        self.kind = kind
        self.reason = reason
        self.path = path
        self.cause = cause
    }

    /// An error of `kind` that is the failed operation `cause`, in its words.
    public init(_ kind: Kind, _ cause: SystemError) {
        self.init(kind, cause.reason, path: cause.path, cause: cause)
    }

    /// Runs `body`, a file operation on the output folder, whose failure stops the run.
    /// - Throws: `RunError` (`.output`) with the failure as its cause.
    public static func onOutput<Value>(_ body: () throws(SystemError) -> Value) throws(RunError) -> Value {
        do {
            return try body()
        } catch {
            throw RunError(.output, error)
        }
    }

    /// `path: reason`, the one line a user sees.
    public var description: String {
        path.isEmpty ? reason : "\(path): \(reason)"
    }
}
