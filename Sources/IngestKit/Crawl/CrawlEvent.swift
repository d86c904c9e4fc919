/// One thing a crawl meets on its walk, reported as it is met: a source, a path it passes
/// over, or a path it cannot list.
public enum CrawlEvent: Sendable, Equatable {
    /// A source; sources come in byte-wise order of their relative paths.
    case source(CrawlEntry)
    /// A path passed over, with the reason (not a source file extension, a link out of the root).
    case skipped(SkippedPath)
    /// A path that looked like a source or folder but could not be listed; it counts as a failed source.
    case failed(SourceFailure)
}
