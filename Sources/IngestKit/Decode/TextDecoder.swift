/// Turns a source's raw bytes into normalized Unicode text.
public enum TextDecoder {
    /// Decodes `bytes`, read as `format`, into NFC text with its line structure kept.
    /// - Throws: `IngestError` when the bytes are empty, binary or undecodable.
    public static func decode(_ bytes: [UInt8], format: SourceFormat) throws(IngestError) -> DecodedText {
        guard !bytes.isEmpty else { throw IngestError(.empty, "the file is empty") }
        let text = String(decoding: bytes, as: UTF8.self)
        return DecodedText(text: TextNormalization.lines(text), encoding: "utf-8")
    }
}
