import Foundation

/// Turns a source's raw bytes into Unicode text, finding out which encoding they are in.
///
/// The encoding is decided in this order:
/// 1. A file that starts with the magic number of a binary format (PNG, PDF, ZIP, gzip …) is
///    rejected as `.binary`.
/// 2. A byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) decides.
/// 3. UTF-16 without a byte order mark is recognised by the NUL bytes in every other position.
/// 4. Otherwise NUL bytes or many control bytes in the first kilobytes mean `.binary`.
/// 5. The charset of the `Content-Type` the page was served with (a page from a WARC archive or
///    fetched over HTTP), when it names a known encoding, else for HTML a charset declared in
///    the first kilobytes (`CharsetDeclaration`), chooses the legacy charset (the order of the
///    HTML standard: byte order mark, then the transport layer, then `<meta>`), but the bytes have the last word: a page that is well-formed UTF-8
///    with non-ASCII characters is UTF-8 whatever it declares, because legacy text is almost
///    never well-formed UTF-8 by chance while a wrong declaration is common. Labels resolve as
///    WHATWG says (`iso-8859-1`, `latin1` and `us-ascii` mean windows-1252, `gb2312` means GBK;
///    a `<meta>` naming UTF-16 in an ASCII-compatible page means UTF-8), and any other label
///    iconv knows is read by iconv. The single-byte code pages with a table here
///    (`SingleByteCodePage`) go on to steps 6 and 7; every other charset (GBK, Big5,
///    Shift_JIS, EUC-KR, ISO-2022-JP, windows-1253 …) is read through iconv
///    (`IconvConverter`) unless the bytes are UTF-8 with a few stray bytes (step 7). A page
///    whose bytes are not that charset (`DecodeHeuristics.maximumInvalidLegacyShare`), or that
///    declares a label nothing here knows, fails as `.undecodable` when its bytes are not UTF-8:
///    it is never guessed into another code page.
/// 6. Well-formed UTF-8 is UTF-8.
/// 7. Bytes that are not well-formed UTF-8 never fail and never become U+FFFD. When their
///    well-formed multi-byte sequences are at least as many as their invalid bytes
///    (`DecodeHeuristics.utf8MajorityRatio`), they are UTF-8 with stray legacy bytes, each read
///    in the declared code page or windows-1252. Otherwise they are in that code page, and in a
///    Latin-script one the UTF-8 fragments pasted into them are still read as UTF-8
///    (`MixedEncodingDecoder`).
///
/// UTF-8 that was encoded twice (`fÃ¼r` for `für`) is repaired (`MojibakeRepair`), and NUL
/// bytes past the sniffed start are dropped.
public enum TextDecoder {
    /// Decodes `bytes`, read as `format`, into text and the name of the encoding used.
    ///
    /// Plain text comes back normalized by `TextNormalization.lines` (NFC, line breaks kept).
    /// HTML comes back as decoded, without that pass: the HTML parser normalizes every text node
    /// itself, and a second pass over the whole page would cost more than the decoding.
    ///
    /// ```swift
    /// try TextDecoder.decode([0x66, 0xFC, 0x72], format: .text) // "für", windows-1252
    /// ```
    /// - Throws: `SourceFailure` `.empty` when there are no bytes or only white space, `.binary`
    ///   when the bytes are an image, an archive, a PDF or otherwise not text, `.undecodable`
    ///   when they claim UTF-16 or UTF-32 but are not well-formed in it, or are not in the
    ///   charset a page declares, or the page declares a charset nothing here knows.
    /// `contentType` is the `Content-Type` the bytes were served with, if any (see step 5).
    public static func decode(_ bytes: [UInt8], format: SourceFormat,
                              contentType: String? = nil) throws(SourceFailure) -> DecodedText {
        guard !bytes.isEmpty else { throw SourceFailure(.empty, "the file is empty") }
        if let signature = BinaryDetector.signature(of: bytes) {
            throw SourceFailure(.binary, "it is \(signature.kind), not text")
        }
        let decoded = try decodeUnnormalized(bytes, format: format, contentType: contentType)
        guard !isWhiteSpaceOnly(decoded.utf8) else {
            throw SourceFailure(.empty, "the file holds only white space")
        }
        switch format {
        case .html:
            return decoded
        case .text:
            return DecodedText(text: TextNormalization.lines(decoded.text), encoding: decoded.encoding)
        }
    }

