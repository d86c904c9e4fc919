/// The parts of an `http` or `https` URL that fetching needs: the scheme, the authority
/// (`host[:port]`, what per-host limits and `robots.txt` go by) and the path with its query
/// (what `robots.txt` rules match). Only the syntax of RFC 3986 that these need is read.
public struct WebAddress: Sendable, Hashable {
    /// `http` or `https`, lowercased.
    public var scheme: String
    /// `host` or `host:port`, lowercased; user information is dropped.
    public var authority: String
    /// The path and query, at least `/`; the fragment is dropped.
    public var pathAndQuery: String

    /// Reads `url`; `nil` when it is not an absolute `http` or `https` URL.
    public init?(_ url: String) {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = url[url.index(after: colon)...]
        guard rest.hasPrefix("//") else { return nil }
        let afterSlashes = rest.dropFirst(2)
        let authorityEnd = afterSlashes.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterSlashes.endIndex
        var authority = afterSlashes[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var path = afterSlashes[authorityEnd...]
        if let hash = path.firstIndex(of: "#") { path = path[..<hash] }
        self.scheme = scheme
        self.authority = authority.lowercased()
        self.pathAndQuery = path.isEmpty || path.first == "?" ? "/" + path : String(path)
    }

    /// The host without the port.
    public var host: String {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return String(authority[...close])
        }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// The origin, `scheme://authority`: the unit of per-host limits and of `robots.txt`.
    public var origin: String { scheme + "://" + authority }

    /// The URL of this origin's `robots.txt`.
    public var robotsURL: String { origin + "/robots.txt" }

    /// `reference` (a `Location` header) resolved against this address: absolute URLs as they
    /// are, `//host/path`, `/path` and relative paths against this one.
    public func resolving(_ reference: String) -> String {
        if WebAddress(reference) != nil { return reference }
        if reference.hasPrefix("//") { return scheme + ":" + reference }
        if reference.hasPrefix("/") { return origin + reference }
        if reference.hasPrefix("?") {
            let path = pathAndQuery.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "/"
            return origin + path + reference
        }
        let path = pathAndQuery.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "/"
        let folder = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        return origin + folder + reference
    }
}
