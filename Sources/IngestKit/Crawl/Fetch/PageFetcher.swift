/// One HTTP `GET`, conditional when validators are given: what a run asks of the network.
///
/// IngestKit holds no HTTP client. The policy of fetching (redirects, `robots.txt`, per-host
/// limits and delays, retries) is `PoliteFetcher`'s, written once over this protocol; an
/// implementation only sends one request and reads one answer (the executable wires in
/// `IngestHTTP.HTTPPageFetcher`; tests of the policy use fakes).
public protocol PageFetcher: Sendable {
    /// Sends `request` once, without following redirects.
    /// - Throws: `PageFetchError` when no complete answer came.
    func fetch(_ request: PageRequest) async throws(PageFetchError) -> PageResponse
}

/// One request: the URL, the validators of the copy at hand, and the limit of the answer (the
/// time-outs are the fetcher's, set once from `FetchPolicy`).
public struct PageRequest: Sendable, Equatable {
    /// The absolute `http` or `https` URL.
    public var url: String
    /// Sent as `If-None-Match`.
    public var etag: String?
    /// Sent as `If-Modified-Since`.
    public var lastModified: String?
    /// Sent as `User-Agent`.
    public var userAgent: String
    /// A body over this many bytes (once decoded) is not read to its end.
    public var maxBytes: Int

    /// Creates a request.
    public init(url: String, etag: String? = nil, lastModified: String? = nil, userAgent: String, maxBytes: Int) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.userAgent = userAgent
        self.maxBytes = maxBytes
    }
}

/// One answer: its status, the headers a run uses, and the body (decoded from any
/// `Content-Encoding` the fetcher asked for).
public struct PageResponse: Sendable, Equatable {
    /// The status code.
    public var status: Int
    /// `Location`, for a redirect.
    public var location: String?
    /// `ETag`.
    public var etag: String?
    /// `Last-Modified`.
    public var lastModified: String?
    /// `Content-Type`.
    public var contentType: String?
    /// The body.
    public var body: [UInt8]

    /// Creates an answer.
    public init(status: Int, location: String? = nil, etag: String? = nil, lastModified: String? = nil,
                contentType: String? = nil, body: [UInt8] = []) {
        self.status = status
        self.location = location
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
        self.body = body
    }
}

/// Why a request got no complete answer.
public enum PageFetchError: Error, Sendable, Equatable {
    /// The connection or the answer took longer than the request allowed.
    case timedOut
    /// The body was longer than the request's `maxBytes`.
    case tooLarge(limit: Int)
    /// The run was interrupted while the request was waiting or in flight.
    case cancelled
    /// Anything else: no connection, a reset, a malformed answer, in the client's words.
    case failed(String)

    /// Whether to try again: after a time-out only. A connection refused is retried by the
    /// client itself until its connect time-out, and a body over the limit stays over it.
    public var isTransient: Bool {
        switch self {
        case .timedOut: true
        case .failed, .tooLarge, .cancelled: false
        }
    }

    /// A short reason, for the run's report.
    public var reason: String {
        switch self {
        case .timedOut: "timed out"
        case .tooLarge(let limit): "larger than \(limit) bytes"
        case .cancelled: "not fetched: the run was interrupted"
        case .failed(let reason): reason
        }
    }
}
