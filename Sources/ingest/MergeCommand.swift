import ArgumentParser
import IngestKit
import Logging

/// `ingest merge`: the parts of a split run joined into the dataset a single run writes.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the parts the shards wrote (OUTPUT/shards/I-of-N/) into OUTPUT's dataset.",
        discussion: """
        Builds OUTPUT/dataset.jsonl and OUTPUT/manifest.json, the same bytes as one run over \
        the whole input, and OUTPUT/documents/ (hard links to the parts' documents, or copies \
        where the file system has no hard links), streaming, one line per shard in memory. \
        Refuses, one line per problem and exit status \(ExitStatus.shardsUnmergeable.rawValue), \
        writing nothing, when a shard is missing, incomplete (running, stopped or failed: no \
        shard-complete.json) or changed since it completed, when a part is of another shard \
        count, or when the parts were made by different pipeline versions. Run it again after \
        running a shard again: it writes only what changed.

        EXAMPLES:
          ingest merge --output /shared/out
          ingest merge --output /shared/out --shard-count 4
        """
    )

    @Option(name: .long, help: ArgumentHelp("The dataset folder the shards wrote their parts in.", valueName: "dir"))
    var output = "Output"

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("The shard count N to expect (default: the count the parts' folders name).", valueName: "n"))
    var shardCount: Int?

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard (shardCount ?? 1) >= 1 else { throw ValidationError("--shard-count must be at least 1") }
    }

    func run() throws {
        let logger = logging.logger("ingest merge", display: ProgressDisplay(label: "ingest merge", showsProgress: false))
        let outcome: ShardMerge.Outcome
        do {
            outcome = try ShardMerge.run(output: output, shardCount: shardCount)
        } catch {
            logger.error("\(error.description)")
            throw ExitStatus.of(error)
        }
        switch outcome {
        case .merged(let summary):
            if !logging.quiet { Terminal.output(Array((summary.line + "\n").utf8)) }
        case .refused(let problems):
            for problem in problems { logger.error("\(problem)") }
            throw ExitStatus.shardsUnmergeable
        }
    }
}
