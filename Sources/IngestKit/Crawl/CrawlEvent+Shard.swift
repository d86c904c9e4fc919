extension CrawlEvent {
    /// Whether this event is one for `shard` to report, the crawl's root being named
    /// `rootName`: a source when its document id falls in the shard, and a path passed over or
    /// that could not be listed when the id its relative path would have does. Every shard of a
    /// split run walks the whole input, and each event is reported by exactly one of them.
    func belongs(to shard: Shard, rootName: String) -> Bool {
        switch self {
        case .source(let entry):
            shard.contains(documentNumber: entry.idNumber)
        case .skipped(let skipped):
            shard.contains(relativePath: Self.relativePath(of: skipped.path, rootName: rootName))
        case .failed(let failure):
            shard.contains(relativePath: Self.relativePath(of: failure.path, rootName: rootName))
        }
    }

    /// The path relative to the root of a display path (`Input/a/b.txt` -> `a/b.txt`); the
    /// root itself is the empty path.
    private static func relativePath(of displayPath: String, rootName: String) -> String {
        let prefix = rootName + "/"
        guard displayPath.hasPrefix(prefix) else { return displayPath == rootName ? "" : displayPath }
        return String(displayPath.dropFirst(prefix.count))
    }
}
