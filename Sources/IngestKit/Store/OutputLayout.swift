/// Where each file of a dataset lives under the output folder.
public struct OutputLayout: Sendable, Equatable {
    /// The output folder.
    public var folder: String

    /// The layout under `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// `documents/`, one `<id>.json` per article.
    public var documents: String { FileSystem.join(folder, "documents") }
    /// `dataset.jsonl`, every document on one line, sorted by id.
    public var dataset: String { FileSystem.join(folder, "dataset.jsonl") }
    /// `manifest.json`, what the last run knew about each source.
    public var manifest: String { FileSystem.join(folder, "manifest.json") }
    /// `.source-stamps`, what this machine saw of each source of the manifest (`SourceStamp`):
    /// local to the machine, never committed.
    public var sourceStamps: String { FileSystem.join(folder, ".source-stamps") }
    /// `.commit-stamp`, what this machine last committed (`CommitStamp`): local, never committed.
    public var commitStamp: String { FileSystem.join(folder, ".commit-stamp") }
    /// `.fetch-cache/`, the last body fetched of each listed page (`PageCache`): local, never
    /// committed.
    public var fetchCache: String { FileSystem.join(folder, ".fetch-cache") }
    /// `report.json`, what the last run did.
    public var report: String { FileSystem.join(folder, "report.json") }

    /// `documents/<id>.json`.
    public func document(id: String) -> String {
        FileSystem.join(documents, id + ".json")
    }
}
