/// A source's bytes as Unicode text, with the name of the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    /// The text, without a byte order mark and without NUL characters. For a `.text` source it is
    /// normalized by `TextNormalization.lines` (NFC, line breaks kept as `\n`, odd spaces already
    /// plain spaces). For an `.html` source it is the page as decoded, not normalized: the HTML
    /// parser normalizes every text node itself, and a pass over the whole page would cost more
    /// than the decoding.
    public var text: String
    /// The encoding's canonical lowercase WHATWG name (`utf-8`, `windows-1252`, `iso-8859-2`,
    /// `utf-16le`, …). A page declared `iso-8859-1` that is read as such reports `windows-1252`,
    /// the encoding WHATWG means by that label.
    public var encoding: String

    /// Creates decoded text.
    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }
}
