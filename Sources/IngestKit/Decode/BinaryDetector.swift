/// Tells files that are not text (images, PDFs, archives, executables, random bytes) from text
/// before any decoding is tried, so that they fail with `.binary` instead of turning into pages
/// of mojibake.
enum BinaryDetector {
    /// Bytes at a fixed offset that a file format always starts with.
    struct Signature: Sendable {
        /// What the file is, as the failure reason names it ("a PNG image").
        let kind: String
        /// Each part's bytes must appear at its offset.
        let parts: [(offset: Int, bytes: [UInt8])]

        func matches(_ bytes: [UInt8]) -> Bool {
            parts.allSatisfy { part in
                bytes.count >= part.offset + part.bytes.count
                    && bytes[part.offset..<(part.offset + part.bytes.count)].elementsEqual(part.bytes)
            }
        }
    }

    /// The formats recognised by their magic numbers.
    static let signatures: [Signature] = [
        Signature(kind: "a PNG image", parts: [(0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])]),
        Signature(kind: "a JPEG image", parts: [(0, [0xFF, 0xD8, 0xFF])]),
        Signature(kind: "a GIF image", parts: [(0, Array("GIF87a".utf8))]),
        Signature(kind: "a GIF image", parts: [(0, Array("GIF89a".utf8))]),
        Signature(kind: "a WebP image", parts: [(0, Array("RIFF".utf8)), (8, Array("WEBP".utf8))]),
        Signature(kind: "a TIFF image", parts: [(0, [0x49, 0x49, 0x2A, 0x00])]),
        Signature(kind: "a TIFF image", parts: [(0, [0x4D, 0x4D, 0x00, 0x2A])]),
        Signature(kind: "a PDF document", parts: [(0, Array("%PDF-".utf8))]),
        Signature(kind: "a ZIP archive", parts: [(0, [0x50, 0x4B, 0x03, 0x04])]),
        Signature(kind: "a ZIP archive", parts: [(0, [0x50, 0x4B, 0x05, 0x06])]),
        Signature(kind: "a gzip archive", parts: [(0, [0x1F, 0x8B])]),
        Signature(kind: "an xz archive", parts: [(0, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00])]),
        Signature(kind: "a 7z archive", parts: [(0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])]),
        Signature(kind: "a Zstandard archive", parts: [(0, [0x28, 0xB5, 0x2F, 0xFD])]),
        Signature(kind: "an old Office document",
                  parts: [(0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])]),
        Signature(kind: "an executable", parts: [(0, [0x7F, 0x45, 0x4C, 0x46])]),
        Signature(kind: "a web font", parts: [(0, Array("wOFF".utf8))]),
        Signature(kind: "a web font", parts: [(0, Array("wOF2".utf8))]),
        Signature(kind: "a video", parts: [(4, Array("ftyp".utf8))]),
    ]

    /// The signature `bytes` start with, or `nil`.
    static func signature(of bytes: [UInt8]) -> Signature? {
        signatures.first { $0.matches(bytes) }
    }

    /// Why a file whose leading bytes are `sniffed` is binary, or `nil` when it may be text. Call
    /// it only for encodings where NUL is not part of the text, that is not for UTF-16 or UTF-32.
    static func binaryReason(sniffing sniffed: ArraySlice<UInt8>) -> String? {
        var controls = 0
        for byte in sniffed {
            switch byte {
            case 0x00:
                return "it holds NUL bytes, so it is not text"
            case 0x01...0x08, 0x0E...0x1F, 0x7F:
                controls += 1
            default:
                continue
            }
        }
        let controlLimit = Double(sniffed.count) * DecodeHeuristics.maximumControlShare
        guard Double(controls) > controlLimit else { return nil }
        return "it is mostly control bytes, so it is not text"
    }
}
