/// Well-formed UTF-8, checked on bytes (Unicode 15, table 3-7: no overlong forms, no surrogates,
/// nothing above U+10FFFF).
enum UTF8Validation {
    /// The length of the well-formed UTF-8 sequence starting at `index`, or `nil` when none
    /// starts there: a stray continuation byte, a lead byte without all its continuation bytes,
    /// an overlong form, a surrogate, or a byte that never occurs in UTF-8.
    @inline(__always)
    static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        @inline(__always)
        func continues(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continues(1) ? 2 : nil
        case 0xE0:
            return continues(1, 0xA0...0xBF) && continues(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return continues(1) && continues(2) ? 3 : nil
        case 0xED:
            return continues(1, 0x80...0x9F) && continues(2) ? 3 : nil
        case 0xF0:
            return continues(1, 0x90...0xBF) && continues(2) && continues(3) ? 4 : nil
        case 0xF1...0xF3:
            return continues(1) && continues(2) && continues(3) ? 4 : nil
        case 0xF4:
            return continues(1, 0x80...0x8F) && continues(2) && continues(3) ? 4 : nil
        default:
            return nil
        }
    }

    /// What a byte string is as UTF-8.
    enum Verdict {
        /// Well-formed and all ASCII.
        case ascii
        /// Well-formed, with at least one multi-byte sequence.
        case valid
        /// Not well-formed.
        case invalid
    }

    /// Checks all of `bytes`, skipping runs of ASCII eight bytes at a time.
    static func verdict(_ bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        let wordSize = MemoryLayout<UInt64>.size
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var sawMultiByte = false
        var index = 0
        while index < bytes.count {
            if index + wordSize <= bytes.count,
               let base = bytes.baseAddress,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & highBits == 0 {
                index += wordSize
                continue
            }
            guard let length = sequenceLength(in: bytes, at: index) else { return .invalid }
            if length > 1 { sawMultiByte = true }
            index += length
        }
        return sawMultiByte ? .valid : .ascii
    }
}

/// How much of a byte string that is not well-formed UTF-8 still is: the evidence for reading
/// it as UTF-8 with stray legacy bytes or as a legacy code page.
struct UTF8Census {
    /// Well-formed sequences of two to four bytes.
    var multiByteSequences = 0
    /// Bytes 0x80 and up that are part of no well-formed sequence.
    var invalidBytes = 0

    /// Counts the sequences and invalid bytes of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if let length = UTF8Validation.sequenceLength(in: bytes, at: index) {
                multiByteSequences += 1
                index += length
            } else {
                invalidBytes += 1
                index += 1
            }
        }
    }

    /// Whether the bytes read best as UTF-8 with a few stray legacy bytes
    /// (`DecodeHeuristics.utf8MajorityRatio`).
    var isMostlyUTF8: Bool {
        multiByteSequences >= invalidBytes * DecodeHeuristics.utf8MajorityRatio
    }
}
