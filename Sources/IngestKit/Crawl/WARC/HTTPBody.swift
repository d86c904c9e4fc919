/// Undoes what HTTP did to a page's bytes on the wire: `Transfer-Encoding: chunked`, then
/// `Content-Encoding: gzip` or `deflate`, the way a browser does before reading the page.
enum HTTPBody {
    /// Why a body could not be decoded.
    enum Failure: Error, Equatable {
        /// Decoded, it would be over the limit of bytes.
        case overLimit
        /// The chunked framing or the compressed data is broken; the reason says how.
        case malformed(String)
        /// It is encoded in a way this reader does not undo (`br`, `zstd`).
        case unsupported(String)
    }

    /// How many hex digits a chunk size may have: more would be over any limit.
    private static let maximumChunkSizeDigits = 15

    /// The page's bytes from `body` as the head `head` describes them.
    /// - Throws: `Failure` when the body is over `limit` bytes once decoded, broken, or
    ///   encoded in a way not undone here.
    static func decode(_ body: ArraySlice<UInt8>, head: HTTPResponseHead, limit: Int) throws(Failure) -> [UInt8] {
        var bytes: [UInt8]
        if let transfer = head.value("Transfer-Encoding"), transfer.lowercased().contains("chunked") {
            bytes = try dechunk(body, limit: limit)
        } else {
            guard body.count <= limit else { throw .overLimit }
            bytes = Array(body)
        }
        let encodings = (head.value("Content-Encoding") ?? "").lowercased().split(separator: ",")
            .map { $0.trimmed(" \t") }.filter { !$0.isEmpty && $0 != "identity" }
        // Encodings are listed in the order they were applied: undo the last first.
        for encoding in encodings.reversed() {
            bytes = try inflate(bytes, encoding: encoding, limit: limit)
        }
        return bytes
    }

    /// The body of a chunked transfer: each chunk's size in hex, the chunk, CR LF; a chunk of
    /// size 0 ends it (trailer fields after it are ignored).
    static func dechunk(_ body: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
        var result: [UInt8] = []
        var index = body.startIndex
        while true {
            guard let lineEnd = body[index...].firstIndex(of: UInt8(ascii: "\n")) else {
                throw .malformed("the chunked body ends without its last chunk")
            }
            let sizeText = String(decoding: body[index..<lineEnd], as: UTF8.self)
                .split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmed(" \t\r") } ?? ""
            guard !sizeText.isEmpty, sizeText.utf8.count <= maximumChunkSizeDigits, let size = Int(sizeText, radix: 16) else {
                throw .malformed("a chunk size is not a hex number")
            }
            index = lineEnd + 1
            if size == 0 { return result }
            guard size <= body.endIndex - index else { throw .malformed("a chunk is longer than the body") }
            guard result.count + size <= limit else { throw .overLimit }
            result.append(contentsOf: body[index..<(index + size)])
            index += size
            // The CR LF after the chunk's data.
            if index < body.endIndex, body[index] == UInt8(ascii: "\r") { index += 1 }
            guard index < body.endIndex, body[index] == UInt8(ascii: "\n") else {
                throw .malformed("a chunk is not followed by a line break")
            }
            index += 1
        }
    }

    private static func inflate(_ bytes: [UInt8], encoding: String, limit: Int) throws(Failure) -> [UInt8] {
        let framing: GzipInflater.Framing
        switch encoding {
        case "gzip", "x-gzip": framing = .gzip
        case "deflate": framing = .zlibOrGzip
        default: throw .unsupported("content encoding \(encoding) is not supported")
        }
        do throws(GzipError) {
            return try Gzip.decompress(bytes, limit: limit, framing: framing)
        } catch {
            if framing == .zlibOrGzip, let raw = try? Gzip.decompress(bytes, limit: limit, framing: .raw) { return raw }
            if error.isOverLimit { throw .overLimit }
            throw .malformed("the \(encoding) content encoding is broken (\(error.reason))")
        }
    }
}
