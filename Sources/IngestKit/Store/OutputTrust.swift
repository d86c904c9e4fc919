/// What a run may trust of the output folder it finds. The previous `dataset.jsonl` is copied
/// from only while it is what this machine last committed (`CommitStamp`), and the manifest's
/// entries are kept only while it is: a file changed since (truncated, edited, swapped, a line
/// removed) is repaired, the dataset rebuilt from the documents and every source processed
/// again, and the run says so once. `--full` trusts neither.
struct OutputTrust {
    /// The stamp of the last commit, if there is one.
    let recorded: CommitStamp?
    /// Whether the previous dataset's lines may be copied.
    let datasetHolds: Bool
    /// Whether the manifest's entries may be kept without processing their sources.
    let manifestHolds: Bool
    /// Whether the manifest is, byte for byte, the one this machine committed last (so in the
    /// layout `ManifestWriter` writes).
    let manifestIsCommitted: Bool
    /// What was found changed and how it is repaired, a line each.
    let repairs: [String]

    /// Looks at the output folder of `layout`.
    init(_ layout: OutputLayout, full: Bool) {
        let recorded = CommitStamp.recorded(in: layout)
        let current = CommitStamp.current(in: layout)
        var repairs: [String] = []
        if let recorded, current.dataset != nil, recorded.dataset != current.dataset {
            repairs.append("\(layout.dataset): changed since ingest committed it; rebuilt from the documents")
        }
        let manifestChanged = recorded.map { current.manifest != nil && $0.manifest != current.manifest } ?? false
        if manifestChanged {
            repairs.append("\(layout.manifest): changed since ingest committed it; every source is processed again")
        }
        self.recorded = recorded
        datasetHolds = !full && recorded != nil && recorded?.dataset == current.dataset
        manifestHolds = !full && !manifestChanged
        manifestIsCommitted = current.manifest != nil && recorded?.manifest == current.manifest
        self.repairs = repairs
    }
}
