import ArgumentParser

/// The `ingest` command: `run` (the default) builds the dataset, `extract` runs the stages on
/// single files.
@main
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Turn health articles (plain text or HTML) into a normalized JSON dataset.",
        discussion: """
        Without a subcommand, `ingest` runs `ingest run`: it processes Input/ into Output/, \
        incrementally.

        EXAMPLES:
          ingest                                   Input/ -> Output/, only what changed
          ingest --full --jobs 2                   rebuild everything on two cores
          ingest --input /data/articles --output /data/dataset
          ingest extract Input/000_x.txt           print one document as JSON
          ingest extract page.html --format text   print the cleaned article text
          ingest extract pages/ --output out/      out/<stem>.json for every page

        \(ExitStatus.help)
        """,
        subcommands: [RunCommand.self, ExtractCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
