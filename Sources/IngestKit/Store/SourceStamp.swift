/// What this machine saw of a source when its manifest entry was made: its size and
/// modification time, and the SHA-256 of the bytes they stand for. The quick check keeps an
/// entry without reading its source when the file still shows the same size and time and the
/// stamp stands for the entry's bytes (a stamp left over from another manifest does not).
///
/// Stamps differ from machine to machine (a clone's files carry the time of the checkout), so
/// they live in `.source-stamps` beside `manifest.json`, never in it: the manifest, the dataset
/// and the documents are then the same bytes on every machine. A run without stamps (a fresh
/// clone) hashes every source once, rewrites nothing that did not change, and writes them.
public struct SourceStamp: Sendable, Equatable {
    /// The file's size in bytes.
    public var size: Int
    /// Its modification time, `seconds.nanoseconds`.
    public var modified: String
    /// SHA-256 of the bytes read with that size and time.
    public var sha256: String

    /// Creates a stamp.
    public init(size: Int, modified: String, sha256: String) {
        self.size = size
        self.modified = modified
        self.sha256 = sha256
    }
}
