import Foundation
import IngestKit
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 for the tests of fetching: it serves the pages of a
/// `TestSite`, which a test changes between runs, answers conditional requests with 304 when
/// the validators match, and logs every request it gets.
final class TestHTTPServer: Sendable {
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    let site: TestSite

    /// The port it listens on.
    var port: Int { channel.localAddress?.port ?? 0 }
    /// `http://127.0.0.1:<port>`.
    var origin: String { "http://127.0.0.1:\(port)" }

    init(site: TestSite = TestSite()) throws {
        self.site = site
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        channel = try ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(TestHTTPHandler(site: site))
                }
            }
            .bind(host: "127.0.0.1", port: 0).wait()
    }

    deinit {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }
}

/// One page the test site serves.
struct TestPage: Sendable {
    var status = 200
    var body = ""
    var contentType: String? = "text/html; charset=utf-8"
    var etag: String?
    var lastModified: String?
    var location: String?
    /// How long the answer takes.
    var delay: TimeAmount = .zero
    /// Whether the body is sent gzip-compressed (when the request accepts it).
    var gzipped = false
}

/// A request the test site got.
struct LoggedRequest: Sendable, Equatable {
    var path: String
    var ifNoneMatch: String?
    var ifModifiedSince: String?
    var userAgent: String?
}

/// What a `TestHTTPServer` serves, changed by the tests as they go.
final class TestSite: Sendable {
    private struct State {
        var pages: [String: TestPage] = [:]
        var log: [LoggedRequest] = []
        var inFlight = 0
        var mostInFlight = 0
    }

    private let state = NSLock()
    nonisolated(unsafe) private var storage = State()

    private func locked<T>(_ body: (inout State) -> T) -> T {
        state.lock()
        defer { state.unlock() }
        return body(&storage)
    }

    /// Serves `page` at `path` (replacing what it served there); `nil` serves a 404.
    func set(_ path: String, _ page: TestPage?) {
        locked { $0.pages[path] = page }
    }

    /// An HTML article page with an ETag and a Last-Modified of `version`.
    func article(_ path: String, title: String, version: Int = 1) {
        set(path, TestPage(body: """
            <html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>
            <p>Version \(version) of an article about \(title.lowercased()), with enough words to be an article body.</p>
            <h2>Causes</h2><ul><li>Overuse of the muscle</li><li>Lack of water</li></ul></article></body></html>
            """, etag: "\"\(path)-v\(version)\"", lastModified: "Tue, 01 Dec 2026 0\(version % 10):00:00 GMT"))
    }

    /// Every request so far.
    var log: [LoggedRequest] { locked { $0.log } }
    /// The most requests answered at once so far.
    var mostInFlight: Int { locked { $0.mostInFlight } }

    /// Forgets the requests logged so far.
    func clearLog() {
        locked { $0.log = []; $0.mostInFlight = 0 }
    }

    fileprivate func begin(_ request: LoggedRequest) -> TestPage? {
        locked { state in
            state.log.append(request)
            state.inFlight += 1
            state.mostInFlight = max(state.mostInFlight, state.inFlight)
            return state.pages[request.path]
        }
    }

    fileprivate func end() {
        locked { $0.inFlight -= 1 }
    }
}

private final class TestHTTPHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let site: TestSite
    private var head: HTTPRequestHead?

    init(site: TestSite) {
        self.site = site
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
        case .body:
            break
        case .end:
            guard let head else { return }
            let request = LoggedRequest(path: head.uri, ifNoneMatch: head.headers.first(name: "If-None-Match"),
                                        ifModifiedSince: head.headers.first(name: "If-Modified-Since"),
                                        userAgent: head.headers.first(name: "User-Agent"))
            let page = site.begin(request)
            let acceptsGzip = head.headers.first(name: "Accept-Encoding")?.contains("gzip") == true
            let respond = { [self] in
                self.respond(context: context, page: page, request: request, acceptsGzip: acceptsGzip)
                self.site.end()
            }
            if let delay = page?.delay, delay > .zero {
                context.eventLoop.assumeIsolated().scheduleTask(in: delay, respond)
            } else {
                respond()
            }
        }
    }

    private func respond(context: ChannelHandlerContext, page: TestPage?, request: LoggedRequest, acceptsGzip: Bool) {
        var headers = HTTPHeaders()
        var status = HTTPResponseStatus.notFound
        var body = Array("not found".utf8)
        if let page {
            status = HTTPResponseStatus(statusCode: page.status)
            body = Array(page.body.utf8)
            if let contentType = page.contentType { headers.add(name: "Content-Type", value: contentType) }
            if let etag = page.etag { headers.add(name: "ETag", value: etag) }
            if let lastModified = page.lastModified { headers.add(name: "Last-Modified", value: lastModified) }
            if let location = page.location { headers.add(name: "Location", value: location) }
            let matches = (request.ifNoneMatch != nil && request.ifNoneMatch == page.etag)
                || (request.ifNoneMatch == nil && request.ifModifiedSince != nil && request.ifModifiedSince == page.lastModified)
            if page.status == 200 && matches {
                status = .notModified
                body = []
            } else if page.gzipped && acceptsGzip, let compressed = try? Gzip.compress(body) {
                headers.add(name: "Content-Encoding", value: "gzip")
                body = compressed
            }
        }
        if status != .notModified { headers.add(name: "Content-Length", value: "\(body.count)") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))),
                      promise: nil)
        if !body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
