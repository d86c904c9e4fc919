/// One source's passage through the pipeline: what became of it (`SourceOutcome`) and the time
/// each step took. A worker fills it in with the document's JSON, which the writing queue
/// writes and drops: the records waiting for an earlier source to finish are small.
struct SourceRecord: Sendable {
    var item: SourceItem
    var outcome: SourceOutcome
    /// The document's JSON, from the worker to the writing queue; `nil` once written.
    var json: [UInt8]?
    var readSeconds = 0.0
    var processSeconds = 0.0
    var writeSeconds = 0.0

    /// The record of a source the quick check kept.
    init(kept item: SourceItem) {
        self.item = item
        outcome = .kept
    }

    /// The record of a source a worker read: its outcome, and its document's JSON to write.
    init(item: SourceItem, outcome: SourceOutcome, json: [UInt8]? = nil, readSeconds: Double, processSeconds: Double = 0) {
        self.item = item
        self.outcome = outcome
        self.json = json
        self.readSeconds = readSeconds
        self.processSeconds = processSeconds
    }
}
