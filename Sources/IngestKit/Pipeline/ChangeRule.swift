/// The one rule that says whether a source needs a worker, asked at two moments: by the quick
/// check, before the source is read, and on a worker, once its bytes are hashed.
///
/// The last run's entry of a source *holds* when this pipeline version made it and it is
/// either a document whose file is in `documents/` or a failure that the same bytes meet again
/// (`SourceFailure.Code.followsFromBytes`). An entry that holds is kept without reading the
/// source when its stamp shows the size and modification time the file has now, the stamp
/// stands for the entry's bytes, and a document's entry records its line in `dataset.jsonl`;
/// otherwise the source is read, and the entry is kept when the SHA-256 of the bytes is the one
/// it records. `--full` keeps nothing.
struct ChangeRule: Sendable {
    /// What `documents/` held when the run began.
    let listing: DocumentListing
    /// Whether the run is `--full`.
    let full: Bool
    /// The version of the pipeline that would process the source now.
    var pipelineVersion = ArticleProcessor.pipelineVersion

    /// Whether `previous`, the last run's entry of the source the crawl found as `entry`, can be
    /// kept without reading the source.
    func keepsUnread(_ entry: CrawlEntry, as previous: Manifest.Entry?) -> Bool {
        guard !full, let previous, let stamp = previous.stamp, holds(previous) else { return false }
        return stamp.size == entry.size && stamp.modified == entry.modified && stamp.sha256 == previous.sha256
            && (previous.status == .failed || previous.datasetLineBytes != nil)
    }

    /// Whether `previous`, the last run's entry of a source whose bytes hash to `sha256`, can be
    /// kept without processing the source.
    func keepsRead(sha256: String, as previous: Manifest.Entry?) -> Bool {
        guard !full, let previous else { return false }
        return previous.sha256 == sha256 && holds(previous)
    }

    private func holds(_ previous: Manifest.Entry) -> Bool {
        guard previous.pipelineVersion == pipelineVersion else { return false }
        switch previous.status {
        case .ok: return listing.contains(id: previous.id)
        case .failed: return previous.code?.followsFromBytes == true
        }
    }
}
