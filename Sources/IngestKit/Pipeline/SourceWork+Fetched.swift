extension SourceWork {
    /// Reads and processes one page of a `.urls` list, on a worker: it waits for the page's
    /// answer (`WebSources`). A page whose bytes are those of its manifest entry, which still
    /// holds, is not processed: after a 304 its body is not even read from the cache. A page
    /// its server says is gone loses its document (one that never had a document is a failure:
    /// the list names a page that is not there); a page that could not be fetched keeps the
    /// document of its last good copy, and its failure is reported.
    func runFetched(_ item: SourceItem) -> SourceRecord {
        let start = ContinuousClock.now
        let entry = item.entry
        guard let web, let url = entry.url, let listPath = entry.listedIn else {
            let failure = SourceFailure(.unreadable, "pages of URL lists are not fetched by this run", path: entry.displayPath)
            return SourceRecord(item: item, outcome: .failed(failure, sha256: nil, bytes: nil, processed: false),
                                readSeconds: StageTimes.seconds(since: start))
        }
        switch web.take(entry) {
        case .gone(let reason):
            guard let old = item.previous, old.status == .ok else {
                // No document to remove: the list names a page that is not there, which is said.
                let failure = SourceFailure(.unreadable, reason, path: entry.displayPath)
                return SourceRecord(item: item, outcome: .failed(failure, sha256: nil, bytes: nil, processed: false),
                                    readSeconds: StageTimes.seconds(since: start))
            }
            return SourceRecord(item: item, outcome: .gone, readSeconds: StageTimes.seconds(since: start))
        case .failed(let failure):
            return unfetched(item, failure: failure, readSeconds: StageTimes.seconds(since: start))
        case .current(let record, let fetchedBody, let format):
            if let kept = keptRecord(item, sha256: record.sha256, bytes: record.bytes,
                                     readSeconds: StageTimes.seconds(since: start)) {
                return kept
            }
            guard let bytes = fetchedBody ?? web.body(of: record, id: entry.id) else {
                let failure = SourceFailure(.unreadable, "the page kept in the cache cannot be read", path: entry.displayPath)
                return unfetched(item, failure: failure, readSeconds: StageTimes.seconds(since: start))
            }
            let source = Source(relativePath: entry.relativePath, displayPath: listPath, url: url,
                                contentType: record.contentType, format: format, bytes: bytes)
            return process(item, source: source, sha256: record.sha256, readSeconds: StageTimes.seconds(since: start))
        }
    }

    /// The record of a page that could not be had: its last good document stands when there is
    /// one, else it is a failed source.
    private func unfetched(_ item: SourceItem, failure: SourceFailure, readSeconds: Double) -> SourceRecord {
        if let old = item.previous, old.status == .ok, rule.listing.contains(id: old.id) {
            return SourceRecord(item: item, outcome: .stale(failure), readSeconds: readSeconds)
        }
        return SourceRecord(item: item, outcome: .failed(failure, sha256: nil, bytes: nil, processed: false),
                            readSeconds: readSeconds)
    }
}
