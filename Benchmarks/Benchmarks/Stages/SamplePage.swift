import Foundation
import IngestKit

/// A page the stage benchmarks run on, read from disk when the benchmarks start: the seeds in
/// `Input/` and a few real pages of `../shared/corpus/health/input/` (see its `SOURCE.md`),
/// found relative to this package, never copied into it.
struct SamplePage: Sendable {
    /// A short name for the benchmark's title (`seed-000`, `webmd.html`).
    var name: String
    /// The source as the pipeline reads it.
    var source: Source

    /// The repository's root: two folders above this package's `Benchmarks/Stages/`.
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared folder: `$SHARED` when set (a git worktree has no `../shared` beside it),
    /// else `../shared` beside the repository.
    private static var shared: URL {
        if let path = ProcessInfo.processInfo.environment["SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return repository.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The pages, by short name and path; a page whose file is missing is left out with a note
    /// on standard error, so the seeds alone still run.
    static let all: [SamplePage] = {
        let files: [(String, URL)] = [
            ("seed-000.txt", repository.appendingPathComponent("Input/000_70bcdc7c8c775927.txt")),
            ("seed-004.txt", repository.appendingPathComponent("Input/004_58d77d49344897f9.txt")),
            ("asthma.txt", shared.appendingPathComponent("corpus/health/input/en_asthma_docus.txt")),
            ("webmd.html", shared.appendingPathComponent("corpus/health/input/en_peanutallergy_webmd.html")),
            ("krebs-latin1.html", shared.appendingPathComponent("corpus/health/input/de_krebs_nachrichten.html")),
        ]
        return files.compactMap { name, url in
            guard let data = FileManager.default.contents(atPath: url.path) else {
                FileHandle.standardError.write(Data("stage benchmarks: \(url.path) not found, left out\n".utf8))
                return nil
            }
            let format: SourceFormat = url.pathExtension == "html" ? .html : .text
            let source = Source(relativePath: url.lastPathComponent, displayPath: "Input/" + url.lastPathComponent,
                                format: format, bytes: Array(data))
            return SamplePage(name: name, source: source)
        }
    }()
}
