/// The parts a split run's shards wrote under `OUT/shards/`, found and checked before they are
/// merged: there must be one part for each shard `0..<N` and none of another count, each one
/// complete (its `ShardCompletion` marker there, of its own shard) and unchanged since (its
/// `dataset.jsonl` and `manifest.json` of the size and SHA-256 the marker records), all made by
/// one pipeline version. Checking reads each part's dataset and manifest once.
struct ShardParts {
    /// One complete part.
    struct Part {
        var shard: Shard
        var layout: OutputLayout
        var completion: ShardCompletion
    }

    /// Why the parts cannot be merged: one line per problem, each naming the part or file.
    struct Refusal: Error {
        var problems: [String]
    }

    /// The parts, in order of shard index.
    let parts: [Part]

    /// The shard count, from the parts.
    var count: Int { parts.first?.shard.count ?? 0 }

    /// Finds and checks the parts under `layout.shards`: of `count` shards when it is given,
    /// else of the count all their folders name.
    /// - Throws: `Refusal` listing every problem found.
    init(in layout: OutputLayout, count expectedCount: Int?) throws(Refusal) {
        let found = try Self.partFolders(in: layout)
        let counts = Set(found.map(\.count)).sorted()
        guard let total = expectedCount ?? (counts.count == 1 ? counts.first : nil) else {
            throw Refusal(problems: ["""
                \(layout.shards): parts of \(counts.map(String.init).joined(separator: " and ")) shards: \
                remove those of the other counts, or name the count with --shard-count N
                """])
        }
        guard total >= 1 else { throw Refusal(problems: ["\(layout.shards): a shard count of \(total) cannot be merged"]) }
        var problems: [String] = []
        for other in found.filter({ $0.count != total }).sorted(by: Self.precedes) {
            problems.append("\(layout.part(of: other).folder): a shard of \(other.count), not of \(total): remove it")
        }
        var parts: [Part] = []
        for index in 0..<total {
            guard let shard = Shard(index: index, count: total) else { continue }
            let part = layout.part(of: shard)
            guard found.contains(shard) else {
                problems.append("\(part.folder): missing: shard \(shard) has not run")
                continue
            }
            switch Self.check(part, of: shard) {
            case .success(let completion): parts.append(Part(shard: shard, layout: part, completion: completion))
            case .failure(let refusal): problems += refusal.problems
            }
        }
        if let reference = parts.first {
            for part in parts where part.completion.pipelineVersion != reference.completion.pipelineVersion {
                problems.append("""
                    \(part.layout.folder): made by pipeline \(part.completion.pipelineVersion), shard \(reference.shard) \
                    by \(reference.completion.pipelineVersion): run the shards again with one version
                    """)
            }
        }
        guard problems.isEmpty else { throw Refusal(problems: problems) }
        self.parts = parts
    }

    /// Whether the part `layout` still holds what it held when it was checked: its marker is
    /// the one `part` was checked with. A shard run again withdraws its marker before it
    /// changes anything, so a merge that finds every marker as it was read what was checked.
    static func stands(_ part: Part) -> Bool {
        (try? ShardCompletion.recorded(in: part.layout)) == part.completion
    }

    /// The shards whose part folders (`<I>-of-<N>`) are under `layout.shards`.
    private static func partFolders(in layout: OutputLayout) throws(Refusal) -> [Shard] {
        var found: [Shard] = []
        do throws(SystemError) {
            try FileSystem.forEachEntry(in: layout.shards) { entry in
                guard let name = String(validating: entry.name, as: UTF8.self),
                      let shard = OutputLayout.shard(ofPartNamed: name),
                      FileSystem.status(of: FileSystem.join(layout.shards, name), followingLinks: true)?.kind == .directory
                else { return }
                found.append(shard)
            }
        } catch {
            throw Refusal(problems: ["\(layout.shards): no shard parts to merge (\(error.reason)); run ingest --shard I/N first"])
        }
        guard !found.isEmpty else {
            throw Refusal(problems: ["\(layout.shards): no shard parts to merge; run ingest --shard I/N first"])
        }
        return found
    }

    /// The marker of the part of `shard` at `part`, checked against the part's files.
    private static func check(_ part: OutputLayout, of shard: Shard) -> Result<ShardCompletion, Refusal> {
        let completion: ShardCompletion?
        do throws(RunError) {
            completion = try ShardCompletion.recorded(in: part)
        } catch {
            return .failure(Refusal(problems: [error.description]))
        }
        guard let completion else {
            return .failure(Refusal(problems: [
                "\(part.folder): incomplete: no \(ShardCompletion.name) (the shard is running, was stopped, or failed)",
            ]))
        }
        guard completion.shard == shard else {
            return .failure(Refusal(problems: [
                "\(ShardCompletion.path(in: part)): the marker of shard \(completion.shard), in the part of shard \(shard)",
            ]))
        }
        var problems: [String] = []
        for (path, recorded) in [(part.dataset, completion.dataset), (part.manifest, completion.manifest)] {
            do throws(SystemError) {
                let now = try SHA256.digest(ofFileAt: path)
                if now != recorded {
                    problems.append("""
                        \(path): changed since the shard completed (\(now.bytes) bytes, recorded \(recorded.bytes) \
                        with another SHA-256): run the shard again
                        """)
                }
            } catch {
                problems.append("\(error.description), though the shard completed: run the shard again")
            }
        }
        return problems.isEmpty ? .success(completion) : .failure(Refusal(problems: problems))
    }

    /// Orders shards by count, then index.
    private static func precedes(_ first: Shard, _ second: Shard) -> Bool {
        (first.count, first.index) < (second.count, second.index)
    }
}
