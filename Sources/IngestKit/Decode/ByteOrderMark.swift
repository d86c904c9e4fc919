/// A byte order mark at the start of a file: the surest sign of its encoding.
struct ByteOrderMark {
    /// The encoding the mark announces.
    let encoding: TextEncoding
    /// The mark's length in bytes, skipped before decoding.
    let length: Int

    /// The marks, longest first so that UTF-32LE's `FF FE 00 00` wins over UTF-16LE's `FF FE`.
    private static let marks: [(bytes: [UInt8], encoding: TextEncoding)] = [
        ([0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian),
        ([0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian),
        ([0xEF, 0xBB, 0xBF], .utf8),
        ([0xFE, 0xFF], .utf16BigEndian),
        ([0xFF, 0xFE], .utf16LittleEndian),
    ]

    /// The mark `bytes` start with, or `nil` when they start with none.
    init?(_ bytes: [UInt8]) {
        guard let mark = Self.marks.first(where: { bytes.starts(with: $0.bytes) }) else { return nil }
        encoding = mark.encoding
        length = mark.bytes.count
    }
}
