/// The running tally of a run: counts, times, and the manifest entry of every source that went
/// through the pipeline. The writing queues record into it, one outcome at a time.
struct RunLedger: Sendable {
    var entries: [Manifest.Entry] = []
    var failures: [IngestError] = []
    var new = 0
    var changed = 0
    var unchanged = 0
    var processed = 0
    var done = 0
    var wroteDocuments = false
    var times = StageTimes()
    /// The first write that failed: it ends the run.
    var fatal: IngestError?

    /// Counts one outcome and records its manifest entry; `write` is what writing its document
    /// did, for an outcome that is a document.
    /// - Returns: the source's failure to report, if it failed.
    mutating func record(_ outcome: SourceOutcome, write: DocumentWrite?, writeSeconds: Double,
                         for entry: CrawlEntry, previous: Manifest) -> IngestError? {
        done += 1
        times.write += writeSeconds
        let version = ArticleProcessor.pipelineVersion
        switch outcome {
        case .failed(let error, let sha256, let bytes, let readSeconds, let processSeconds):
            times.read += readSeconds
            times.process += processSeconds
            failures.append(error)
            entries.append(Manifest.Entry(
                path: entry.displayPath, id: DocumentID.make(relativePath: entry.relativePath), sha256: sha256,
                bytes: bytes, modified: entry.modified, status: .failed, reason: error.reason, pipelineVersion: version))
            return error
        case .unchanged(let sha256, let bytes, let readSeconds):
            times.read += readSeconds
            unchanged += 1
            entries.append(Manifest.Entry(
                path: entry.displayPath, id: DocumentID.make(relativePath: entry.relativePath), sha256: sha256,
                bytes: bytes, modified: entry.modified, status: .ok, pipelineVersion: version))
            return nil
        case .document(let id, _, let sha256, let bytes, let readSeconds, let processSeconds):
            times.read += readSeconds
            times.process += processSeconds
            processed += 1
            switch write {
            case .failed(let error):
                fatal = fatal ?? error
                return nil
            case .identical, nil:
                unchanged += 1
            case .written:
                wroteDocuments = true
                if previous.entries[entry.displayPath]?.status == .ok { changed += 1 } else { new += 1 }
            }
            entries.append(Manifest.Entry(
                path: entry.displayPath, id: id, sha256: sha256, bytes: bytes, modified: entry.modified,
                status: .ok, pipelineVersion: version))
            return nil
        }
    }
}