    private static func decodeUnnormalized(
        _ bytes: [UInt8], format: SourceFormat, contentType: String?
    ) throws(SourceFailure) -> DecodedText {
        let sniffed = bytes.prefix(DecodeHeuristics.sniffWindow)
        if let mark = ByteOrderMark(bytes) {
            let body = bytes[mark.length...]
            guard mark.encoding == .utf8 else { return try decodeWide(body, as: mark.encoding) }
            if let reason = BinaryDetector.binaryReason(sniffing: body.prefix(DecodeHeuristics.sniffWindow)) {
                throw SourceFailure(.binary, reason)
            }
            return decodeASCIICompatible(body, declaredCodePage: nil)
        }
        if let wide = UTF16Sniffer.encoding(sniffing: sniffed) {
            return try decodeWide(bytes[...], as: wide)
        }
        if let reason = BinaryDetector.binaryReason(sniffing: sniffed) {
            throw SourceFailure(.binary, reason)
        }
        let served = contentType.flatMap(CharsetDeclaration.declared(inContentType:))
        guard let declared = served ?? (format == .html
                ? CharsetDeclaration.declared(inHTML: bytes.prefix(DecodeHeuristics.declarationWindow)) : nil) else {
            return decodeASCIICompatible(bytes[...], declaredCodePage: nil)
        }
        switch declared {
        case .encoding(.singleByte(let codePage)):
            return decodeASCIICompatible(bytes[...], declaredCodePage: codePage)
        case .encoding(.legacy(let charset)):
            return try decodeDeclared(bytes, label: charset.name, charset: charset)
        case .unknown(let label):
            return try decodeDeclared(bytes, label: label, charset: nil)
        case .encoding:
            // UTF-8, or UTF-16 named in an ASCII-compatible page, which WHATWG reads as UTF-8.
            return decodeASCIICompatible(bytes[...], declaredCodePage: nil)
        }
    }

