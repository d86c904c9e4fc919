import ArgumentParser
import IngestKit
import Logging

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// The options that say how much a command tells on standard error: `--log-level` and
/// `--quiet`. By default (`warning`) it tells each failed source and anything else that went
/// wrong, which is what a run from cron should mail; `info` adds what the run did, `debug` each
/// source as it is done.
struct LoggingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("How much to tell on standard error, one line per event.", valueName: "level"))
    var logLevel: Logger.Level = .warning

    @Flag(name: .long, help: "Tell only errors (failed sources, a run that cannot go on): no progress line, no summary.")
    var quiet = false

    /// The level in force: `error` under `--quiet`.
    var level: Logger.Level { quiet ? .error : logLevel }

    /// A logger for the command `label` whose lines go through `display`.
    func logger(_ label: String, display: ProgressDisplay) -> Logger {
        let level = level
        return Logger(label: label) { _ in LineLogHandler(label: label, level: level, write: display.line) }
    }
}
