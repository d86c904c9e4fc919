import ArgumentParser
import IngestKit

/// `ingest run`: the input folder into the dataset, incrementally.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process the input folder into the dataset, only what changed since the last run.",
        discussion: """
        Writes OUTPUT/documents/<id>.json, OUTPUT/dataset.jsonl, OUTPUT/manifest.json and \
        OUTPUT/report.json. A source whose bytes are those of the last run keeps its document \
        untouched; a source gone from the input has its document removed. A source that fails \
        gets one line `path: reason` on standard error and the run goes on. The last line on \
        standard output sums the run up.

        EXAMPLES:
          ingest run
          ingest run --input Input --output Output --jobs 4
          ingest run --full                  rebuild everything, ignoring the manifest
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

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (maxBytes ?? 1) >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
    }

    func run() throws {
        AllocatorTuning.apply()
        let options = IngestOptions(input: input, output: output, jobs: jobs ?? IngestOptions.defaultJobs, full: full,
                                    maxBytes: maxBytes ?? IngestOptions.defaultMaxBytes)
        let display = ProgressDisplay(label: "ingest")
        let cancellation = RunCancellation()
        let interrupts = InterruptHandler(cancellation: cancellation, display: display)
        defer { withExtendedLifetime(interrupts) {} }
        let report: RunReport
        do {
            report = try Ingestion.run(options, observer: display.observer, cancellation: cancellation)
        } catch {
            display.clear()
            Terminal.error("ingest: \(error.description)\n")
            throw ExitStatus.of(error)
        }
        display.clear()
        Terminal.output(Array((report.summary + "\n").utf8))
        if report.interrupted {
            Terminal.error("ingest: interrupted; dataset.jsonl and manifest.json are those of the last complete run\n")
            throw ExitStatus.interrupted
        }
        if report.failed > 0 { throw ExitStatus.documentsFailed }
    }
}
