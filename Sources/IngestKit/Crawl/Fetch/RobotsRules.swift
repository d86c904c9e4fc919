/// What a site's `robots.txt` allows a crawler, read as RFC 9309 says: the groups whose
/// `User-agent` is the crawler's product token (or, when none is, the `*` groups) give `Allow`
/// and `Disallow` rules; the longest rule matching a path decides, `Allow` on a tie, and a path
/// no rule matches is allowed. A rule's `*` matches any run of characters and a final `$` the
/// end of the path.
///
/// ```swift
/// let rules = RobotsRules(parsing: Array("User-agent: *\nDisallow: /private\nAllow: /private/ok\n".utf8), token: "ingest")
/// rules.allows("/private/x")    // false
/// rules.allows("/private/ok/1") // true
/// ```
public struct RobotsRules: Sendable, Equatable {
    /// One `Allow` or `Disallow` line.
    struct Rule: Sendable, Equatable {
        var allows: Bool
        var pattern: [UInt8]
    }

    private var rules: [Rule]

    /// Rules that allow every path: a site without `robots.txt` (or whose `robots.txt` answers
    /// 4xx).
    public static let allowingAll = RobotsRules(rules: [])
    private init(rules: [Rule]) {
        self.rules = rules
    }

    /// Reads `robots.txt` for the crawler whose product token is `token`.
    public init(parsing bytes: [UInt8], token: String) {
        var groups: [(agents: [String], rules: [Rule])] = []
        var readingAgents = false
        for rawLine in bytes.split(whereSeparator: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            let text = String(decoding: rawLine, as: UTF8.self)
            let content = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = content.firstIndex(of: ":") else { continue }
            let key = content[..<colon].trimmingSpaces().lowercased()
            let value = String(content[content.index(after: colon)...].trimmingSpaces())
            switch key {
            case "user-agent":
                if !readingAgents || groups.isEmpty { groups.append(([], [])) }
                groups[groups.count - 1].agents.append(value.lowercased())
                readingAgents = true
            case "allow", "disallow":
                readingAgents = false
                guard !groups.isEmpty, !value.isEmpty else { continue }
                groups[groups.count - 1].rules.append(Rule(allows: key == "allow", pattern: Array(value.utf8)))
            default:
                continue
            }
        }
        let token = token.lowercased()
        let own = groups.filter { $0.agents.contains(token) }
        let chosen = own.isEmpty ? groups.filter { $0.agents.contains("*") } : own
        rules = chosen.flatMap(\.rules)
    }

    /// Whether the rules allow `pathAndQuery` (`/a/b?c`).
    public func allows(_ pathAndQuery: String) -> Bool {
        let path = Array(pathAndQuery.utf8)
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern[...], path[...]) {
            guard let current = best else { best = rule; continue }
            if rule.pattern.count > current.pattern.count || (rule.pattern.count == current.pattern.count && rule.allows) {
                best = rule
            }
        }
        return best?.allows ?? true
    }

    /// Whether `pattern` matches a prefix of `path` (the whole of it when the pattern ends in `$`).
    private static func matches(_ pattern: ArraySlice<UInt8>, _ path: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        if first == UInt8(ascii: "$") && pattern.count == 1 { return path.isEmpty }
        if first == UInt8(ascii: "*") {
            let rest = pattern.dropFirst()
            var tail = path
            while true {
                if matches(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let byte = path.first, byte == first else { return false }
        return matches(pattern.dropFirst(), path.dropFirst())
    }
}

extension Substring {
    /// Without the spaces and tabs at either end.
    fileprivate func trimmingSpaces() -> Substring {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[start...end]
    }
}
