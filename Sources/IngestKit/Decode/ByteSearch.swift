extension String {
    /// Where `pattern`, the UTF-8 of a whole string, first occurs in this string's UTF-8: a
    /// byte-wise search (no canonical equivalence), much cheaper than the generic collection
    /// search, for separators and markers that text holds in one spelling.
    func firstByteRange(of pattern: [UInt8]) -> Range<String.Index>? {
        guard let first = pattern.first else { return nil }
        let found: Int? = utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= pattern.count else { return nil }
            var start = 0
            let last = bytes.count - pattern.count
            while start <= last {
                if bytes[start] == first {
                    var matched = 1
                    while matched < pattern.count, bytes[start + matched] == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return start }
                }
                start += 1
            }
            return nil
        } ?? utf8.firstRange(of: pattern).map { utf8.distance(from: utf8.startIndex, to: $0.lowerBound) }
        guard let found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    /// The words between spaces (U+0020), empty ones left out, the last holding the rest of the
    /// text after `maxSplits` splits: `split(separator: " ")` done on the UTF-8 bytes, without
    /// walking grapheme clusters.
    func spaceSeparatedWords(maxSplits: Int = Int.max) -> [Substring] {
        utf8.split(separator: 0x20, maxSplits: maxSplits).map { self[$0.startIndex..<$0.endIndex] }
    }
}
