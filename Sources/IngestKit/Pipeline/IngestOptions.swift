import Foundation

/// What an `ingest` run reads, where it writes, and how.
public struct IngestOptions: Sendable, Equatable {
    /// Files larger than this are refused by default (`SourceCatalog.defaultMaxBytes`).
    public static let defaultMaxBytes = FolderCatalog.defaultMaxBytes

    /// As many workers as the machine has active cores.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The folder of source articles.
    public var input: String
    /// The dataset folder.
    public var output: String
    /// How many sources are processed at once.
    public var jobs: Int
    /// Ignore the manifest and process every source again.
    public var full: Bool
    /// Sources larger than this many bytes fail with `too-large`.
    public var maxBytes: Int
    /// The shard of a split run: only its sources are processed, into its part of the output
    /// folder (`OutputLayout.part(of:)`), which gets a completion marker last; `nil` for a run
    /// of the whole input into the output folder itself.
    public var shard: Shard?
    /// How the pages of `.urls` lists are fetched.
    public var fetch = FetchPolicy()
    /// How many changed sources a run holds at most to process them incrementally (see
    /// `IncrementalRun`); a run where more changed streams. Tests lower it.
    var incrementalLimit = 4096

    /// Creates options; the defaults are those of `ingest` without arguments.
    public init(input: String = "Input", output: String = "Output", jobs: Int = IngestOptions.defaultJobs,
                full: Bool = false, maxBytes: Int = IngestOptions.defaultMaxBytes, shard: Shard? = nil) {
        self.input = input
        self.output = output
        self.jobs = jobs
        self.full = full
        self.maxBytes = maxBytes
        self.shard = shard
    }

    /// The folder the run writes: the output folder, or a shard's part of it.
    var layout: OutputLayout {
        let whole = OutputLayout(folder: output)
        return shard.map(whole.part(of:)) ?? whole
    }
}
