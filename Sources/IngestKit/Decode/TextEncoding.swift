/// An encoding the Decode stage reads, with the canonical lowercase name WHATWG gives it.
enum TextEncoding: Sendable, Equatable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
    case utf32LittleEndian
    case utf32BigEndian
    case singleByte(SingleByteCodePage)
    /// A legacy charset without a table here, decoded through iconv.
    case legacy(LegacyCharset)

    /// The canonical lowercase name written into a document's `source.encoding`.
    var name: String {
        switch self {
        case .utf8: "utf-8"
        case .utf16LittleEndian: "utf-16le"
        case .utf16BigEndian: "utf-16be"
        case .utf32LittleEndian: "utf-32le"
        case .utf32BigEndian: "utf-32be"
        case .singleByte(let codePage): codePage.name
        case .legacy(let charset): charset.name
        }
    }

    /// The encoding a charset label names, as WHATWG resolves labels (so `iso-8859-1`, `latin1`
    /// and `us-ascii` mean windows-1252), or `nil` for a label that names no encoding this stage
    /// or iconv can read (`LegacyCharset`). Case and surrounding white space do not matter.
    ///
    /// ```swift
    /// TextEncoding(label: " ISO-8859-1") // .singleByte(.windows1252)
    /// TextEncoding(label: "gb2312")      // .legacy: "gbk", read as GB18030
    /// ```
    init?(label: some StringProtocol) {
        let key = label.trimmingASCIIWhitespace().lowercased()
        if let encoding = Self.encodingsByLabel[key] {
            self = encoding
        } else if let charset = LegacyCharset(label: key) {
            self = .legacy(charset)
        } else {
            return nil
        }
    }

    /// The WHATWG labels of the encodings read without iconv (Encoding Standard, "Names and
    /// labels").
    private static let encodingsByLabel: [String: TextEncoding] = {
        let labels: [(TextEncoding, [String])] = [
            (.utf8, ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
                     "x-unicode20utf8"]),
            (.utf16BigEndian, ["unicodefffe", "utf-16be"]),
            (.utf16LittleEndian, ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff",
                                  "utf-16", "utf-16le"]),
            (.singleByte(.windows1250), ["cp1250", "windows-1250", "x-cp1250"]),
            (.singleByte(.windows1251), ["cp1251", "windows-1251", "x-cp1251"]),
            (.singleByte(.windows1252), ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1",
                                         "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
                                         "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1",
                                         "latin1", "us-ascii", "windows-1252", "x-cp1252"]),
            (.singleByte(.iso8859_2), ["csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2",
                                       "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]),
            (.singleByte(.iso8859_15), ["csisolatin9", "iso-8859-15", "iso8859-15", "iso885915",
                                        "iso_8859-15", "l9"]),
            (.singleByte(.koi8R), ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        ]
        var table: [String: TextEncoding] = [:]
        for (encoding, names) in labels {
            for name in names { table[name] = encoding }
        }
        return table
    }()
}

extension StringProtocol {
    /// The string without ASCII white space (space, tab, line feed, form feed, carriage return)
    /// at either end, the white space WHATWG strips from labels.
    fileprivate func trimmingASCIIWhitespace() -> SubSequence {
        let isSpace: (Character) -> Bool = { " \t\n\u{0C}\r".contains($0) }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
