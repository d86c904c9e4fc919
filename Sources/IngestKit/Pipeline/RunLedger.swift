/// The running tally of a run, fed one source at a time in crawl order (so in path order):
/// counts, times, the new manifest written entry by entry, and the ids of the documents the
/// dataset is to hold. Nothing in it grows with the corpus but the 8-byte ids.
struct RunLedger: Sendable {
    var manifest: ManifestWriter
    var index = DatasetIndex()
    var failures = ReportList<SourceFailure>(path: \.path)
    var new = 0
    var changed = 0
    var unchanged = 0
    var processed = 0
    /// Listed pages whose server says they are gone, which had a document.
    var gone = 0
    var done = 0
    var wroteDocuments = false
    var times = StageTimes()
    /// The first write that failed: it ends the run.
    var fatal: RunError?

    /// A tally writing its manifest through `manifest`.
    init(manifest: ManifestWriter) {
        self.manifest = manifest
    }

    /// Counts one source and writes its manifest entry.
    /// - Returns: the source's failure to report, if it failed.
    mutating func record(_ record: SourceRecord) -> SourceFailure? {
        if case .kept = record.outcome, let old = record.item.previous { return recordKept(old) }
        done += 1
        times.read += record.readSeconds
        times.process += record.processSeconds
        times.write += record.writeSeconds
        let entry = record.item.entry
        let manifestEntry: Manifest.Entry
        var failure: SourceFailure?
        switch record.outcome {
        case .kept:
            return nil
        case .gone:
            if record.item.previous?.status == .ok { gone += 1 }
            return nil
        case .stale(let error):
            failures.insert(error)
            if let old = record.item.previous {
                append(old)
                add(old.id, processed: false)
            }
            return error
        case .unwritable(let error):
            fatal = fatal ?? error
            return nil
        case .failed(let error, let sha256, let bytes, let wasProcessed):
            if wasProcessed { processed += 1 }
            failures.insert(error)
            failure = error
            manifestEntry = self.manifestEntry(of: entry, id: entry.id, sha256: sha256, bytes: bytes, failure: error)
        case .unchanged(let sha256, let bytes, let lineBytes):
            unchanged += 1
            manifestEntry = self.manifestEntry(of: entry, id: entry.id, sha256: sha256, bytes: bytes, lineBytes: lineBytes)
            add(entry.id, processed: false)
        case .document(let id, let sha256, let bytes, let lineBytes, let written):
            processed += 1
            count(written: written, sha256: sha256, previous: record.item.previous)
            manifestEntry = self.manifestEntry(of: entry, id: id, sha256: sha256, bytes: bytes, lineBytes: lineBytes)
            add(id, processed: true)
        }
        append(manifestEntry)
        return failure
    }

    /// Counts a source the quick check vouched for and writes its manifest entry, `old`, again.
    /// - Returns: the source's failure to report, if its entry is a failure.
    mutating func recordKept(_ old: Manifest.Entry) -> SourceFailure? {
        done += 1
        var failure: SourceFailure?
        if let error = old.failure(at: old.path) {
            failures.insert(error)
            failure = error
        } else {
            unchanged += 1
            add(old.id, processed: false)
        }
        append(old)
        return failure
    }

    /// Counts `kept` sources the quick check vouched for, `failures` the failures their entries
    /// record, when the last manifest stands as it is: it is not written again, and `index`
    /// holds the documents of the kept entries.
    mutating func recordManifestKept(kept: Int, failures keptFailures: [SourceFailure], index keptDocuments: DatasetIndex) {
        manifest.keepCurrent()
        done += kept
        unchanged += kept - keptFailures.count
        for failure in keptFailures { failures.insert(failure) }
        index = keptDocuments
    }

    /// Counts a path the crawl could not list as a failed source.
    mutating func recordCrawlFailure(_ failure: SourceFailure) {
        failures.insert(failure)
    }

    /// Counts a processed document as new, changed or unchanged by what the last manifest says
    /// of its source: a file found identical may have been written by a run that was stopped.
    private mutating func count(written: Bool, sha256: String, previous: Manifest.Entry?) {
        if written { wroteDocuments = true }
        if previous?.status != .ok {
            new += 1
        } else if !written, previous?.sha256 == sha256 {
            unchanged += 1
        } else {
            changed += 1
        }
    }

    /// The stamp of a source whose crawl entry is `entry`, read as `bytes` bytes hashing to
    /// `sha256`: none when it could not be read, or changed size between the crawl and the read
    /// (its time may have changed too, and the next run must look again).
    /// The manifest entry of the source the crawl found as `entry`: a document's (with its line
    /// size) or, given `failure`, a failure's.
    private func manifestEntry(of entry: CrawlEntry, id: String, sha256: String?, bytes: Int?, lineBytes: Int? = nil,
                               failure: SourceFailure? = nil) -> Manifest.Entry {
        Manifest.Entry(path: entry.displayPath, id: id, sha256: sha256, status: failure == nil ? .ok : .failed,
                       code: failure?.code, reason: failure?.reason, pipelineVersion: ArticleProcessor.pipelineVersion,
                       datasetLineBytes: lineBytes, offset: entry.archived?.offset,
                       stamp: stamp(of: entry, sha256: sha256, bytes: bytes))
    }

    private func stamp(of entry: CrawlEntry, sha256: String?, bytes: Int?) -> SourceStamp? {
        guard let sha256, bytes == entry.size else { return nil }
        return SourceStamp(size: entry.size, modified: entry.modified, sha256: sha256)
    }

    /// Writes a manifest entry; a failure to write ends the run.
    private mutating func append(_ entry: Manifest.Entry) {
        do throws(RunError) {
            try manifest.append(entry)
        } catch {
            fatal = fatal ?? error
        }
    }

    private mutating func add(_ id: String, processed: Bool) {
        if let number = DocumentID.number(id) { index.add(number, processed: processed) }
    }
}
