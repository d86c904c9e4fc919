@testable import IngestKit
import Logging
import Testing
@testable import ingest

@Suite struct LineLogHandlerTests {
    /// The lines a logger at `level` writes for `body`.
    private func lines(at level: Logger.Level, _ body: (Logger) -> Void) -> [String] {
        let written = Locked([String]())
        let logger = Logger(label: "ingest") { _ in
            LineLogHandler(label: "ingest", level: level, write: { line in written.withLock { $0.append(line) } })
        }
        body(logger)
        return written.value
    }

    @Test func eachEventIsOneLineWithItsLevel() {
        let written = lines(at: .warning) { logger in
            logger.error("Input/a.txt: the file is empty")
            logger.warning("manifest.json: not a manifest")
            logger.info("not shown at warning")
            logger.debug("not shown either")
        }
        #expect(written == ["ingest: error: Input/a.txt: the file is empty", "ingest: warning: manifest.json: not a manifest"])
    }

    /// A file name with a newline cannot forge a second line.
    @Test func controlCharactersAreEscaped() {
        let written = lines(at: .info) { logger in logger.error("Input/a\nforged: x.txt\t\u{7}: the file is empty") }
        #expect(written == ["ingest: error: Input/a\\nforged: x.txt\\t\\u{7}: the file is empty"])
    }

    @Test func quietLeavesOnlyErrors() throws {
        let options = try LoggingOptions.parse(["--quiet", "--log-level", "debug"])
        #expect(options.level == .error)
        #expect(try LoggingOptions.parse([]).level == .warning)
    }
}
