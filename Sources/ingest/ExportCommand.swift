import ArgumentParser
import IngestKit
import Logging

/// `ingest export`: a dataset folder's documents in another vocabulary (schema.org JSON-LD).
struct ExportCommand: ParsableCommand {
    /// The formats `export` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// schema.org JSON-LD (`Document.jsonLD`).
        case jsonld
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a dataset's documents as schema.org JSON-LD.",
        discussion: """
        Reads the dataset folder's dataset.jsonl (Output/ unless named) and writes each \
        document as a schema.org MedicalWebPage about a MedicalCondition (the mapping is in \
        docs/LOADING.md): with --output DIR, DIR/<id>.jsonld for every document; otherwise \
        one document per line on standard output (JSON Lines), with the body as plain text in \
        `text`. A line of dataset.jsonl that is not a document is named on standard error and \
        the export goes on; the exit status is then 1.

        EXAMPLES:
          ingest export --format jsonld > dataset.jsonld.jsonl
          ingest export --format jsonld --output jsonld/ /data/dataset
        """
    )

    @Option(name: .long, help: "jsonld (schema.org).")
    var format: Format

    @Option(name: .long, help: ArgumentHelp("Write DIR/<id>.jsonld for every document.", valueName: "dir"))
    var output: String?

    @Argument(help: ArgumentHelp("The dataset folder.", valueName: "dataset-folder"))
    var dataset = "Output"

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let logger = logging.logger("ingest export", display: ProgressDisplay(label: "ingest export", showsProgress: false))
        let summary: JSONLDExport.Summary
        do {
            summary = try JSONLDExport.run(dataset: dataset, output: output, stream: Terminal.output) { failure in
                logger.error("\(failure.description)")
            }
        } catch {
            logger.error("\(error.description)")
            throw ExitStatus.of(error)
        }
        if let output, !logging.quiet {
            Terminal.error("ingest export: \(summary.written) documents written to \(output), \(summary.failures.count) failed\n")
        }
        if !summary.failures.isEmpty { throw ExitStatus.documentsFailed }
    }
}
