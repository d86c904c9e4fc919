/// Callbacks through which a run tells its caller what happens while it happens; the command
/// line turns them into the progress display and the `path: reason` lines on standard error.
/// They are called from the run's writing queues, possibly from several threads at once.
public struct RunObserver: Sendable {
    /// A source failed; the run goes on.
    public var failed: @Sendable (SourceFailure) -> Void
    /// Something the user should know that is not a source's failure (a manifest that could not
    /// be read and was ignored).
    public var noted: @Sendable (String) -> Void
    /// `done` sources are finished, of `total` when it is known beforehand (`ingest extract`);
    /// a run streams its input and does not know the total until the end (`nil`).
    public var progressed: @Sendable (_ done: Int, _ total: Int?) -> Void

    /// Creates an observer.
    public init(failed: @escaping @Sendable (SourceFailure) -> Void = { _ in },
                noted: @escaping @Sendable (String) -> Void = { _ in },
                progressed: @escaping @Sendable (_ done: Int, _ total: Int?) -> Void = { _, _ in }) {
        self.failed = failed
        self.noted = noted
        self.progressed = progressed
    }

    /// An observer that ignores everything.
    public static let silent = RunObserver()
}
