import Foundation

/// The one place where glibc's iconv is called: bytes in a legacy charset that has no table in
/// this stage (GBK, Big5, Shift_JIS, EUC-KR, ISO-2022-JP, windows-1253 …) are converted to UTF-8
/// by it. Each conversion opens and closes its own converter, so conversions on several threads
/// share nothing.
enum IconvConverter {
    /// What a conversion gave.
    struct Conversion {
        /// The text as well-formed UTF-8, without NUL characters; each byte that is not part of
        /// a character in the charset is U+FFFD, as a browser shows it.
        var utf8: [UInt8]
        /// How many bytes were not part of a character in the charset. An incomplete character
        /// cut off at the very end is dropped and not counted.
        var invalidBytes = 0
        /// The offset of the first of them.
        var firstInvalidOffset: Int?
    }

    /// What `iconv_open` returns, as a number, when it knows no such conversion.
    private static let noConverter = -1

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// The longest charset name handed to iconv; real names are a few bytes long.
    private static let maximumNameLength = 40

    /// Whether iconv knows `charset` and it writes printable ASCII, tab and line breaks as the
    /// same bytes, so that a declaration read from a page's ASCII bytes can be true: not UTF-7,
    /// UTF-32 or EBCDIC.
    static func isASCIICompatible(_ charset: String) -> Bool {
        let probe: [UInt8] = [0x09, 0x0A, 0x0D] + Array(0x20...0x7E)
        let conversion = probe.withUnsafeBufferPointer { convert($0, from: charset) }
        return conversion?.utf8 == probe && conversion?.invalidBytes == 0
    }

    /// Converts `bytes` from `charset` to UTF-8, or returns `nil` when iconv cannot convert
    /// from it. Only plain names are handed to iconv: it reads suffixes such as `//IGNORE` as
    /// options, so a name with anything but ASCII letters, digits and `-_.:+` is refused. A byte where no character of the charset starts becomes U+FFFD and the
    /// conversion goes on after it.
    static func convert(_ bytes: UnsafeBufferPointer<UInt8>, from charset: String) -> Conversion? {
        guard isPlainName(charset), let converter = open(charset) else { return nil }
        defer { iconv_close(converter) }
        // Two bytes of GBK or Big5 are three of UTF-8; grown when a page needs more.
        var output = [UInt8](repeating: 0, count: bytes.count + bytes.count / 2 + replacementCharacter.count)
        var written = 0
        var invalidBytes = 0
        var firstInvalidOffset: Int?
        guard let base = bytes.baseAddress else { return Conversion(utf8: []) }
        // iconv takes a mutable pointer to the input but only reads through it.
        let inputBase = UnsafeMutableRawPointer(mutating: base).assumingMemoryBound(to: CChar.self)
        var input: UnsafeMutablePointer<CChar>? = inputBase
        var inputLeft = bytes.count
        /// One call of iconv, converting the rest of the input, or with `flushing` only writing
        /// what the converter holds back: windows-1255 and windows-1258 keep the last
        /// character until they know no combining mark follows. Returns `errno` on failure.
        func convertMore(flushing: Bool) -> Int32? {
            if output.count - written < replacementCharacter.count {
                output.append(contentsOf: repeatElement(0, count: output.count))
            }
            return output.withUnsafeMutableBufferPointer { buffer in
                guard let outputBase = buffer.baseAddress else { return E2BIG }
                var cursor: UnsafeMutablePointer<CChar>? =
                    UnsafeMutableRawPointer(outputBase + written).assumingMemoryBound(to: CChar.self)
                var outputLeft = buffer.count - written
                let result = flushing
                    ? iconv(converter, nil, nil, &cursor, &outputLeft)
                    : iconv(converter, &input, &inputLeft, &cursor, &outputLeft)
                written = buffer.count - outputLeft
                return result == -1 ? errno : nil
            }
        }

        while inputLeft > 0 {
            switch convertMore(flushing: false) {
            case nil:
                continue
            case E2BIG:
                output.append(contentsOf: repeatElement(0, count: output.count))
            case EILSEQ:
                let offset = bytes.count - inputLeft
                firstInvalidOffset = firstInvalidOffset ?? offset
                invalidBytes += 1
                input = inputBase + offset + 1
                inputLeft -= 1
                if output.count - written < replacementCharacter.count {
                    output.append(contentsOf: repeatElement(0, count: output.count))
                }
                output.replaceSubrange(written..<(written + replacementCharacter.count), with: replacementCharacter)
                written += replacementCharacter.count
            default:
                // EINVAL: a character cut off at the end of the input.
                inputLeft = 0
            }
        }
        while convertMore(flushing: true) == E2BIG {
            output.append(contentsOf: repeatElement(0, count: output.count))
        }
        output.removeSubrange(written...)
        if output.contains(0) { output.removeAll { $0 == 0 } }
        return Conversion(utf8: output, invalidBytes: invalidBytes, firstInvalidOffset: firstInvalidOffset)
    }

    private static func open(_ charset: String) -> UnsafeMutableRawPointer? {
        guard let converter = iconv_open("UTF-8", charset), Int(bitPattern: converter) != noConverter else { return nil }
        return converter
    }

    private static func isPlainName(_ charset: String) -> Bool {
        !charset.isEmpty && charset.utf8.count <= maximumNameLength && charset.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "+"):
                true
            default:
                false
            }
        }
    }
}
