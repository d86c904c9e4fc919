import ArgumentParser
import IngestKit

/// The `ingest` command: `run` (the default) builds the dataset, `extract` runs the stages on
/// single files, `verify` checks a dataset folder.
@main
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Turn health articles (plain text or HTML) into a normalized JSON dataset.",
        usage: usage,
        discussion: """
        Without a subcommand, `ingest` is `ingest run`: it processes the input folder (Input/) \
        into the dataset folder (Output/), only what changed since the last run.

        \(runOptions)
        EXAMPLES:
          ingest                                   Input/ -> Output/, only what changed
          ingest --full --jobs 2                   rebuild everything on two cores
          ingest --input /data/articles --output /data/dataset
          ingest --per-host-delay-ms 1000          fetch .urls pages 1 s apart per host
          ingest extract Input/000_x.txt           print one document as JSON
          ingest extract page.html --format text   print the cleaned article text
          curl -s URL | ingest extract -           the same for a page read from a pipe
          ingest extract pages/ --output out/      out/<path>.json, as in pages/
          ingest verify                            check Output/ without changing it
          ingest export --format jsonld            Output/ as schema.org JSON-LD, a line each
          ingest --shard 0/4 --output /shared/out  shard 0 of 4, one per machine
          ingest merge --output /shared/out        join the shards' parts

        \(ExitStatus.help)
        """,
        version: ArticleProcessor.pipelineVersion,
        subcommands: [RunCommand.self, ExtractCommand.self, VerifyCommand.self, ExportCommand.self, MergeCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// The width the run's options are laid out in, ArgumentParser's default.
    private static let helpColumns = 80

    /// The ways to call `ingest`, from the subcommands' own usage lines.
    private static var usage: String {
        """
        ingest [\(RunCommand.usageString())]
        ingest \(ExtractCommand.usageString())
        ingest \(VerifyCommand.usageString())
        ingest \(ExportCommand.usageString())
        ingest \(MergeCommand.usageString())
        """
    }

    /// The options of `ingest run`, which `ingest` alone takes as well, as `ingest run --help`
    /// lists them. ArgumentParser's help of a command shows only the name of its default
    /// subcommand, and options declared on this command too would take the same options from
    /// `extract` (`--output`, `--jobs`), so they are shown here.
    private static var runOptions: String {
        let help = RunCommand.helpMessage(columns: helpColumns)
        guard let start = help.range(of: "OPTIONS:\n") else { return "" }
        let lines = help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("--help") }
        return "OPTIONS OF `ingest run` (AND OF `ingest` ALONE):\n" + lines.joined(separator: "\n")
    }
}
