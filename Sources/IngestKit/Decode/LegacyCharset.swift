/// A legacy charset without a table in this stage, decoded through glibc's iconv
/// (`IconvConverter`): the multi-byte charsets of Chinese, Japanese and Korean pages, and the
/// single-byte ones of Greek, Turkish, Hebrew, Arabic, Baltic, Thai … pages.
struct LegacyCharset: Sendable, Equatable {
    /// The name written into a document's `source.encoding`: WHATWG's canonical name, in lower
    /// case, for the labels of its Encoding Standard (`gb2312` is `gbk`, `sjis` is `shift_jis`);
    /// for any other label iconv knows, the label as declared, in lower case.
    let name: String
    /// The name iconv knows the charset by. For WHATWG's encodings it is the superset that a
    /// browser decodes under the label (GB18030 for `gbk`, Microsoft's code pages for
    /// Shift_JIS and EUC-KR, Big5-HKSCS for Big5), so that the characters pages use beyond the
    /// old standards decode too.
    let iconvName: String

    /// The charset a label names, or `nil` when it names none iconv can read in place of ASCII.
    /// `label` is already trimmed and in lower case. WHATWG's labels come first; any other
    /// label is asked of iconv, and taken when iconv knows it and it writes ASCII as ASCII (a
    /// page's declaration is read from its ASCII bytes, so UTF-7 or EBCDIC cannot be true).
    init?(label: String) {
        if let known = Self.charsetsByLabel[label] {
            self = known
        } else if IconvConverter.isASCIICompatible(label) {
            self.init(name: label, iconvName: label)
        } else {
            return nil
        }
    }

    private init(name: String, iconvName: String) {
        self.name = name
        self.iconvName = iconvName
    }

    /// The labels of the WHATWG Encoding Standard ("Names and labels") for the encodings that
    /// have no table in `SingleByteCodePage`, with the iconv charset that decodes each.
    private static let charsetsByLabel: [String: LegacyCharset] = {
        let charsets: [(name: String, iconvName: String, labels: [String])] = [
            ("gbk", "GB18030", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80",
                                "gbk", "iso-ir-58", "x-gbk"]),
            ("gb18030", "GB18030", ["gb18030"]),
            ("big5", "BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
            ("euc-jp", "EUC-JP-MS", ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
            ("iso-2022-jp", "ISO-2022-JP-2", ["csiso2022jp", "iso-2022-jp"]),
            ("shift_jis", "CP932", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis",
                                    "windows-31j", "x-sjis"]),
            ("euc-kr", "CP949", ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean",
                                 "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"]),
            // WHATWG refuses these (its "replacement" encoding); iconv reads all but HZ.
            ("iso-2022-kr", "ISO-2022-KR", ["csiso2022kr", "iso-2022-kr"]),
            ("iso-2022-cn", "ISO-2022-CN", ["iso-2022-cn"]),
            ("iso-2022-cn-ext", "ISO-2022-CN-EXT", ["iso-2022-cn-ext"]),
            ("ibm866", "IBM866", ["866", "cp866", "csibm866", "ibm866"]),
            ("iso-8859-3", "ISO-8859-3", ["csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593",
                                          "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]),
            ("iso-8859-4", "ISO-8859-4", ["csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594",
                                          "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]),
            ("iso-8859-5", "ISO-8859-5", ["csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144",
                                          "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]),
            ("iso-8859-6", "ISO-8859-6", ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic",
                                          "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127",
                                          "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]),
            ("iso-8859-7", "ISO-8859-7", ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8",
                                          "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7",
                                          "iso_8859-7:1987", "sun_eu_greek"]),
            ("iso-8859-8", "ISO-8859-8", ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8",
                                          "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8",
                                          "iso_8859-8:1988", "visual"]),
            ("iso-8859-8-i", "ISO-8859-8", ["csiso88598i", "iso-8859-8-i", "logical"]),
            ("iso-8859-10", "ISO-8859-10", ["csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10",
                                            "iso885910", "l6", "latin6"]),
            ("iso-8859-13", "ISO-8859-13", ["iso-8859-13", "iso8859-13", "iso885913"]),
            ("iso-8859-14", "ISO-8859-14", ["iso-8859-14", "iso8859-14", "iso885914"]),
            ("iso-8859-16", "ISO-8859-16", ["iso-8859-16"]),
            ("koi8-u", "KOI8-U", ["koi8-ru", "koi8-u"]),
            ("macintosh", "MACINTOSH", ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
            ("windows-874", "CP874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620",
                                      "windows-874"]),
            ("windows-1253", "CP1253", ["cp1253", "windows-1253", "x-cp1253"]),
            ("windows-1254", "CP1254", ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9",
                                        "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5",
                                        "windows-1254", "x-cp1254"]),
            ("windows-1255", "CP1255", ["cp1255", "windows-1255", "x-cp1255"]),
            ("windows-1256", "CP1256", ["cp1256", "windows-1256", "x-cp1256"]),
            ("windows-1257", "CP1257", ["cp1257", "windows-1257", "x-cp1257"]),
            ("windows-1258", "CP1258", ["cp1258", "windows-1258", "x-cp1258"]),
            ("x-mac-cyrillic", "MAC-CYRILLIC", ["x-mac-cyrillic", "x-mac-ukrainian"]),
        ]
        var table: [String: LegacyCharset] = [:]
        for charset in charsets {
            for label in charset.labels {
                table[label] = LegacyCharset(name: charset.name, iconvName: charset.iconvName)
            }
        }
        return table
    }()
}
