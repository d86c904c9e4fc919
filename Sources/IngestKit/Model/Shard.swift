/// One part of a run split over several machines or processes: shard `index` of `count`, counted
/// from 0 as Slurm's array tasks (`--array=0-3`) and Kubernetes' `JOB_COMPLETION_INDEX` count.
///
/// A source belongs to the shard whose index is the number its document id spells
/// (`DocumentID.number`, the first 8 bytes of a SHA-256) modulo the count. The partition
/// depends on nothing but the id, the same on every machine and in every release, unlike
/// Swift's `Hasher`, which is seeded per process; and the SHA-256 spreads ids evenly, so
/// every shard gets about as many sources.
///
/// ```swift
/// let shard = Shard(parsing: "2/4")!          // the third of four
/// shard.contains(documentNumber: 0x0a)         // true: 10 % 4 == 2
/// shard.description                            // "2/4"
/// ```
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// Which shard, from 0 to `count - 1`.
    public let index: Int
    /// How many shards the sources are split into, at least 1.
    public let count: Int

    /// Shard `index` of `count`; `nil` unless `0 <= index < count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// The shard written `I/N` (as `--shard` takes it); `nil` for any other text, or an index
    /// not below the count.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Shard.decimal(parts[0]), let count = Shard.decimal(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }

    /// Whether the document whose id spells `documentNumber` belongs to this shard.
    public func contains(documentNumber: UInt64) -> Bool {
        documentNumber % UInt64(count) == UInt64(index)
    }

    /// Whether the source at `relativePath` (or `url`) belongs to this shard: its document id,
    /// `DocumentID.make(relativePath:url:)`, does.
    public func contains(relativePath: String, url: String? = nil) -> Bool {
        contains(documentNumber: DocumentID.number(relativePath: relativePath, url: url))
    }

    /// A plain decimal number, digits only (no sign, no spaces).
    static func decimal<S: StringProtocol>(_ text: S) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }
}
