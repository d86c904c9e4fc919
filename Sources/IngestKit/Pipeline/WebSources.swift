import Dispatch

/// The pages of a run's `.urls` lists, fetched ahead of the workers: the crawl hands each page
/// over as it meets it (`prefetch`), its request goes out at once through `PoliteFetcher`
/// (which spreads requests over hosts within their limits), and the worker that reads the page
/// waits for its answer (`take`). Fetching thus overlaps across hosts and with the processing
/// of pages already fetched, whatever `--jobs` is; what a page becomes depends only on the
/// answer, never on the order answers come in.
///
/// A page sent (200) is kept in the `PageCache` and read back by its worker, so the answers
/// waiting for a worker hold no bodies; a 304 names the body kept there.
final class WebSources: Sendable {
    /// What the worker of a page gets.
    enum Answer: Sendable {
        /// The page as it is now: the cache's record of it, and its body when it is not in the
        /// cache (it could not be written there).
        case current(PageCache.Record, body: [UInt8]?, format: SourceFormat)
        /// The server says it is gone (404, 410).
        case gone(reason: String)
        /// No page came, for `failure`.
        case failed(SourceFailure)
    }

    /// One page's answer, once it came.
    private final class Pending: Sendable {
        let answer = Locked<Answer?>(nil)
        let arrived = DispatchSemaphore(value: 0)

        /// Gives the page `answer`, unless it has one already.
        func settle(_ answer: Answer) {
            let isFirst = self.answer.withLock { current in
                guard current == nil else { return false }
                current = answer
                return true
            }
            if isFirst { arrived.signal() }
        }
    }

    /// A request in flight: the page that waits for it, as shown to the user, and its task.
    private struct Request: Sendable {
        let page: Pending
        let path: String
        let task: Task<Void, Never>
    }

    private let fetcher: PoliteFetcher
    private let cache: PageCache
    private let refetch: Bool
    private let maxBytes: Int
    private let pending = Locked<[String: Pending]>([:])
    /// The requests in flight, by page; `nil` once the run was interrupted.
    private let requests = Locked<[ObjectIdentifier: Request]?>([:])
    /// The document ids of the pages listed this run: the cache keeps only theirs.
    private let listed = Locked<Set<String>>([])
    /// Told when a fetched page cannot be kept in the cache.
    private let noted: @Sendable (String) -> Void

    /// Pages fetched through `fetcher` under `policy`, kept in the cache of `layout`.
    init(_ fetcher: any PageFetcher, policy: FetchPolicy, maxBytes: Int, layout: OutputLayout,
         noted: @escaping @Sendable (String) -> Void) {
        self.fetcher = PoliteFetcher(fetcher, policy: policy, maxBytes: maxBytes)
        cache = PageCache(layout)
        refetch = policy.refetch
        self.maxBytes = maxBytes
        self.noted = noted
    }

    /// Sends the request for the page of `entry`, unless it went out already this run.
    func prefetch(_ entry: CrawlEntry) {
        guard let url = entry.url, entry.listedIn != nil else { return }
        let page = Pending()
        let isNew = pending.withLock { pending in
            guard pending[entry.displayPath] == nil else { return false }
            pending[entry.displayPath] = page
            return true
        }
        guard isNew else { return }
        let id = entry.id
        listed.withLock { _ = $0.insert(id) }
        let key = ObjectIdentifier(page)
        // The request is registered before it can end, under the lock its end takes.
        let started = requests.withLock { requests in
            guard requests != nil else { return false }
            let task = Task(executorPreference: FetchExecutor.shared) {
                let answer = await self.answer(for: url, id: id, shownAs: entry.displayPath)
                self.requests.withLock { _ = $0?.removeValue(forKey: key) }
                page.settle(answer)
            }
            requests?[key] = Request(page: page, path: entry.displayPath, task: task)
            return true
        }
        if !started { page.settle(Self.interrupted(entry.displayPath)) }
    }

    /// Stops every request in flight, and any asked for later: their pages fail at once as not
    /// fetched, whether or not the client has let go of them yet, so that an interrupted run
    /// does not wait for slow servers.
    func interrupt() {
        let inFlight = requests.withLock { requests in
            defer { requests = nil }
            return requests.map { Array($0.values) } ?? []
        }
        for request in inFlight {
            request.page.settle(Self.interrupted(request.path))
            request.task.cancel()
        }
    }

    /// The answer for a page the run stopped fetching.
    private static func interrupted(_ path: String) -> Answer {
        .failed(SourceFailure(.unreadable, PageFetchError.cancelled.reason, path: path))
    }

    /// The answer for the page of `entry`, once it came (the request goes out now if it did
    /// not yet). Called once per page, on a worker: it blocks the worker's thread, never one of
    /// Swift's concurrency pool.
    func take(_ entry: CrawlEntry) -> Answer {
        prefetch(entry)
        guard let page = pending.withLock({ $0.removeValue(forKey: entry.displayPath) }) else {
            return .failed(SourceFailure(.unreadable, "not a listed page", path: entry.displayPath))
        }
        page.arrived.wait()
        return page.answer.value ?? .failed(SourceFailure(.unreadable, "no answer", path: entry.displayPath))
    }

    /// The body of the page `record` describes, from the cache.
    func body(of record: PageCache.Record, id: String) -> [UInt8]? {
        cache.body(of: record, id: id, limit: maxBytes)
    }

    /// Removes from the cache the pages no list names any more, and what a killed run left
    /// half written; called once the crawl went through every list.
    func sweepCache() {
        let listed = listed.value
        cache.sweep { id in listed.contains(id) }
    }

    /// Fetches one page, conditionally when the cache holds it, and keeps what was sent.
    private func answer(for url: String, id: String, shownAs shown: String) async -> Answer {
        let cached = refetch ? nil : cache.record(id: id, url: url)
        switch await fetcher.fetch(url, etag: cached?.etag, lastModified: cached?.lastModified) {
        case .notModified:
            guard let cached, let format = SourceFormat(contentType: cached.contentType) else {
                return .failed(SourceFailure(.unreadable, "HTTP 304 for a page not at hand", path: shown))
            }
            return .current(cached, body: nil, format: format)
        case .fetched(let page):
            let record = PageCache.Record(url: url, etag: page.etag, lastModified: page.lastModified,
                                          contentType: page.contentType, sha256: SHA256.hex(of: page.body),
                                          bytes: page.body.count)
            do throws(SystemError) {
                try cache.store(page.body, as: record, id: id)
                return .current(record, body: nil, format: page.format)
            } catch {
                noted("\(error.description); the page is processed without being kept")
                return .current(record, body: page.body, format: page.format)
            }
        case .gone(let reason):
            return .gone(reason: reason)
        case .failed(let code, let reason):
            return .failed(SourceFailure(code, reason, path: shown))
        }
    }
}
