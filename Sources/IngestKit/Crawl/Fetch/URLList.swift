/// A `.urls` file: the pages a run fetches over HTTP, one URL per line. Blank lines and lines
/// whose first character other than white space is `#` are comments; a URL must be `http` or
/// `https` with a host, and hold no white space or control characters. A URL listed twice is
/// one page.
///
/// ```swift
/// let list = URLList(parsing: Array("# health\nhttps://example.org/a\nftp://x\n".utf8))
/// list.urls      // ["https://example.org/a"]
/// list.problems  // [URLList.Problem(line: 3, reason: "not an http or https URL")]
/// ```
public struct URLList: Sendable, Equatable {
    /// A line that is neither a URL nor a comment.
    public struct Problem: Sendable, Equatable {
        /// The line's number, from 1.
        public var line: Int
        /// Why it was not taken.
        public var reason: String
    }

    /// The extension that marks a file as a list of URLs.
    public static let fileExtension = "urls"
    /// The longest URL taken: longer ones are refused by most servers anyway.
    public static let maxURLBytes = 8192

    /// The URLs, each once, sorted byte-wise: the order of their sources in a crawl.
    public var urls: [String]
    /// The lines that could not be taken, in order.
    public var problems: [Problem]

    /// Reads a list's bytes (UTF-8).
    public init(parsing bytes: [UInt8]) {
        var urls: [String] = []
        var problems: [Problem] = []
        var number = 0
        for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let line = Self.trimmed(rawLine)
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            if let reason = Self.problem(with: line) {
                problems.append(Problem(line: number, reason: reason))
            } else {
                urls.append(String(decoding: line, as: UTF8.self))
            }
        }
        urls.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var unique: [String] = []
        for url in urls where unique.last != url {
            unique.append(url)
        }
        self.urls = unique
        self.problems = problems
    }

    /// Whether a file name marks a list of URLs.
    public static func isListName(_ name: String) -> Bool {
        name.utf8.count > fileExtension.utf8.count + 1 && name.hasSuffix("." + fileExtension)
    }

    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C }
        guard let start = line.firstIndex(where: { !isSpace($0) }), let end = line.lastIndex(where: { !isSpace($0) }) else {
            return line[line.endIndex...]
        }
        return line[start...end]
    }

    /// Why a line is not a URL this list takes; `nil` when it is one.
    private static func problem(with line: ArraySlice<UInt8>) -> String? {
        guard line.count <= maxURLBytes else { return "longer than \(maxURLBytes) bytes" }
        guard String(validating: line, as: UTF8.self) != nil else { return "not valid UTF-8" }
        guard line.allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else { return "white space or a control character inside the URL" }
        guard let host = WebAddress(String(decoding: line, as: UTF8.self))?.host, !host.isEmpty else {
            return "not an http or https URL with a host"
        }
        return nil
    }
}
