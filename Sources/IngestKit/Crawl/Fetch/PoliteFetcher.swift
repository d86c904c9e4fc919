/// Fetches listed pages as a well-behaved crawler does, over any `PageFetcher`: it follows
/// redirects (at most `FetchPolicy.maxRedirects`), honours each site's `robots.txt` (fetched
/// once per origin and run), keeps to the per-host limits and delay (`HostSlots`), and tries a
/// request again, waiting longer each time, after a time-out or a 5xx.
///
/// ```swift
/// let fetcher = PoliteFetcher(HTTPPageFetcher(), policy: FetchPolicy(), maxBytes: 1 << 20)
/// switch await fetcher.fetch("https://example.org/a", etag: "\"v1\"", lastModified: nil) {
/// case .notModified: …   // the copy at hand is current
/// case .fetched(let page): …
/// case .gone, .failed: …
/// }
/// ```
public final class PoliteFetcher: Sendable {
    private let fetcher: any PageFetcher
    private let policy: FetchPolicy
    private let maxBytes: Int
    private let slots: HostSlots
    private let robots = RobotsCache()

    /// `robots.txt` is read up to this many bytes (RFC 9309 asks for at least 500 KiB).
    static let robotsMaxBytes = 512 << 10

    /// A fetcher sending its requests through `fetcher`; bodies over `maxBytes` bytes fail.
    public init(_ fetcher: any PageFetcher, policy: FetchPolicy, maxBytes: Int) {
        self.fetcher = fetcher
        self.policy = policy
        self.maxBytes = maxBytes
        slots = HostSlots(policy)
    }

    /// Fetches `url`, conditionally when a validator is given. Cancelling the calling task
    /// stops the request, and the page fails as not fetched.
    public func fetch(_ url: String, etag: String?, lastModified: String?) async -> FetchOutcome {
        var current = url
        var redirects = 0
        while true {
            guard let address = WebAddress(current) else {
                return .failed(.unreadable, reason: "redirected to \(current), not an http or https URL")
            }
            let siteRules = await rules(for: address)
            if Task.isCancelled { return .failed(.unreadable, reason: PageFetchError.cancelled.reason) }
            switch siteRules {
            case .unavailable(let reason):
                return .failed(.unreadable, reason: "\(address.robotsURL) cannot be had (\(reason)), so nothing of the site is fetched")
            case .known(let rules) where !rules.allows(address.pathAndQuery):
                return .failed(.unreadable, reason: current == url ? "disallowed by robots.txt" : "\(current) is disallowed by robots.txt")
            case .known:
                break
            }
            let response: PageResponse
            do throws(PageFetchError) {
                response = try await send(PageRequest(
                    url: current, etag: etag, lastModified: lastModified, userAgent: policy.userAgent, maxBytes: maxBytes),
                    origin: address.origin)
            } catch {
                if case .tooLarge = error { return .failed(.tooLarge, reason: error.reason) }
                return .failed(.unreadable, reason: error.reason)
            }
            switch response.status {
            case 200..<300:
                guard let format = SourceFormat(contentType: response.contentType) else {
                    return .failed(.unreadable, reason: "type \(response.contentType ?? "") is neither HTML nor text")
                }
                return .fetched(FetchedPage(body: response.body, contentType: response.contentType, format: format,
                                            etag: response.etag, lastModified: response.lastModified))
            case 304 where etag != nil || lastModified != nil:
                return .notModified
            case 301, 302, 303, 307, 308:
                guard let location = response.location else {
                    return .failed(.unreadable, reason: "HTTP \(response.status) without a Location")
                }
                redirects += 1
                guard redirects <= policy.maxRedirects else {
                    return .failed(.unreadable, reason: "more than \(policy.maxRedirects) redirects")
                }
                current = address.resolving(location)
            case 404, 410:
                return .gone(reason: "HTTP \(response.status)")
            default:
                return .failed(.unreadable, reason: "HTTP \(response.status)")
            }
        }
    }

    /// Sends `request` in a slot of `origin`, again after a transient failure or a 5xx, at most
    /// `policy.retries` more times, waiting `policy.retryBackoff` and twice as long each time;
    /// a cancelled task is not tried again.
    private func send(_ request: PageRequest, origin: String) async throws(PageFetchError) -> PageResponse {
        var attempt = 0
        while true {
            do throws(PageFetchError) {
                let response = try await slots.withSlot(origin) { () async throws(PageFetchError) in
                    try await fetcher.fetch(request)
                }
                guard (500..<600).contains(response.status), attempt < policy.retries else { return response }
            } catch {
                guard error.isTransient, attempt < policy.retries else { throw error }
            }
            try? await Task.sleep(for: policy.retryBackoff * (1 << attempt))
            if Task.isCancelled { throw .cancelled }
            attempt += 1
        }
    }

    /// The `robots.txt` rules of an address's origin, fetched on the first request to it.
    private func rules(for address: WebAddress) async -> SiteRules {
        await robots.rules(for: address.origin) {
            await self.fetchRules(address)
        }
    }

    /// Fetches and reads an origin's `robots.txt`: a 4xx allows everything; a 5xx or no answer
    /// leaves the site closed (RFC 9309, 2.3.1), for the reason given.
    private func fetchRules(_ address: WebAddress) async -> SiteRules {
        var current = address.robotsURL
        for _ in 0...policy.maxRedirects {
            guard let robotsAddress = WebAddress(current) else { return .known(.allowingAll) }
            let request = PageRequest(url: current, userAgent: policy.userAgent, maxBytes: Self.robotsMaxBytes)
            let response: PageResponse
            do throws(PageFetchError) {
                response = try await send(request, origin: robotsAddress.origin)
            } catch {
                return .unavailable(error.reason)
            }
            switch response.status {
            case 200..<300: return .known(RobotsRules(parsing: response.body, token: FetchPolicy.robotsToken))
            case 300..<400 where response.location != nil: current = robotsAddress.resolving(response.location ?? "")
            case 400..<500: return .known(.allowingAll)
            default: return .unavailable("HTTP \(response.status)")
            }
        }
        return .known(.allowingAll)
    }
}

/// What a site's `robots.txt` came to.
enum SiteRules: Sendable {
    /// Its rules (all allowed when it has none).
    case known(RobotsRules)
    /// It could not be had (a 5xx, no answer): nothing of the site is fetched.
    case unavailable(String)
}

/// Each origin's `robots.txt` rules, fetched once: requests that meet an origin while its
/// rules are being fetched wait for them.
private actor RobotsCache {
    private enum Rules {
        case fetching([CheckedContinuation<SiteRules, Never>])
        case known(SiteRules)
    }

    private var origins: [String: Rules] = [:]

    func rules(for origin: String, fetching: @Sendable () async -> SiteRules) async -> SiteRules {
        switch origins[origin] {
        case .known(let rules):
            return rules
        case .fetching(let waiting):
            return await withCheckedContinuation { origins[origin] = .fetching(waiting + [$0]) }
        case nil:
            origins[origin] = .fetching([])
            let rules = await fetching()
            if case .fetching(let waiting) = origins[origin] {
                for waiter in waiting { waiter.resume(returning: rules) }
            }
            origins[origin] = .known(rules)
            return rules
        }
    }
}
