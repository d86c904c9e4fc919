/// A block's texts compared and hashed byte for byte (their UTF-8) rather than as Swift compares
/// strings (canonical equivalence, which normalizes every non-ASCII string it hashes): the key
/// that finds a block repeated on a page, where a repeat is the same bytes.
struct ByteWiseTexts: Hashable {
    /// The texts, in order.
    let texts: [String]

    static func == (lhs: ByteWiseTexts, rhs: ByteWiseTexts) -> Bool {
        lhs.texts.count == rhs.texts.count && zip(lhs.texts, rhs.texts).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(texts.count)
        for var text in texts {
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            // Ends each text with a byte UTF-8 never holds, so that ["ab", "c"] and ["a", "bc"] differ.
            hasher.combine(UInt8(0xFF))
        }
    }
}
