/// The stable identity of a document: it depends on where the article lives, not on its text,
/// so an article keeps its id when it changes.
public enum DocumentID {
    /// 16 lowercase hex digits of the SHA-256 of the source's URL, or of its path relative to
    /// the input root when it has no URL.
    public static func make(for source: Source) -> String {
        let key = source.url ?? source.relativePath
        return String(SHA256.hex(of: Array(key.utf8)).prefix(16))
    }
}
