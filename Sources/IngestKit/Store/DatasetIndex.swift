/// The documents a dataset is to hold, as id numbers (`DocumentID.number`): 8 bytes a document,
/// the one part of a run that grows with the corpus (800 KB for 100,000 documents). It also
/// knows which documents went through the stages this run: their lines of `dataset.jsonl` come
/// from their files, the others' from the previous `dataset.jsonl`.
struct DatasetIndex: Sendable {
    /// Every document's id number; sorted once `seal()` is called.
    private(set) var ids: [UInt64] = []
    /// The documents processed this run; sorted once `seal()` is called.
    private var processed: [UInt64] = []

    /// An empty index.
    init() {}

    /// Adds a document, in any order.
    mutating func add(_ id: UInt64, processed wasProcessed: Bool) {
        ids.append(id)
        if wasProcessed { processed.append(id) }
    }

    /// Sorts the ids, after the last `add`.
    mutating func seal() {
        ids.sort()
        processed.sort()
    }

    /// Whether the dataset holds `id` (after `seal()`).
    func contains(_ id: UInt64) -> Bool {
        ids.sortedContains(id)
    }

    /// Whether `id` was processed this run (after `seal()`).
    func wasProcessed(_ id: UInt64) -> Bool {
        processed.sortedContains(id)
    }
}