    /// Decodes a page that declares a charset without a table here (step 5 of the type's rules):
    /// `charset`, or `nil` when the label names nothing iconv knows. UTF-8 bytes win as they do
    /// over every declaration; other bytes are read in the charset through iconv, and fail when
    /// iconv cannot read them (`DecodeHeuristics.maximumInvalidLegacyShare`) or the label names
    /// nothing it knows, rather than be guessed into another code page.
    private static func decodeDeclared(
        _ bytes: [UInt8], label: String, charset: LegacyCharset?
    ) throws(SourceFailure) -> DecodedText {
        let reading: DeclaredReading = bytes.withUnsafeBufferPointer { buffer in
            switch UTF8Validation.verdict(buffer) {
            case .ascii where charset == nil || !holdsShiftSequences(buffer):
                return .asIs(encoding: charset?.name ?? TextEncoding.utf8.name)
            case .valid:
                return .asIs(encoding: TextEncoding.utf8.name)
            case .invalid where UTF8Census(buffer).isMostlyUTF8:
                return .utf8WithStrayBytes
            case .ascii, .invalid:
                guard let charset else { return .unknownCharset }
                return .converted(IconvConverter.convert(buffer, from: charset.iconvName),
                                  nonASCIIBytes: buffer.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) })
            }
        }
        switch reading {
        case .asIs(let encoding):
            return DecodedText(utf8: wellFormedUTF8(bytes[...]), encoding: encoding)
        case .utf8WithStrayBytes:
            return decodeASCIICompatible(bytes[...], declaredCodePage: nil)
        case .unknownCharset:
            throw SourceFailure(.undecodable, "it declares the charset \"\(label)\", which is not one iconv knows")
        case .converted(nil, _):
            throw SourceFailure(.undecodable, "it declares \(label), which iconv cannot read on this system")
        case .converted(let conversion?, let nonASCIIBytes):
            let tolerated = Int(Double(nonASCIIBytes) * DecodeHeuristics.maximumInvalidLegacyShare)
            guard conversion.invalidBytes <= tolerated else {
                let first = conversion.firstInvalidOffset.map { ", the first at byte \($0)" } ?? ""
                throw SourceFailure(.undecodable, "it declares \(label), but \(conversion.invalidBytes) of its bytes are not "
                                  + "\(label)\(first)")
            }
            return DecodedText(utf8: conversion.utf8, encoding: label)
        }
    }

    /// How `decodeDeclared` reads a page, decided on its bytes.
    private enum DeclaredReading {
        /// The bytes are well-formed UTF-8 as they stand, named `encoding`.
        case asIs(encoding: String)
        /// UTF-8 with stray bytes of another encoding (`UTF8Census.isMostlyUTF8`).
        case utf8WithStrayBytes
        /// Neither, and the declared label names nothing iconv knows.
        case unknownCharset
        /// Converted by iconv (`nil` when it could not convert from the charset at all), with
        /// the number of bytes outside ASCII.
        case converted(IconvConverter.Conversion?, nonASCIIBytes: Int)
    }

    /// Whether ASCII `bytes` hold the escape or shift bytes of a 7-bit charset (ISO-2022-JP,
    /// ISO-2022-KR), which only iconv reads.
    private static func holdsShiftSequences(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 == escapeByte || $0 == shiftOutByte }
    }

    /// ESC, which starts the charset switches of ISO-2022-JP and ISO-2022-CN.
    private static let escapeByte: UInt8 = 0x1B
    /// SO, which switches ISO-2022-KR to Korean.
    private static let shiftOutByte: UInt8 = 0x0E

    private static func decodeWide(
        _ bytes: ArraySlice<UInt8>, as encoding: TextEncoding
    ) throws(SourceFailure) -> DecodedText {
        guard let text = WideUnicodeDecoder.decode(bytes, as: encoding) else {
            throw SourceFailure(.undecodable, "it is not well-formed \(encoding.name)")
        }
        return DecodedText(text: text, encoding: encoding.name)
    }

    /// Whether well-formed UTF-8 `bytes` hold nothing but white space (read up to the first
    /// character that is not).
    private static func isWhiteSpaceOnly(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if !scalar.properties.isWhitespace { return false }
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Decodes bytes in UTF-8 or a single-byte code page (steps 5 to 7 of the type's rules).
    private static func decodeASCIICompatible(
        _ bytes: ArraySlice<UInt8>, declaredCodePage: SingleByteCodePage?
    ) -> DecodedText {
        bytes.withUnsafeBufferPointer { buffer in
            switch UTF8Validation.verdict(buffer) {
            case .ascii:
                // Identical in every supported code page: keep the declared name if there is one.
                let name = declaredCodePage?.name ?? TextEncoding.utf8.name
                return DecodedText(utf8: wellFormedUTF8(bytes), encoding: name)
            case .valid:
                return DecodedText(utf8: wellFormedUTF8(bytes), encoding: TextEncoding.utf8.name)
            case .invalid:
                let codePage = declaredCodePage ?? .windows1252
                let reading: MixedEncodingDecoder.UTF8Reading
                let name: String
                if UTF8Census(buffer).isMostlyUTF8 {
                    (reading, name) = (.all, TextEncoding.utf8.name)
                } else {
                    (reading, name) = (codePage.admitsUTF8Fragments ? .fragments : .none, codePage.name)
                }
                let decoded = MixedEncodingDecoder.decode(buffer, reading: reading, codePage: codePage)
                let text = String(decoding: decoded.withUnsafeBufferPointer(wellFormedUTF8), as: UTF8.self)
                return DecodedText(text: text, encoding: name)
            }
        }
    }

    /// Well-formed UTF-8 `bytes` with doubly encoded sequences repaired and NUL bytes dropped.
    /// Bytes that needed either go once through `String`, which guarantees the result is
    /// well-formed; the common page, which needs neither, keeps the source's own array when
    /// `bytes` is all of it (a slice of a whole array shares its storage): a copy of every page
    /// cost a memory copy and its page faults.
    private static func wellFormedUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.withUnsafeBufferPointer(repairedUTF8) ?? Array(bytes)
    }

    /// `wellFormedUTF8` of bytes that no array owns.
    private static func wellFormedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        repairedUTF8(bytes) ?? Array(bytes)
    }

    /// `bytes` with doubly encoded sequences repaired and NUL bytes dropped; `nil` when they
    /// need neither.
    private static func repairedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil {
            let withoutNUL = bytes.filter { $0 != 0 }
            return withoutNUL.withUnsafeBufferPointer(repairedUTF8) ?? withoutNUL
        }
        if let repaired = MojibakeRepair.repaired(bytes) {
            return Array(String(decoding: repaired, as: UTF8.self).utf8)
        }
        return nil
    }
}
