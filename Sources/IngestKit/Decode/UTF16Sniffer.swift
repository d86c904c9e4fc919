/// Recognises UTF-16 without a byte order mark by its NUL bytes: text whose characters are
/// mostly below U+0100 (markup, Latin script) has a NUL in the high byte of nearly every code
/// unit and almost never in the low byte.
enum UTF16Sniffer {
    /// `.utf16LittleEndian` or `.utf16BigEndian` when `sniffed` (a file's leading bytes) shows
    /// the pattern, otherwise `nil`.
    static func encoding(sniffing sniffed: ArraySlice<UInt8>) -> TextEncoding? {
        let unitCount = sniffed.count / 2
        guard unitCount > 0 else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        var index = sniffed.startIndex
        for _ in 0..<unitCount {
            if sniffed[index] == 0 { evenNULs += 1 }
            if sniffed[index + 1] == 0 { oddNULs += 1 }
            index += 2
        }
        let high = Double(unitCount) * DecodeHeuristics.minimumUTF16HighNULShare
        let low = Double(unitCount) * DecodeHeuristics.maximumUTF16LowNULShare
        if Double(oddNULs) >= high, Double(evenNULs) <= low { return .utf16LittleEndian }
        if Double(evenNULs) >= high, Double(oddNULs) <= low { return .utf16BigEndian }
        return nil
    }
}
