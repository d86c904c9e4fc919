import Benchmark
import IngestKit

/// One benchmark per stage and sample page, each fed the previous stage's output computed
/// before the measurement: `Decode <page>` (bytes to text), `Parse <page>` (text to blocks,
/// libxml2 for HTML), `Clean <page>` (boilerplate removal) and `Extract <page>` (language and
/// items), measuring wall clock and malloc calls per iteration.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal],
        warmupIterations: 3,
        maxDuration: .seconds(2),
        maxIterations: 500)

    for page in SamplePage.all {
        let source = page.source
        guard let decoded = try? TextDecoder.decode(source.bytes, format: source.format) else { continue }
        let parsed = source.format == .html ? HTMLParser.parse(utf8: decoded.utf8) : PlainTextParser.parse(decoded.text)
        let cleaned = ArticleCleaner.clean(parsed, format: source.format)

        Benchmark("Decode \(page.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? TextDecoder.decode(source.bytes, format: source.format))
            }
        }
        Benchmark("Parse \(page.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(source.format == .html ? HTMLParser.parse(utf8: decoded.utf8) : PlainTextParser.parse(decoded.text))
            }
        }
        Benchmark("Clean \(page.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(ArticleCleaner.clean(parsed, format: source.format))
            }
        }
        Benchmark("Extract \(page.name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(ItemExtractor.extract(cleaned, language: LanguageDetector.detect(cleaned)))
            }
        }
    }
}
