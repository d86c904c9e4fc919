extension FolderCatalog {
    /// Walks the sources as `crawl(_:)` does, adding to `seconds` the time spent in the walk
    /// itself, not in `found` (see `StageTimes.crawl`).
    func crawl(timingInto seconds: inout Double, _ found: (CrawlEvent) -> Bool) throws(RunError) {
        var walking = ContinuousClock.now
        try crawl { event in
            seconds += StageTimes.seconds(since: walking)
            defer { walking = ContinuousClock.now }
            return found(event)
        }
    }
}
