/// Beginnings of markup tokens with what each means, matched on the token's UTF-8 bytes: a
/// token is compared only with the prefixes that start with its first byte, in the order given,
/// so that the first match is the one a search of the whole list in that order finds.
struct TokenPrefixTable<Value: Sendable>: Sendable {
    private var byFirstByte: [[(prefix: [UInt8], value: Value)]] = Array(repeating: [], count: 256)

    /// A table of `entries`, earlier entries matching first.
    init(_ entries: [(prefix: String, value: Value)]) {
        for entry in entries where !entry.prefix.isEmpty {
            let bytes = Array(entry.prefix.utf8)
            byFirstByte[Int(bytes[0])].append((bytes, entry.value))
        }
    }

    /// The value of the first prefix `token` starts with.
    func firstMatch(in token: String) -> Value? {
        var token = token
        return token.withUTF8 { bytes in
            guard let first = bytes.first else { return nil }
            return byFirstByte[Int(first)].first { bytes.starts(with: $0.prefix) }?.value
        }
    }
}
