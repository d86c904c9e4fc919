extension FolderWalk {
    /// Reports the pages a `.urls` list names, one source each, in byte-wise order of their
    /// URLs, and each line it cannot take as a failure naming the list and the line.
    ///
    /// A page's relative path is the list's followed by `/` and its URL (`news.urls/https://…`):
    /// unique, and in its place among the crawl's paths (the walk sorts a list as a folder).
    /// Its document shows the list as `source.path`, and its id comes from the URL; a URL an
    /// earlier archive or list named is passed over.
    /// - Returns: `false` when `found` asked to stop.
    func visit(urlList location: String, relativePath: String, _ found: (CrawlEvent) -> Bool) -> Bool {
        let shown = catalog.rootName + "/" + relativePath
        let list: URLList
        do throws(SystemError) {
            list = URLList(parsing: try FileSystem.readFile(at: location, limit: catalog.maxBytes, shownAs: shown))
        } catch {
            return found(.failed(SourceFailure(reading: error)))
        }
        for problem in list.problems {
            let failure = SourceFailure(.unreadable, "line \(problem.line): \(problem.reason)", path: shown)
            guard found(.failed(failure)) else { return false }
        }
        for url in list.urls {
            let pagePath = relativePath + "/" + url
            let entry = CrawlEntry(relativePath: pagePath, displayPath: shown + "/" + url, url: url, listedIn: shown,
                                   format: .html, location: url, size: Self.unknownSize, modified: "")
            guard found(pageIDs.firstOnly(.source(entry))) else { return false }
        }
        return true
    }

    /// The size of a page not fetched yet: no stamp matches it, so the quick check never keeps
    /// a page unread (a page is asked for again on every run, conditionally).
    static let unknownSize = -1
}
