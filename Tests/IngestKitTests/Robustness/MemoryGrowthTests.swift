import Foundation
import Testing
@testable import IngestKit

/// Processing documents one after the other keeps memory flat: every libxml2 document and
/// every buffer of a source is freed when its article is done. Measured as the resident set
/// size of this process, so the test runs only on its own (other tests running beside it would
/// move the figure): `INGEST_SLOW_TESTS=1 swift test --filter MemoryGrowthTests`.
@Suite(.enabled(if: slowTestsEnabled), .serialized)
struct MemoryGrowthTests {
    /// The resident set size in bytes, from `/proc/self/statm`.
    private func residentBytes() throws -> Int {
        let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
        let fields = statm.split(separator: " ")
        let pages = try #require(fields.count > 1 ? Int(fields[1]) : nil)
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    private static let page = """
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kopfschmerzen – Ursachen</title></head>
        <body><nav><ul><li><a href="/">Start</a></li><li><a href="/praxis">Praxis</a></li></ul></nav>
        <main><article><h1>Kopfschmerzen</h1><p>Kopfschmerzen haben viele Ursachen, von Stress bis Schlafmangel.</p>
        <h2>Ursachen</h2><ul><li>Stress: zu viel Arbeit</li><li>Schlafmangel</li><li>Zu wenig Wasser</li></ul>
        <h2>Behandlung</h2><p>Ruhe, Wasser und frische Luft helfen oft.</p><table><tr><td>Zelle</td></tr></table>
        </article></main><footer><p>Impressum · Datenschutz</p></footer></body></html>
        """

    /// Processes `source` 1,000 times to warm up, then 10,000 times, and returns the growth of
    /// the resident set over those 10,000.
    private func growth(over source: Source) throws -> Int {
        for _ in 0..<1_000 { _ = try? ArticleProcessor.process(source) }
        let before = try residentBytes()
        for _ in 0..<10_000 { _ = try? ArticleProcessor.process(source) }
        let after = try residentBytes()
        print("memory over 10,000 \(source.format) documents: \(before / 1024) KiB before, \(after / 1024) KiB after")
        return after - before
    }

    @Test func tenThousandHTMLPagesDoNotGrowMemory() throws {
        let source = Source(relativePath: "page.html", displayPath: "Input/page.html", format: .html,
                            bytes: Array(Self.page.utf8))
        #expect(try growth(over: source) < 4 << 20)
    }

    @Test func tenThousandTextArticlesDoNotGrowMemory() throws {
        let source = Source(relativePath: "good.txt", displayPath: "Input/good.txt", format: .text,
                            bytes: Array(String(repeating: BadInputRun.goodArticle, count: 10).utf8))
        #expect(try growth(over: source) < 4 << 20)
    }
}
