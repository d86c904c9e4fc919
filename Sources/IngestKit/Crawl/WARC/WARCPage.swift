/// Which WARC records are pages, and a page's bytes: a `response` record with a 2xx HTTP
/// response whose `Content-Type` is HTML or text, or a `resource` record of such a type. Every
/// other record (request, warcinfo, metadata, revisit, another status, another type) is
/// passed over, with the reason.
struct WARCPage: Sendable, Equatable {
    /// The page's URL: the record's `WARC-Target-URI` (see `url(fromTargetURI:)`).
    var url: String
    /// How its bytes are to be read.
    var format: SourceFormat
    /// The `Content-Type` the HTTP response (or the resource record) gave.
    var contentType: String?
    /// How many bytes of the block the HTTP head takes (0 for a resource record).
    var headLength: Int
    /// Whether HTTP encoded the bytes (chunked, compressed): only then does the page's size
    /// differ from what follows the head.
    var isEncoded = false

    /// What a record is: a page, or the reason it is not one.
    enum Verdict: Sendable, Equatable {
        case page(WARCPage)
        case skipped(String)
    }

    /// Media types read as HTML.
    private static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]
    /// Media types read as plain text.
    private static let textTypes: Set<String> = ["text/plain", "text/markdown", "text/x-markdown"]

    /// What the record with `header` is, from its header and the first bytes of its block.
    static func verdict(header: WARCHeader, preview: ArraySlice<UInt8>) -> Verdict {
        let type = header.type ?? "untyped"
        guard type == "response" || type == "resource" else { return .skipped("a \(type) record") }
        guard let raw = header.targetURI, let url = url(fromTargetURI: raw) else {
            return .skipped("a \(type) record without a WARC-Target-URI")
        }
        if type == "resource" {
            guard let format = format(ofContentType: header.contentType) else {
                return .skipped("a resource of type \(header.contentType ?? "unknown"), not HTML or text")
            }
            return .page(WARCPage(url: url, format: format, contentType: header.contentType, headLength: 0))
        }
        guard let head = HTTPResponseHead.parse(preview) else {
            return .skipped("a response record without an HTTP response head")
        }
        guard head.isSuccess else { return .skipped("HTTP status \(head.status)") }
        let contentType = head.value("Content-Type")
        guard let format = format(ofContentType: contentType) else {
            return .skipped("a response of type \(contentType ?? "unknown"), not HTML or text")
        }
        let isEncoded = head.value("Transfer-Encoding") != nil || head.value("Content-Encoding") != nil
        return .page(WARCPage(url: url, format: format, contentType: contentType, headLength: head.length, isEncoded: isEncoded))
    }

    /// The page's bytes from the record's `block`: HTTP's transfer and content encodings undone.
    /// - Throws: `HTTPBody.Failure` when they cannot be undone or the bytes are over `limit`.
    func payload(of block: [UInt8], limit: Int) throws(HTTPBody.Failure) -> [UInt8] {
        guard headLength > 0 else {
            guard block.count <= limit else { throw .overLimit }
            return block
        }
        guard let head = HTTPResponseHead.parse(block[...]) else { throw .malformed("the HTTP response head is broken") }
        return try HTTPBody.decode(block[head.length...], head: head, limit: limit)
    }

    /// The format a `Content-Type` value names (its media type, parameters aside), if it is
    /// HTML or text.
    static func format(ofContentType value: String?) -> SourceFormat? {
        guard let value else { return nil }
        let mediaType = (value.split(separator: ";", maxSplits: 1).first.map { $0.trimmed(" \t") } ?? "").lowercased()
        if htmlTypes.contains(mediaType) { return .html }
        if textTypes.contains(mediaType) { return .text }
        return nil
    }

    /// The URL of a `WARC-Target-URI`: surrounding white space dropped, the angle brackets
    /// WARC/1.0 (and wget) put around it removed, and a space or control character percent-encoded
    /// (`%20`), as a browser sends it: a URL cannot hold them, so the id is the one the same page
    /// fetched by its URL gets. `nil` when nothing is left.
    static func url(fromTargetURI raw: String) -> String? {
        var text = raw.trimmed(" \t")
        if text.hasPrefix("<"), text.hasSuffix(">"), text.count >= 2 {
            text = String(text.dropFirst().dropLast()).trimmed(" \t")
        }
        guard !text.isEmpty else { return nil }
        var encoded = ""
        encoded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F {
                encoded += "%" + String(scalar.value >> 4, radix: 16, uppercase: true)
                    + String(scalar.value & 0xF, radix: 16, uppercase: true)
            } else {
                encoded.unicodeScalars.append(scalar)
            }
        }
        return encoded
    }
}
