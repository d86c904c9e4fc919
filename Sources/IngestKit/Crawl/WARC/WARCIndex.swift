/// What reading a WARC archive found, kept so that an unchanged archive is not read again: its
/// pages (one per URL, the later record of a URL winning, sorted byte-wise by URL), the records
/// passed over and those that could not be read.
///
/// It is written beside the manifest (`.warc-index/`, machine-local like `.source-stamps`: it
/// holds the archive's size and modification time) as lines of tab-separated fields:
///
/// ```
/// ingest warc index 1	<archive size>	<archive modified>	<max bytes>
/// F	<reason>                                      a record that could not be read
/// S	<url or nothing>	<reason>                 a record passed over
/// P	<kind>	<offset>	<format>	<bytes>	<url>    a page, in order of URL
/// ```
struct WARCIndex: Sendable, Equatable {
    /// A page of the archive: a source.
    struct Page: Sendable, Equatable {
        var url: String
        var offset: Int
        var kind: WARCRecordAddress.Kind
        var format: SourceFormat
        /// The page's size once HTTP's encodings are undone (over the limit: more than it).
        var size: Int
    }

    /// A record passed over: its URL when it has one, and why.
    struct Skipped: Sendable, Equatable {
        var url: String?
        var reason: String
    }

    /// What the archive was when read: an index of another size, time or limit is not used.
    struct Stamp: Sendable, Equatable {
        var size: Int
        var modified: String
        var maxBytes: Int
    }

    var pages: [Page] = []
    var skipped: [Skipped] = []
    /// The records that could not be read, each reason naming the record's offset.
    var failures: [String] = []

    /// The first line of an index file, before its stamp.
    private static let header = "ingest warc index 1"
    private static let tab = "\t"

    /// The index as its file holds it.
    func encoded(stamp: Stamp) -> [UInt8] {
        var text = [Self.header, String(stamp.size), stamp.modified, String(stamp.maxBytes)].joined(separator: Self.tab) + "\n"
        for failure in failures { text += "F\t\(Self.oneLine(failure))\n" }
        for skip in skipped { text += "S\t\(skip.url ?? "")\t\(Self.oneLine(skip.reason))\n" }
        for page in pages {
            text += "P\t\(page.kind.rawValue)\t\(page.offset)\t\(page.format.rawValue)\t\(page.size)\t\(page.url)\n"
        }
        return Array(text.utf8)
    }

    /// The index an index file holds, when it was made for an archive with `stamp`; `nil` for
    /// any other file (another stamp, another layout, damage).
    static func decode(_ bytes: [UInt8], expecting stamp: Stamp) -> WARCIndex? {
        guard let text = String(validating: bytes, as: UTF8.self), text.hasSuffix("\n") else { return nil }
        var lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)[...]
        let expected = [header, String(stamp.size), stamp.modified, String(stamp.maxBytes)].joined(separator: tab)
        guard lines.popFirst().map(String.init) == expected else { return nil }
        var index = WARCIndex()
        var lastURL: String?
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch fields.first {
            case "F" where fields.count == 2:
                index.failures.append(fields[1])
            case "S" where fields.count == 3:
                index.skipped.append(Skipped(url: fields[1].isEmpty ? nil : fields[1], reason: fields[2]))
            case "P" where fields.count == 6:
                guard let kind = WARCRecordAddress.Kind(rawValue: fields[1]), let offset = Int(fields[2]),
                      let format = SourceFormat(rawValue: fields[3]), let size = Int(fields[4]), !fields[5].isEmpty,
                      lastURL.map({ $0.utf8.lexicographicallyPrecedes(fields[5].utf8) }) ?? true else { return nil }
                lastURL = fields[5]
                index.pages.append(Page(url: fields[5], offset: offset, kind: kind, format: format, size: size))
            default:
                return nil
            }
        }
        return index
    }

    /// The ending of an index file's name.
    static let fileNameSuffix = ".index"

    /// Removes the index files in `folder` but those named in `names`: the indexes of archives
    /// gone from the input. A cache: what cannot be removed now is removed by a later run.
    static func sweep(_ folder: String, keeping names: Set<String>) {
        var stale: [String] = []
        try? FileSystem.forEachEntry(in: folder) { entry in
            let name = String(decoding: entry.name, as: UTF8.self)
            if name.hasSuffix(fileNameSuffix), !names.contains(name) { stale.append(name) }
        }
        for name in stale {
            try? FileSystem.removeFile(FileSystem.join(folder, name))
        }
    }

    /// `text` with tabs and line breaks turned into spaces, to fit one field of a line.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
