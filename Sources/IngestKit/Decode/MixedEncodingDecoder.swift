/// Decodes bytes that are not well-formed UTF-8 into UTF-8 without losing a character: every
/// byte that is part of no accepted UTF-8 sequence is read in a legacy single-byte code page.
/// This never produces U+FFFD, and it reads a page that mixes encodings (a UTF-8 template
/// around text pasted in Latin-1, or the reverse) the way its authors saw it.
enum MixedEncodingDecoder {
    /// Which well-formed UTF-8 sequences are read as UTF-8.
    enum UTF8Reading {
        /// Every one: the text is UTF-8 with stray legacy bytes.
        case all
        /// Only those that look like pasted UTF-8 (`DecodeHeuristics.isFragmentLead`): the
        /// text is in the legacy code page.
        case fragments
        /// None: the text is purely in the legacy code page.
        case none
    }

    /// Decodes `bytes` to UTF-8, reading sequences as `reading` says and every other byte 0x80
    /// and up in `codePage`. NUL bytes are dropped.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, reading: UTF8Reading, codePage: SingleByteCodePage
    ) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                let runStart = index
                while index < bytes.count, bytes[index] < 0x80, bytes[index] != 0 { index += 1 }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if index < bytes.count, bytes[index] == 0 { index += 1 }
                continue
            }
            if reading == .all || (reading == .fragments && DecodeHeuristics.isFragmentLead(byte)),
               let length = UTF8Validation.sequenceLength(in: bytes, at: index) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                index += length
                continue
            }
            codePage.appendUTF8(ofUpperByte: byte, to: &output)
            index += 1
        }
        return output
    }
}
