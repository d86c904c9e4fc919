import ArgumentParser
import IngestKit

/// The exit statuses of `ingest`, as documented in `--help` and the README.
enum ExitStatus {
    /// Every source became a document (or was up to date).
    static let success = ExitCode.success
    /// One or more sources failed; each is on standard error and in `report.json`.
    static let documentsFailed = ExitCode(1)
    /// The arguments cannot be used (an unknown option, an input that does not exist or is not
    /// a folder for `run`, a file named to `extract` that does not exist); nothing was read or
    /// written. ArgumentParser's own validation failures use the same value.
    static let unusableArguments = ExitCode.validationFailure
    /// `ingest verify` found problems in the dataset folder (each printed on a line). 65 is
    /// `EX_DATAERR` of sysexits.
    static let outputDamaged = ExitCode(65)
    /// `ingest merge` refused the shards' parts (a shard missing, incomplete or changed since it
    /// completed, a part of another shard count or pipeline version); nothing was written. 66 is
    /// `EX_NOINPUT` of sysexits: the input of the merge is not all there.
    static let shardsUnmergeable = ExitCode(66)
    /// The output could not be written (a folder not created, a file not renamed into place);
    /// the previous dataset is left intact.
    static let outputNotWritable = ExitCode(73)
    /// The run was interrupted (SIGINT or SIGTERM) and stopped cleanly; the previous dataset
    /// is left in force. 128 + SIGINT, as a shell reports a process killed by Ctrl-C.
    static let interrupted = ExitCode(130)

    /// The status a run that stopped with `error` ends with.
    static func of(_ error: RunError) -> ExitCode {
        switch error.kind {
        case .input: unusableArguments
        case .output, .busy: outputNotWritable
        }
    }

    /// The table shown at the end of `--help`.
    static let help = """
        EXIT STATUS:
          0    all well
          1    one or more documents failed (see standard error and Output/report.json)
          64   unusable arguments (an unknown option, --jobs 0, a missing input)
          65   ingest verify found problems in the dataset folder
          66   ingest merge refused the shards' parts (missing, incomplete, another N)
          73   output not writable; the previous dataset is left intact
          130  interrupted (Ctrl-C, SIGTERM); the previous dataset is left intact
        """
}
