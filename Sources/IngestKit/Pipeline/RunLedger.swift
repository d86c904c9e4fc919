/// The running tally of a run, kept by the serial writing queue: it writes each document,
/// counts it, and records its manifest entry.
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

    /// Writes what needs writing for one outcome and counts it.
    /// - Returns: the failure to report, if the source failed or its document could not be written.
    mutating func record(_ outcome: SourceOutcome, for entry: CrawlEntry, previous: Manifest, layout: OutputLayout) -> IngestError? {
        done += 1
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
        case .document(let id, let json, let sha256, let bytes, let readSeconds, let processSeconds):
            times.read += readSeconds
            times.process += processSeconds
            processed += 1
            let writeStart = ContinuousClock.now
            let path = layout.document(id: id)
            if (try? FileSystem.readFile(at: path)) == json {
                unchanged += 1
            } else {
                do {
                    try atomicWrite(json, to: path)
                } catch {
                    fatal = fatal ?? error
                    return error
                }
                wroteDocuments = true
                if previous.entries[entry.displayPath]?.status == .ok { changed += 1 } else { new += 1 }
            }
            times.write += StageTimes.seconds(since: writeStart)
            entries.append(Manifest.Entry(
                path: entry.displayPath, id: id, sha256: sha256, bytes: bytes, modified: entry.modified,
                status: .ok, pipelineVersion: version))
            return nil
        }
    }
}
