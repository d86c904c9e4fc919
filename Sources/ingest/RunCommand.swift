import ArgumentParser
import Foundation
import IngestHTTP
import IngestKit
import Logging

/// `ingest run`: the input folder into the dataset, incrementally.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process the input folder into the dataset, only what changed since the last run.",
        discussion: """
        Writes OUTPUT/documents/<id>.json, OUTPUT/dataset.jsonl, OUTPUT/manifest.json and \
        OUTPUT/report.json. A source whose bytes are those of the last run keeps its document \
        untouched; a source gone from the input has its document removed. A source that fails \
        gets one line `ingest: error: path: reason` on standard error and the run goes on. The \
        last line on standard output sums the run up (not under --quiet).

        A shard (--shard I/N, or SLURM_ARRAY_TASK_ID of SLURM_ARRAY_TASK_COUNT in a Slurm \
        array, or JOB_COMPLETION_INDEX of --shard-count in a Kubernetes Indexed Job) processes \
        the sources whose id falls in shard I of N (I from 0) into OUTPUT/shards/I-of-N/, and \
        writes its completion marker shard-complete.json last; `ingest merge` joins the parts. \
        --shard wins over the environment.

        A file NAME.urls under the input lists pages to fetch over HTTP, one URL per line (# \
        starts a comment). They are asked for again on every run, conditionally (ETag, \
        Last-Modified): a page not modified is not processed; a page gone (404, 410) loses its \
        document; a page that cannot be fetched keeps its last document and is reported. \
        Fetched pages are kept compressed in OUTPUT/.fetch-cache, so --full rebuilds them \
        without downloading them again. robots.txt is honoured (token `ingest`).

        EXAMPLES:
          ingest run
          ingest run --input Input --output Output --jobs 4
          ingest run --full                  rebuild everything, ignoring the manifest
          ingest run --per-host-delay-ms 1000 --per-host-connections 1   gentler on each web site
          ingest run --refetch               download every listed page again
          ingest run --log-level info        also tell what the run did and how long each stage took
          ingest run --shard 2/4             shard 2 of 4 (0..3), into Output/shards/
        """
    )

    @Option(name: .long, help: ArgumentHelp("The folder of source articles.", valueName: "dir"))
    var input = "Input"

    @Option(name: .long, help: ArgumentHelp("The dataset folder.", valueName: "dir"))
    var output = "Output"

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Sources processed at once (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Ignore the manifest and process every source again.")
    var full = false

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Sources larger than this many bytes fail as too large (default: 64 MiB).",
                               valueName: "n"))
    var maxBytes: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Process shard I (from 0) of N only, into OUTPUT/shards/I-of-N/ (default: from SLURM_ARRAY_TASK_ID).",
        valueName: "I/N"))
    var shard: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "The shard count N, with JOB_COMPLETION_INDEX (Kubernetes) or over SLURM_ARRAY_TASK_COUNT.", valueName: "n"))
    var shardCount: Int?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Requests in flight to one web host at most (default: 2).", valueName: "n"))
    var perHostConnections: Int?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Milliseconds at least between two requests to one web host (default: 250).",
                               valueName: "ms"))
    var perHostDelayMs: Int?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Seconds to wait for a web page's answer, and for each part of its body (default: 30; connecting: at most 10).",
        valueName: "s"))
    var fetchTimeoutS: Int?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Attempts after the first for a web page that timed out or got a 5xx (default: 2).",
                               valueName: "n"))
    var fetchRetries: Int?

    @Flag(name: .long, help: "Download every listed page again: ignore the cached pages and their validators.")
    var refetch = false

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (maxBytes ?? 1) >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
        guard (perHostConnections ?? 1) >= 1 else { throw ValidationError("--per-host-connections must be at least 1") }
        guard (perHostDelayMs ?? 0) >= 0 else { throw ValidationError("--per-host-delay-ms must not be negative") }
        guard (fetchTimeoutS ?? 1) >= 1 else { throw ValidationError("--fetch-timeout-s must be at least 1") }
        guard (fetchRetries ?? 0) >= 0 else { throw ValidationError("--fetch-retries must not be negative") }
    }

    /// How the pages of `.urls` lists are fetched: the defaults, with what the options change.
    var fetchPolicy: FetchPolicy {
        var policy = FetchPolicy()
        if let perHostConnections { policy.perHostConnections = perHostConnections }
        if let perHostDelayMs { policy.perHostDelay = .milliseconds(perHostDelayMs) }
        if let fetchTimeoutS {
            policy.readTimeout = .seconds(fetchTimeoutS)
            policy.connectTimeout = min(policy.connectTimeout, .seconds(fetchTimeoutS))
        }
        if let fetchRetries { policy.retries = fetchRetries }
        policy.refetch = refetch
        return policy
    }

    func run() throws {
        AllocatorTuning.apply()
        let display = ProgressDisplay(label: "ingest", showsProgress: !logging.quiet)
        let logger = logging.logger("ingest", display: display)
        let chosenShard: Shard?
        do {
            chosenShard = try Shard.chosen(flag: shard, count: shardCount, environment: ProcessInfo.processInfo.environment)
        } catch {
            logger.error("\(error.description)")
            throw ExitStatus.unusableArguments
        }
        var options = IngestOptions(input: input, output: output, jobs: jobs ?? IngestOptions.defaultJobs, full: full,
                                    maxBytes: maxBytes ?? IngestOptions.defaultMaxBytes, shard: chosenShard)
        options.fetch = fetchPolicy
        let fetcher = HTTPPageFetcher(policy: options.fetch)
        let cancellation = RunCancellation()
        let interrupts = InterruptHandler(cancellation: cancellation, logger: logger)
        defer { withExtendedLifetime(interrupts) {} }
        let part = chosenShard.map { ", shard \($0)" } ?? ""
        logger.info("\(input) into \(output)\(part), \(options.jobs) jobs\(full ? ", every source again (--full)" : "")")
        let report: RunReport
        do {
            report = try Ingestion.run(options, observer: display.observer(logging: logger), cancellation: cancellation,
                                       pageFetcher: fetcher)
        } catch {
            display.clear()
            logger.error("\(error.description)")
            throw ExitStatus.of(error)
        }
        display.clear()
        let times = report.times
        logger.info("""
            \(report.processed) processed; seconds: crawl \(seconds(times.crawl)), read \(seconds(times.read)), \
            process \(seconds(times.process)), write \(seconds(times.write)), finish \(seconds(times.finish))
            """)
        if !logging.quiet { Terminal.output(Array((report.summary + "\n").utf8)) }
        if report.interrupted {
            logger.warning("interrupted; dataset.jsonl and manifest.json are those of the last complete run")
            throw ExitStatus.interrupted
        }
        if report.failed > 0 { throw ExitStatus.documentsFailed }
    }

    /// `seconds` with two decimals.
    private func seconds(_ seconds: Double) -> String {
        String(format: "%.2f", seconds)
    }
}
