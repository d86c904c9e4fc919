import ArgumentParser
import Foundation
import IngestKit
import Logging

extension Extraction.Format: ExpressibleByArgument {}
extension SourceFormat: ExpressibleByArgument {}

/// `ingest extract`: the stages on files, folders or standard input, without a dataset.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Run the stages on files or folders, without touching a dataset.",
        discussion: """
        With one file (or -, standard input) and no --output, prints its document (or text) on \
        standard output. With --output DIR, writes DIR/<file stem>.json (or .txt) for every \
        file named, and for every folder named the same tree below DIR as below the folder, \
        using all cores. --format text is the cleaned article body: every heading, paragraph \
        and list item on a line of its own, without the title. Files named are read by their \
        extension unless --input-format says otherwise; standard input is HTML when it starts \
        with `<`, plain text otherwise, unless --input-format says. Messages name files as \
        typed.

        EXAMPLES:
          ingest extract Input/000_x.txt
          ingest extract page.html --format text
          ingest extract page.php --input-format html
          curl -s https://example.org/ | ingest extract - --format text
          ingest extract pages/ more/page.html --output extracted/ --format text
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to extract, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: "json (the document) or text (the cleaned body).")
    var format = Extraction.Format.json

    @Option(name: .long, help: ArgumentHelp("Read the files named (and standard input) as html or text, "
                                            + "whatever their extension.", valueName: "format"))
    var inputFormat: SourceFormat?

    @Option(name: .long, help: ArgumentHelp("Write DIR/<file stem>.json or .txt for every input.", valueName: "dir"))
    var output: String?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Files processed at once (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, parsing: .unconditional,
            help: ArgumentHelp("Files larger than this many bytes fail as too large (default: 64 MiB).", valueName: "n"))
    var maxBytes: Int?

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file or folder") }
        if paths.contains(Extraction.standardInput) {
            guard paths.count == 1, output == nil else {
                throw ValidationError("- (standard input) is read alone and printed, without --output")
            }
        }
        if output == nil {
            guard paths.count == 1 else { throw ValidationError("several inputs need --output DIR") }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder), isFolder.boolValue {
                throw ValidationError("a folder needs --output DIR")
            }
        }
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (maxBytes ?? 1) >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
    }

    func run() throws {
        AllocatorTuning.apply()
        let display = ProgressDisplay(label: "ingest extract", showsProgress: !logging.quiet)
        let logger = logging.logger("ingest extract", display: display)
        do {
            try Extraction.checkInputs(paths, inputFormat: inputFormat)
        } catch {
            logger.error("\(error.description)")
            throw ExitStatus.unusableArguments
        }
        guard let output else {
            try printOne(logger: logger)
            return
        }
        let summary: Extraction.Summary
        do {
            summary = try Extraction.run(paths: paths, format: format, inputFormat: inputFormat, output: output,
                                         jobs: jobs ?? IngestOptions.defaultJobs,
                                         maxBytes: maxBytes ?? IngestOptions.defaultMaxBytes,
                                         observer: display.observer(logging: logger))
        } catch {
            display.clear()
            logger.error("\(error.description)")
            throw ExitStatus.of(error)
        }
        display.clear()
        if !logging.quiet { Terminal.output(Array("\(summary.written) written, \(summary.failures.count) failed\n".utf8)) }
        if !summary.failures.isEmpty { throw ExitStatus.documentsFailed }
    }

    /// One file, or standard input, printed on standard output.
    private func printOne(logger: Logger) throws {
        do {
            let limit = maxBytes ?? IngestOptions.defaultMaxBytes
            Terminal.output(try Extraction.extract(file: paths[0], format: format, inputFormat: inputFormat, maxBytes: limit))
        } catch {
            logger.error("\(error.description)")
            throw ExitStatus.documentsFailed
        }
    }
}
