/// How a run fetches the pages of `.urls` lists: politeness towards each host, patience with
/// slow or failing ones, and how much to take. The defaults suit a nightly run over public
/// sites; tests shorten the waits.
public struct FetchPolicy: Sendable, Equatable {
    /// The product token `robots.txt` groups are matched against.
    public static let robotsToken = "ingest"
    /// `User-Agent`: the product, its version and what it does.
    public static let userAgent = "ingest/\(ArticleProcessor.pipelineVersion) (health article ingestion)"

    /// Requests in flight to one host (one origin) at most.
    public var perHostConnections = 2
    /// The least time between the starts of two requests to one host.
    public var perHostDelay = Duration.milliseconds(250)
    /// Requests in flight to all hosts together at most.
    public var totalConnections = 32
    /// How long to wait for a connection.
    public var connectTimeout = Duration.seconds(10)
    /// How long to wait for an answer, and for each part of a body.
    public var readTimeout = Duration.seconds(30)
    /// Redirects followed at most: the sixth is a failure.
    public var maxRedirects = 5
    /// Attempts after the first for a request that timed out or got a 5xx.
    public var retries = 2
    /// The wait before the first retry; each further retry waits twice as long.
    public var retryBackoff = Duration.milliseconds(500)
    /// Send no validators and use no cached body: every page is downloaded again (`--refetch`).
    public var refetch = false
    /// `User-Agent` of every request.
    public var userAgent = FetchPolicy.userAgent

    /// The default policy.
    public init() {}
}
