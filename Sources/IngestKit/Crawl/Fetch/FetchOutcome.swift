/// What fetching one listed page came to, after redirects, `robots.txt` and retries.
public enum FetchOutcome: Sendable, Equatable {
    /// The server sent the page (2xx).
    case fetched(FetchedPage)
    /// The server says the copy named by the request's validators is current (304).
    case notModified
    /// The server says the page is gone (404, 410): its document is removed.
    case gone(reason: String)
    /// No page came: `reason` says why (a 5xx after the retries, a time-out, a redirect loop,
    /// `robots.txt`, a type that is not HTML or text).
    case failed(SourceFailure.Code, reason: String)
}

/// A page a server sent: its bytes, how to read them, and the validators to ask with next time.
public struct FetchedPage: Sendable, Equatable {
    /// The body.
    public var body: [UInt8]
    /// `Content-Type`, as sent.
    public var contentType: String?
    /// How to read the body, from `contentType`.
    public var format: SourceFormat
    /// `ETag`.
    public var etag: String?
    /// `Last-Modified`.
    public var lastModified: String?

    /// Creates a page.
    public init(body: [UInt8], contentType: String?, format: SourceFormat, etag: String?, lastModified: String?) {
        self.body = body
        self.contentType = contentType
        self.format = format
        self.etag = etag
        self.lastModified = lastModified
    }
}

extension SourceFormat {
    /// The format a `Content-Type` names (`text/html; charset=utf-8` -> `.html`); `nil` for a
    /// type that is neither HTML nor text. A missing type is read as HTML, what servers send most.
    public init?(contentType: String?) {
        guard let contentType else {
            self = .html
            return
        }
        let mediaType = String((contentType.split(separator: ";", maxSplits: 1).first ?? "")
            .filter { $0 != " " && $0 != "\t" }).lowercased()
        switch mediaType {
        case "text/html", "application/xhtml+xml": self = .html
        case "text/plain", "text/markdown", "text/x-markdown": self = .text
        default: return nil
        }
    }
}
