// The libFuzzer entry point for the per-article stages: Decode -> Parse -> Clean -> Extract and
// the JSON encoding, on arbitrary bytes. Built by Fuzz/build together with IngestKit's sources
// (one module, so nothing has to be public for the fuzzer), never by `swift build`.

/// Runs one input. The first byte picks the format (even: plain text, odd: HTML), the rest is
/// the source's bytes. A source that fails as an article is a normal outcome; only a crash, a
/// hang or a sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let format: SourceFormat = data[0] & 1 == 0 ? .text : .html
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let source = Source(relativePath: "fuzz/input", displayPath: "Fuzz/input", format: format, bytes: bytes)
    if let document = try? ArticleProcessor.process(source) {
        _ = JSONCompactor.compact(document.prettyJSON)
    }
    return 0
}
