/// The last run's manifest walked beside the crawl, a merge join: both are sorted byte-wise by
/// path, so each source's previous entry is found by reading forward, one entry held at a
/// time. Entries passed over belong to sources that are gone. When the manifest cannot be read
/// further, the rest of the sources are taken as new (processing a source again is always safe).
/// On the way it gathers where the manifest puts each line of the last `dataset.jsonl`.
struct ManifestMerge {
    private var reader: (any ManifestEntries)?
    private var upcoming: Manifest.Entry?
    private let noted: (String) -> Void
    /// Sources that had a document in the last run and are gone from the input.
    private(set) var removed = 0
    /// Entries no source matched, failures included: their sources are gone.
    private(set) var passedOver = 0
    /// Whether the manifest was read to its end without an error.
    private(set) var readToEnd = false
    /// The lines of the last `dataset.jsonl`, from every entry read so far.
    private(set) var previousLines = DatasetLineTable()
    /// How many entries were read so far.
    private var entriesRead = 0
    /// The position in the manifest (0 for its first entry) of the entry `entry(for:)` gave last.
    private(set) var matchedOrdinal = -1

    /// Walks the manifest of `reader` (none: every source is new); `noted` hears of a manifest
    /// that breaks off.
    init(reader: (any ManifestEntries)?, noted: @escaping (String) -> Void) {
        self.reader = reader
        self.noted = noted
    }

    /// The last run's entry for `path`; paths must be asked for in increasing byte-wise order.
    mutating func entry(for path: String) -> Manifest.Entry? {
        while let next = peek() {
            if next.path == path {
                upcoming = nil
                matchedOrdinal = entriesRead - 1
                return next
            }
            guard next.path.utf8.lexicographicallyPrecedes(path.utf8) else { return nil }
            passOver(next)
        }
        return nil
    }

    /// Passes over the entries after the last source: their sources are gone. Then seals
    /// `previousLines`.
    mutating func finish() {
        while let next = peek() {
            passOver(next)
        }
        previousLines.seal()
    }

    private mutating func passOver(_ entry: Manifest.Entry) {
        if entry.status == .ok { removed += 1 }
        passedOver += 1
        upcoming = nil
    }

    private mutating func peek() -> Manifest.Entry? {
        if upcoming == nil, let current = reader {
            do throws(RunError) {
                upcoming = try current.next()
                if let upcoming {
                    previousLines.add(upcoming)
                    entriesRead += 1
                } else {
                    readToEnd = true
                    reader = nil
                }
            } catch {
                noted("\(error.description); processing the remaining sources again")
                previousLines.markIncomplete()
                reader = nil
            }
        }
        return upcoming
    }
}
