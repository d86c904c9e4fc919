/// A source's bytes as Unicode text, with the name of the encoding that was used.
public struct DecodedText: Sendable, Equatable {
    /// The text, NFC, with line breaks kept and odd spaces already plain spaces.
    public var text: String
    /// The encoding's canonical lowercase name (`utf-8`, `windows-1252`, `iso-8859-2`, `utf-16le`, …).
    public var encoding: String

    /// Creates decoded text.
    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }
}
