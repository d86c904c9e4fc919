/// A legacy single-byte encoding: bytes below 0x80 are ASCII, each byte from 0x80 up is one
/// character given by a 128-entry table (`SingleByteCodePage+Tables.swift`).
struct SingleByteCodePage: Sendable, Equatable {
    /// The canonical lowercase WHATWG name, such as `windows-1252`.
    let name: String
    /// The Unicode scalar value of bytes 0x80…0xFF, in that order. Bytes a code page leaves
    /// undefined map to the C1 control of the same value, as WHATWG's indexes do.
    let upperHalf: [UInt16]
    /// Whether the code page writes Latin script, so that a well-formed UTF-8 sequence with a
    /// lead byte in `DecodeHeuristics.isFragmentLead` is read as a pasted UTF-8 fragment rather
    /// than as two or three legacy characters. In Cyrillic code pages those bytes are common
    /// letters (windows-1251 `Ві` is the well-formed sequence C2 B3), so they never take
    /// fragments.
    let admitsUTF8Fragments: Bool

    static func == (lhs: SingleByteCodePage, rhs: SingleByteCodePage) -> Bool {
        lhs.name == rhs.name
    }

    /// Appends the UTF-8 form of what `byte` (0x80 or above) means in this code page.
    @inline(__always)
    func appendUTF8(ofUpperByte byte: UInt8, to output: inout [UInt8]) {
        let scalar = upperHalf[Int(byte &- 0x80)]
        if scalar < 0x800 {
            output.append(0xC0 | UInt8(truncatingIfNeeded: scalar >> 6))
            output.append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
        } else {
            output.append(0xE0 | UInt8(truncatingIfNeeded: scalar >> 12))
            output.append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F))
            output.append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
        }
    }

    /// The byte 0x80…0xFF this code page writes `scalar` as, or `nil` when it has none.
    func upperByte(for scalar: UInt32) -> UInt8? {
        guard let index = upperHalf.firstIndex(where: { UInt32($0) == scalar }) else { return nil }
        return UInt8(0x80 + index)
    }
}
