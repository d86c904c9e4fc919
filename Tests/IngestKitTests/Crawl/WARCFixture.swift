@testable import IngestKit

/// Small WARC archives written by the tests: records, HTTP responses and the three layouts.
enum WARCFixture {
    /// How an archive's bytes are laid out.
    enum Layout: CaseIterable {
        case uncompressed
        case gzipPerRecord
        case gzipWholeFile
    }

    /// One record: the version line, the fields, `Content-Length`, the block and the two CR LFs.
    static func record(type: String, uri: String?, contentType: String? = nil, block: [UInt8],
                       version: String = "1.1") -> [UInt8] {
        var head = "WARC/\(version)\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(type)-\(block.count)>\r\n"
        if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
        head += "WARC-Date: 2026-12-02T10:00:00Z\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        head += "Content-Length: \(block.count)\r\n\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// A `response` record holding an HTTP response with `body` (chunked and gzip-encoded when told).
    static func response(_ uri: String, body: String, status: Int = 200, contentType: String = "text/html",
                         chunked: Bool = false, gzip: Bool = false) throws -> [UInt8] {
        var payload = Array(body.utf8)
        var head = "HTTP/1.1 \(status) Status\r\nContent-Type: \(contentType)\r\n"
        if gzip {
            payload = try Gzip.compress(payload)
            head += "Content-Encoding: gzip\r\n"
        }
        if chunked {
            head += "Transfer-Encoding: chunked\r\n"
            var chunkedBody: [UInt8] = []
            var rest = payload[...]
            while !rest.isEmpty {
                let chunk = rest.prefix(7)
                chunkedBody += Array("\(String(chunk.count, radix: 16))\r\n".utf8) + chunk + Array("\r\n".utf8)
                rest = rest.dropFirst(chunk.count)
            }
            payload = chunkedBody + Array("0\r\n\r\n".utf8)
        } else {
            head += "Content-Length: \(payload.count)\r\n"
        }
        return record(type: "response", uri: uri, contentType: "application/http; msgtype=response",
                      block: Array((head + "\r\n").utf8) + payload)
    }

    /// A `warcinfo` record, as archives start.
    static var warcinfo: [UInt8] {
        record(type: "warcinfo", uri: nil, contentType: "application/warc-fields", block: Array("software: tests\r\n".utf8))
    }

    /// The archive of `records` in `layout`.
    static func archive(_ records: [[UInt8]], layout: Layout) throws -> [UInt8] {
        switch layout {
        case .uncompressed: return records.flatMap { $0 }
        case .gzipPerRecord: return try records.flatMap { try Gzip.compress($0) }
        case .gzipWholeFile: return try Gzip.compress(records.flatMap { $0 })
        }
    }

    /// A page of `words` words, long enough to be an article.
    static func article(_ title: String, words: Int = 60) -> String {
        let sentence = (0..<words).map { "word\($0 % 17)" }.joined(separator: " ")
        return "<html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
            + "<p>\(title) is described here. \(sentence).</p><p>A second paragraph about \(title). \(sentence).</p>"
            + "</article></body></html>"
    }
}
