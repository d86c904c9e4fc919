/// A set of small non-negative integers (the positions of entries in a file, say), one bit
/// each: 100,000 positions take 12.5 KB.
struct OrdinalSet: Sendable {
    private var words: [UInt64] = []
    /// How many ordinals the set holds.
    private(set) var count = 0

    /// An empty set.
    init() {}

    /// Adds `ordinal` (≥ 0).
    mutating func insert(_ ordinal: Int) {
        let (word, bit) = ordinal.quotientAndRemainder(dividingBy: 64)
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        let mask = UInt64(1) << UInt64(bit)
        if words[word] & mask == 0 { count += 1 }
        words[word] |= mask
    }

    /// Whether the set holds `ordinal`.
    func contains(_ ordinal: Int) -> Bool {
        let (word, bit) = ordinal.quotientAndRemainder(dividingBy: 64)
        return word < words.count && words[word] & (UInt64(1) << UInt64(bit)) != 0
    }
}
