/// Why one source could not become a document. The run reports it on one line with the
/// source's path and goes on with the others.
public struct SourceFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, as a stable code for the run report.
    public enum Code: String, Sendable, Hashable {
        /// The file has no bytes, or only white space.
        case empty
        /// The bytes are not text (an image, a PDF, random bytes).
        case binary
        /// The bytes cannot be decoded as text in any supported encoding.
        case undecodable
        /// The file is larger than the configured limit.
        case tooLarge = "too-large"
        /// The file could not be read (gone, no permission, an I/O error).
        case unreadable
        /// The parsed source holds no article text at all.
        case noContent = "no-content"
        /// An output file could not be written.
        case unwritable
    }

    /// What went wrong.
    public var code: Code
    /// A short human reason, without the path.
    public var reason: String
    /// The source's path, as shown to the user.
    public var path: String

    /// Creates an error.
    public init(_ code: Code, _ reason: String, path: String = "") {
        self.code = code
        self.reason = reason
        self.path = path
    }

    /// The failure of a source whose bytes could not be read: `.tooLarge` over the size limit,
    /// `.unreadable` otherwise, in the words of `error`.
    public init(reading error: SystemError) {
        if case .overLimit = error.cause {
            self.init(.tooLarge, error.reason, path: error.path)
        } else {
            self.init(.unreadable, error.reason, path: error.path)
        }
    }

    /// `path: reason`, the one line a user sees.
    public var description: String {
        path.isEmpty ? reason : "\(path): \(reason)"
    }
}

extension SourceFailure.Code {
    /// Whether the failure follows from the source's bytes alone, given the pipeline version:
    /// the same bytes fail the same way on every run, so a run may report it again from the
    /// manifest instead of processing the source again. A file that could not be read, or was
    /// over a limit the user may change, is always tried again.
    public var followsFromBytes: Bool {
        switch self {
        case .empty, .binary, .undecodable, .noContent: true
        case .tooLarge, .unreadable, .unwritable: false
        }
    }
}
