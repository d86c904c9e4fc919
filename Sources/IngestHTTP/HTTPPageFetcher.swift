import AsyncHTTPClient
import IngestKit
import NIOCore
import NIOHTTP1

/// `PageFetcher` over AsyncHTTPClient (SwiftNIO): one `GET` per call, redirects not followed
/// (`PoliteFetcher` follows them, asking `robots.txt` of each host), `Accept-Encoding: gzip`
/// decoded as the body streams in, the body read no further than the request's limit.
///
/// It lives in a library of its own so that IngestKit, its stages and their tests build without
/// SwiftNIO; the executable wires it in.
///
/// ```swift
/// let fetcher = HTTPPageFetcher(policy: FetchPolicy())
/// let report = try Ingestion.run(options, pageFetcher: fetcher)
/// ```
public final class HTTPPageFetcher: PageFetcher {
    private let client: HTTPClient
    /// The longest a whole request may take: its connection, its answer and its body.
    private let deadline: TimeAmount

    /// How many read time-outs a whole body may take at most, a slow page trickling in included.
    private static let readTimeoutsPerRequest: Int64 = 10
    /// How long an idle connection is kept for the next request to its host.
    private static let idleConnectionTimeout = TimeAmount.seconds(60)

    /// A client with the time-outs and per-host connections of `policy`.
    public init(policy: FetchPolicy) {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: Self.amount(policy.connectTimeout),
                                                                 read: Self.amount(policy.readTimeout))
        configuration.connectionPool = HTTPClient.Configuration.ConnectionPool(
            idleTimeout: Self.idleConnectionTimeout, concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, policy.perHostConnections))
        configuration.decompression = .disabled
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        deadline = Self.amount(policy.connectTimeout) + Self.amount(policy.readTimeout) * Self.readTimeoutsPerRequest
    }

    deinit {
        try? client.syncShutdown()
    }

    /// Sends `request` once (see `PageFetcher`); cancelling the calling task cancels the request.
    public func fetch(_ request: PageRequest) async throws(PageFetchError) -> PageResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = .GET
        outgoing.headers.add(name: "User-Agent", value: request.userAgent)
        outgoing.headers.add(name: "Accept-Encoding", value: "gzip")
        if let etag = request.etag { outgoing.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = request.lastModified { outgoing.headers.add(name: "If-Modified-Since", value: lastModified) }
        do {
            let response = try await client.execute(outgoing, timeout: deadline)
            let headers = response.headers
            let status = Int(response.status.code)
            var body = ResponseBody(limit: request.maxBytes,
                                    gzipped: headers.first(name: "Content-Encoding")?.lowercased() == "gzip")
            if (200..<300).contains(status) {
                for try await chunk in response.body {
                    try chunk.withUnsafeReadableBytes { bytes throws(PageFetchError) in try body.append(bytes) }
                }
                try body.finish()
            }
            return PageResponse(status: status, location: headers.first(name: "Location"), etag: headers.first(name: "ETag"),
                                lastModified: headers.first(name: "Last-Modified"),
                                contentType: headers.first(name: "Content-Type"), body: body.bytes)
        } catch let error as PageFetchError {
            throw error
        } catch let error as HTTPClientError
                    where [.readTimeout, .connectTimeout, .deadlineExceeded].contains(error) {
            throw .timedOut
        } catch is CancellationError {
            throw .cancelled
        } catch let error as HTTPClientError where error == .cancelled {
            throw .cancelled
        } catch {
            throw .failed("\(error)")
        }
    }

    private static func amount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// A body as it streams in: decoded from gzip when it was sent so, and refused past the limit.
private struct ResponseBody {
    let limit: Int
    private let inflater: GzipInflater?
    private(set) var bytes: [UInt8] = []
    private var inMember = false

    init(limit: Int, gzipped: Bool) {
        self.limit = limit
        inflater = gzipped ? try? GzipInflater() : nil
    }

    mutating func append(_ chunk: UnsafeRawBufferPointer) throws(PageFetchError) {
        guard let inflater else {
            guard bytes.count + chunk.count <= limit else { throw .tooLarge(limit: limit) }
            bytes.append(contentsOf: chunk)
            return
        }
        var rest = chunk
        do {
            while !rest.isEmpty {
                let limit = self.limit
                let step = try inflater.inflate(rest) { decoded in
                    guard bytes.count + decoded.count <= limit else { throw PageFetchError.tooLarge(limit: limit) }
                    bytes.append(contentsOf: decoded)
                }
                inMember = !step.memberEnded
                rest = UnsafeRawBufferPointer(rebasing: rest[step.consumed...])
                if step.consumed == 0 && !step.memberEnded { break }
            }
        } catch let error as PageFetchError {
            throw error
        } catch {
            throw .failed("the gzip body is corrupt: \(error)")
        }
    }

    func finish() throws(PageFetchError) {
        if inflater != nil && inMember { throw .failed("the gzip body ends early") }
    }
}
