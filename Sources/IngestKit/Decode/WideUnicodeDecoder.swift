/// Decodes UTF-16 and UTF-32, which are strict: a text with an odd byte count, an unpaired
/// surrogate or a value beyond U+10FFFF is not what it claims to be. NUL characters are dropped,
/// as they are from the other encodings.
enum WideUnicodeDecoder {
    /// The text `bytes` hold in `encoding` (one of the UTF-16 and UTF-32 cases), or `nil` when
    /// they are not well-formed in it.
    static func decode(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding) -> String? {
        switch encoding {
        case .utf16LittleEndian: utf16(bytes, bigEndian: false)
        case .utf16BigEndian: utf16(bytes, bigEndian: true)
        case .utf32LittleEndian: utf32(bytes, bigEndian: false)
        case .utf32BigEndian: utf32(bytes, bigEndian: true)
        case .utf8, .singleByte, .legacy: nil
        }
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String? {
        guard bytes.count.isMultiple(of: 2) else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var unitIndex = 0
        while unitIndex < units.count {
            switch units[unitIndex] {
            case 0xD800...0xDBFF:
                guard unitIndex + 1 < units.count, (0xDC00...0xDFFF).contains(units[unitIndex + 1]) else {
                    return nil
                }
                unitIndex += 2
            case 0xDC00...0xDFFF:
                return nil
            default:
                unitIndex += 1
            }
        }
        units.removeAll { $0 == 0 }
        return String(decoding: units, as: UTF16.self)
    }

    private static func utf32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String? {
        guard bytes.count.isMultiple(of: 4) else { return nil }
        var units: [UInt32] = []
        units.reserveCapacity(bytes.count / 4)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let group = bytes[index..<(index + 4)].map(UInt32.init)
            let value = bigEndian
                ? group[0] << 24 | group[1] << 16 | group[2] << 8 | group[3]
                : group[3] << 24 | group[2] << 16 | group[1] << 8 | group[0]
            guard Unicode.Scalar(value) != nil else { return nil }
            if value != 0 { units.append(value) }
            index += 4
        }
        return String(decoding: units, as: UTF32.self)
    }
}
