/// A line's UTF-8 bytes, stepped Character by Character with exactly the boundaries Swift gives
/// the line's Characters, but without building a `Character` for each one: where neither of two
/// neighbouring scalars can join another, the boundary between them is certain and costs a
/// byte comparison; only around the scalars that can join (combining marks, joiners, emoji,
/// Hangul jamo, a carriage return …) is Swift's grapheme breaking asked.
struct LineCharacters {
    /// The line, for the Characters that Swift has to break.
    let text: Substring
    /// The line's UTF-8 bytes.
    let bytes: [UInt8]

    /// The Characters of `text`.
    init(_ text: Substring) {
        self.text = text
        bytes = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
    }

    /// The byte offset after the Character that starts at `offset` (a Character boundary).
    func end(ofCharacterAt offset: Int) -> Int {
        let scalarEnd = offset + Self.scalarLength(leadingByte: bytes[offset])
        if scalarEnd >= bytes.count { return bytes.count }
        if neverJoins(scalarAt: offset) && neverJoins(scalarAt: scalarEnd) { return scalarEnd }
        let index = text.utf8.index(text.startIndex, offsetBy: offset)
        return offset + text.utf8.distance(from: index, to: text.index(after: index))
    }

    /// Whether the Character at `offset` is exactly the ASCII character `byte`.
    func isCharacter(_ byte: UInt8, at offset: Int) -> Bool {
        bytes[offset] == byte && end(ofCharacterAt: offset) == offset + 1
    }

    /// The Character that starts at `offset`, for its properties.
    func character(at offset: Int) -> Character {
        text[text.utf8.index(text.startIndex, offsetBy: offset)]
    }

    /// The byte length of the scalar whose UTF-8 encoding starts with `leadingByte`.
    private static func scalarLength(leadingByte: UInt8) -> Int {
        switch leadingByte {
        case ..<0x80: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }

    /// Whether the scalar at `offset` has a grapheme break before and after it whatever stands
    /// beside it (UAX #29): below U+0300 (all but a carriage return, which holds a line feed),
    /// general punctuation, Cyrillic letters and CJK ideographs. Anything else may join.
    private func neverJoins(scalarAt offset: Int) -> Bool {
        let lead = bytes[offset]
        if lead < 0x80 { return lead != 0x0D }
        let length = Self.scalarLength(leadingByte: lead)
        guard offset + length <= bytes.count else { return false }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in (offset + 1)..<(offset + length) {
            value = value << 6 | UInt32(bytes[index] & 0x3F)
        }
        switch value {
        case 0x80..<0x300, 0x400...0x482, 0x2010...0x2029, 0x4E00...0x9FFF: return true
        default: return false
        }
    }
}
