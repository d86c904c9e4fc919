/// A source's bytes as Unicode text, with the name of the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    /// The text as well-formed UTF-8, without a byte order mark and without NUL characters. For
    /// a `.text` source it is normalized by `TextNormalization.lines` (NFC, line breaks kept as
    /// `\n`, odd spaces already plain spaces). For an `.html` source it is the page as decoded,
    /// not normalized: the HTML parser normalizes every text run itself, and a pass over the
    /// whole page would cost more than the decoding. Kept as bytes because that is what the
    /// HTML parser reads: a page never has to become a `String`.
    public var utf8: [UInt8]
    /// The encoding's canonical lowercase WHATWG name (`utf-8`, `windows-1252`, `iso-8859-2`,
    /// `utf-16le`, …). A page declared `iso-8859-1` that is read as such reports `windows-1252`,
    /// the encoding WHATWG means by that label.
    public var encoding: String

    /// Creates decoded text from well-formed UTF-8 bytes.
    public init(utf8: [UInt8], encoding: String) {
        self.utf8 = utf8
        self.encoding = encoding
    }

    /// Creates decoded text.
    public init(text: String, encoding: String) {
        self.init(utf8: Array(text.utf8), encoding: encoding)
    }

    /// The text as a `String`.
    public var text: String {
        String(decoding: utf8, as: UTF8.self)
    }
}
