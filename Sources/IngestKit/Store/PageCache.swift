/// The last body fetched of each listed page, gzip-compressed, with what the server said of it,
/// under `.fetch-cache/` in the output folder: `<id>.page`, the page's document id. With it a
/// 304 still has its page at hand, so a `--full` run or a new pipeline version rebuilds every
/// document without downloading a page again.
///
/// A file holds a few header lines, a blank line and the gzip body:
///
/// ```
/// ingest page cache 1
/// url https://example.org/a
/// etag "v1"
/// last-modified Wed, 21 Oct 2026 07:28:00 GMT
/// content-type text/html; charset=utf-8
/// sha256 3f9c…
/// bytes 10491
///
/// <gzip>
/// ```
///
/// The validators live here, with the body they validate, not in a file of their own: a
/// request is conditional only when the body it names is at hand, and one atomic write keeps
/// the two together whatever becomes of the run. Like `.source-stamps`, it is this machine's
/// state, never part of the dataset.
struct PageCache: Sendable {
    /// What the cache knows of a page, without its body.
    struct Record: Sendable, Equatable {
        var url: String
        var etag: String?
        var lastModified: String?
        var contentType: String?
        /// SHA-256 of the body.
        var sha256: String
        /// The body's size.
        var bytes: Int
    }

    /// The cache's folder.
    let folder: String

    private static let header = "ingest page cache 1"
    private static let pageExtension = ".page"

    /// The cache of the output folder `layout`.
    init(_ layout: OutputLayout) {
        folder = layout.fetchCache
    }

    /// The file of the page with document id `id`.
    func path(id: String) -> String {
        FileSystem.join(folder, id + Self.pageExtension)
    }

    /// What the cache holds of `url`, the page with document id `id`; `nil` when it holds
    /// nothing readable for that URL.
    func record(id: String, url: String) -> Record? {
        guard let file = try? FileSystem.readFile(at: path(id: id)), let (record, _) = Self.split(file),
              record.url == url else { return nil }
        return record
    }

    /// The body of the page `record` describes, read and checked against it; `nil` when it
    /// cannot be read, is over `limit` bytes or is not the body the record names.
    func body(of record: Record, id: String, limit: Int) -> [UInt8]? {
        guard let file = try? FileSystem.readFile(at: path(id: id)), let (stored, offset) = Self.split(file),
              stored == record, let body = try? Gzip.decompress(Array(file[offset...]), limit: limit),
              body.count == record.bytes, SHA256.hex(of: body) == record.sha256 else { return nil }
        return body
    }

    /// Keeps `body` as the page of `record`, replacing what was kept.
    /// - Throws: `SystemError` when it cannot be written (the run goes on without it).
    func store(_ body: [UInt8], as record: Record, id: String) throws(SystemError) {
        var lines = [Self.header, "url " + record.url]
        if let etag = record.etag { lines.append("etag " + etag) }
        if let lastModified = record.lastModified { lines.append("last-modified " + lastModified) }
        if let contentType = record.contentType { lines.append("content-type " + contentType) }
        lines += ["sha256 " + record.sha256, "bytes \(record.bytes)", "", ""]
        var file = Array(lines.joined(separator: "\n").utf8)
        do {
            // The fastest level: a run compresses every page it downloads, and on one core
            // the default level took longer than processing the pages (140 MB of HTML: 4.4 s
            // against 1.4 s, for 20 % against 23 % of the bytes).
            file += try Gzip.compress(body, level: Gzip.fastestLevel)
        } catch {
            throw SystemError("compress", path: path(id: id), cause: .other(error.reason))
        }
        try FileSystem.createDirectory(folder)
        try atomicWrite(file, to: path(id: id), syncing: false)
    }

    /// Removes every file but the pages whose id `keeps` says to keep (temporary files of a
    /// killed run included). A file that cannot be removed stays for the next run to try.
    func sweep(keeping keeps: (String) -> Bool) {
        var doomed: [String] = []
        try? FileSystem.forEachEntry(in: folder) { entry in
            let name = String(decoding: entry.name, as: UTF8.self)
            let id = name.hasSuffix(Self.pageExtension) ? String(name.dropLast(Self.pageExtension.count)) : ""
            if !DocumentID.isWellFormed(id) || !keeps(id) { doomed.append(FileSystem.join(folder, name)) }
        }
        for path in doomed {
            try? FileSystem.removeFile(path)
        }
    }

    /// The record at the head of a cache file, and where its body starts.
    private static func split(_ file: [UInt8]) -> (Record, Int)? {
        guard let end = blankLine(in: file) else { return nil }
        let lines = String(decoding: file[..<end], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(header) else { return nil }
        var fields: [Substring: String] = [:]
        for line in lines.dropFirst() {
            guard let space = line.firstIndex(of: " ") else { continue }
            fields[line[..<space]] = String(line[line.index(after: space)...])
        }
        guard let url = fields["url"], let sha256 = fields["sha256"], let bytes = fields["bytes"].flatMap({ Int($0) }) else {
            return nil
        }
        let record = Record(url: url, etag: fields["etag"], lastModified: fields["last-modified"],
                            contentType: fields["content-type"], sha256: sha256, bytes: bytes)
        return (record, end + 2)
    }

    /// Where the header's closing blank line starts: the index of the first of two newlines.
    private static func blankLine(in file: [UInt8]) -> Int? {
        var index = 0
        while index + 1 < file.count {
            if file[index] == UInt8(ascii: "\n") && file[index + 1] == UInt8(ascii: "\n") { return index }
            index += 1
        }
        return nil
    }
}
