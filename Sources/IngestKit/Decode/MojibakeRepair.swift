import Foundation

/// Undoes UTF-8 that was encoded twice: UTF-8 bytes once misread as windows-1252 (or Latin-1)
/// and encoded again, so `für` shows as `fÃ¼r` and `’` as `â€™`; a second misreading makes
/// `fÃƒÂ¼r`, undone layer by layer. Real pages carry such fragments in titles, attributes and
/// scripts copied through a misconfigured tool.
///
/// A doubly encoded sequence is a character read from a trusted lead byte
/// (`DecodeHeuristics.isFragmentLead`: `Â`, `Ã`, `â`) followed by the one or two characters whose
/// windows-1252 bytes are its continuation bytes, the whole forming well-formed UTF-8. Nothing
/// else is touched: a text that really means `Ã¼` (an article about mojibake) is the price.
enum MojibakeRepair {
    /// The bytes with every doubly (or trebly …) encoded sequence undone, or `nil` when `bytes`
    /// (well-formed UTF-8) hold none, which is the common case and costs one scan.
    static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard var repaired = repairedOnce(bytes) else { return nil }
        for _ in 1..<DecodeHeuristics.maximumEncodingLayers {
            guard let deeper = repaired.withUnsafeBufferPointer(repairedOnce) else { break }
            repaired = deeper
        }
        return repaired
    }

    /// The bytes with one layer of encoding undone, or `nil` when there is none.
    private static func repairedOnce(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        var copiedUpTo = 0
        var index = 0
        guard let base = bytes.baseAddress else { return nil }
        while index + 1 < bytes.count {
            // A trusted lead byte, itself encoded as UTF-8: C3 82 (Â), C3 83 (Ã) or C3 A2 (â).
            // `memchr` skips to the next C3 far faster than a loop over the bytes.
            guard let found = memchr(base + index, 0xC3, bytes.count - index) else { break }
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard index + 1 < bytes.count, let repair = repair(in: bytes, at: index) else {
                index += 1
                continue
            }
            if output.isEmpty { output.reserveCapacity(bytes.count) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
            output.append(contentsOf: repair.original)
            index += repair.consumed
            copiedUpTo = index
        }
        guard copiedUpTo > 0 else { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
        return output
    }

    /// The original bytes of the doubly encoded sequence starting at `index`, and how many bytes
    /// it spans, or `nil` when there is none.
    private static func repair(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (original: [UInt8], consumed: Int)? {
        // C3 xx encodes U+00C0 + (xx - 0x80), whose windows-1252 byte is xx + 0x40.
        let lead = bytes[index + 1] &+ 0x40
        guard (0x80...0xBF).contains(bytes[index + 1]), DecodeHeuristics.isFragmentLead(lead) else {
            return nil
        }
        var original: [UInt8] = [lead]
        var cursor = index + 2
        let continuationCount = lead >= 0xE0 ? 2 : 1
        for _ in 0..<continuationCount {
            guard cursor < bytes.count,
                  let (byte, length) = windows1252Continuation(in: bytes, at: cursor) else { return nil }
            original.append(byte)
            cursor += length
        }
        let isWellFormed = original.withUnsafeBufferPointer {
            UTF8Validation.sequenceLength(in: $0, at: 0) == $0.count
        }
        return isWellFormed ? (original, cursor - index) : nil
    }

    /// The byte 0x80…0xBF that the character at `index` is in windows-1252 (or, for the C1
    /// controls a Latin-1 misreading leaves, in Latin-1), and the character's UTF-8 length.
    private static func windows1252Continuation(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (byte: UInt8, length: Int)? {
        // Every windows-1252 character is in the Basic Multilingual Plane: two or three bytes.
        guard let length = UTF8Validation.sequenceLength(in: bytes, at: index),
              (2...3).contains(length) else { return nil }
        if length == 2, bytes[index] == 0xC2 {
            return (bytes[index + 1], 2)  // U+0080…U+00BF
        }
        var scalar = UInt32(bytes[index]) & (length == 2 ? 0x1F : 0x0F)
        for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let byte = SingleByteCodePage.windows1252.upperByte(for: scalar), byte < 0xC0 else {
            return nil
        }
        return (byte, length)
    }
}
