import ArgumentParser
import Foundation
import IngestKit

/// `ingest verify`: checks a dataset folder without changing it.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that a dataset folder's dataset.jsonl, manifest.json and documents agree, changing nothing.",
        discussion: """
        Prints one line per problem (a line of dataset.jsonl that is not its document, out of \
        order, or of another size than the manifest says; a document missing or without a \
        source; a commit not completed; a run that did not finish), then how many there were. \
        Exits 0 when there is none, \(ExitStatus.outputDamaged.rawValue) otherwise. The next \
        `ingest` run repairs what it finds changed since it committed.

        EXAMPLES:
          ingest verify
          ingest verify --output /data/dataset
        """
    )

    @Option(name: .long, help: ArgumentHelp("The dataset folder.", valueName: "dir"))
    var output = "Output"

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue else {
            Terminal.error("ingest verify: \(output): not a folder\n")
            throw ExitStatus.unusableArguments
        }
        let problems = OutputVerification.problems(in: output)
        let lines = problems.map { $0 + "\n" }.joined() + "\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(output)\n"
        Terminal.output(Array(lines.utf8))
        if !problems.isEmpty { throw ExitStatus.outputDamaged }
    }
}
