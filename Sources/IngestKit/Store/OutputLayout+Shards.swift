extension OutputLayout {
    /// `shards/`, where the shards of a split run (`--shard I/N`) write their parts.
    public var shards: String { FileSystem.join(folder, "shards") }

    /// The part `shard` writes: `shards/<I>-of-<N>/`, an output folder of its own (documents,
    /// `dataset.jsonl`, `manifest.json`, report, lock and this machine's state) for the
    /// shard's sources, and its completion marker (`ShardCompletion`).
    public func part(of shard: Shard) -> OutputLayout {
        OutputLayout(folder: FileSystem.join(shards, Self.partName(of: shard)))
    }

    /// The name of a shard's part folder, `<I>-of-<N>`.
    static func partName(of shard: Shard) -> String {
        "\(shard.index)-of-\(shard.count)"
    }

    /// The shard whose part a folder named `name` is; `nil` for a name of another shape.
    static func shard(ofPartNamed name: String) -> Shard? {
        guard let separator = name.range(of: "-of-"),
              let index = Shard.decimal(name[..<separator.lowerBound]),
              let count = Shard.decimal(name[separator.upperBound...]) else { return nil }
        return Shard(index: index, count: count)
    }
}
