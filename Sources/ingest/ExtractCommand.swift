import ArgumentParser
import Foundation
import IngestKit

extension Extraction.Format: ExpressibleByArgument {}

/// `ingest extract`: the stages on files or folders, without a dataset.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Run the stages on files or folders, without touching a dataset.",
        discussion: """
        With one file and no --output, prints its document (or text) on standard output. With \
        --output DIR, writes DIR/<file stem>.json (or .txt) for every file named or found in \
        the folders named, using all cores. --format text is the cleaned article body: every \
        heading, paragraph and list item on a line of its own, without the title.

        EXAMPLES:
          ingest extract Input/000_x.txt
          ingest extract page.html --format text
          ingest extract pages/ more/page.html --output extracted/ --format text
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to extract.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: "json (the document) or text (the cleaned body).")
    var format = Extraction.Format.json

    @Option(name: .long, help: ArgumentHelp("Write DIR/<file stem>.json or .txt for every input.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Files processed at once (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Files larger than this many bytes fail as too large (default: 64 MiB).",
                                            valueName: "n"))
    var maxBytes: Int?

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file or folder") }
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
        guard let output else {
            try printOne()
            return
        }
        let display = ProgressDisplay(label: "ingest extract")
        let summary: Extraction.Summary
        do {
            summary = try Extraction.run(paths: paths, format: format, output: output,
                                         jobs: jobs ?? IngestOptions.defaultJobs, maxBytes: maxBytes ?? IngestOptions.defaultMaxBytes, observer: display.observer)
        } catch {
            display.clear()
            Terminal.error("ingest extract: \(error.description)\n")
            throw ExitStatus.outputNotWritable
        }
        display.clear()
        Terminal.output(Array("\(summary.written) written, \(summary.failures.count) failed\n".utf8))
        if !summary.failures.isEmpty { throw ExitStatus.documentsFailed }
    }

    /// One file, printed on standard output.
    private func printOne() throws {
        do {
            let limit = maxBytes ?? IngestOptions.defaultMaxBytes
            Terminal.output(try Extraction.extract(file: paths[0], format: format, maxBytes: limit))
        } catch {
            Terminal.error(error.description + "\n")
            throw ExitStatus.documentsFailed
        }
    }
}
