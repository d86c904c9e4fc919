import Foundation

/// The SPEC's text normalization: NFC, odd spaces to plain spaces, soft hyphens and zero-width
/// characters dropped, runs of white space collapsed.
public enum TextNormalization {
    /// What one scalar becomes under normalization.
    private enum ScalarClass {
        case keep
        case space
        case lineBreak
        case drop
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
            return .lineBreak
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return .space
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0x180E:
            return .drop
        case 0x00...0x08, 0x0E...0x1F, 0x7F, 0x80...0x84, 0x86...0x9F:
            return .drop
        default:
            return .keep
        }
    }

    /// Normalizes a run of inline text: the result is NFC, on one line, with single spaces
    /// between words and none at either end.
    ///
    /// ```swift
    /// TextNormalization.inline("Ein\u{00A0} Krampf\u{00AD}anfall \n") // "Ein Krampfanfall"
    /// ```
    public static func inline<S: StringProtocol>(_ text: S) -> String {
        var text = String(text)
        return text.withUTF8 { inline(utf8: $0) }
    }

    /// Normalizes a run of inline text given as UTF-8 bytes, as `inline(_:)` does; ill-formed
    /// bytes read as U+FFFD, as they would in a `String`.
    public static func inline(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        inlineCountingCharacters(utf8: bytes).text
    }

    /// `inline(utf8:)`, and how many scalars of the result are not white space (the result's
    /// only white space is the single spaces between words).
    static func inlineCountingCharacters(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (text: String, visibleScalars: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var composable = false
        var kept = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isPrintableASCII(byte) {
                // A run of printable ASCII, every byte kept as it is: copied at once.
                var end = index + 1
                while end < bytes.count, isPrintableASCII(bytes[end]) { end += 1 }
                if pendingSpace && !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                kept += end - index
                index = end
                continue
            }
            let scalar: Unicode.Scalar
            if byte < 0x80 {
                scalar = Unicode.Scalar(byte)
                index += 1
            } else {
                (scalar, index) = decodeScalar(in: bytes, at: index)
            }
            switch classify(scalar) {
            case .keep:
                if pendingSpace && !output.isEmpty { output.append(0x20) }
                pendingSpace = false
                append(scalar, to: &output, composable: &composable)
                kept += 1
            case .space, .lineBreak:
                pendingSpace = true
            case .drop:
                continue
            }
        }
        let text = finish(output, composable: composable)
        guard composable else { return (text, kept) }
        // Composition may have joined scalars: count them again.
        return (text, text.unicodeScalars.reduce(0) { $0 + ($1 == " " ? 0 : 1) })
    }

    /// Whether `byte` is an ASCII character that normalization keeps as it is (`classify` says
    /// `.keep`): neither white space nor a control character.
    @inline(__always)
    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// The scalar whose UTF-8 starts at `index`, and the index after it.
    private static func decodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded):
            return (Unicode.UTF8.decode(encoded), index + encoded.count)
        case .error(let length):
            return ("\u{FFFD}", index + length)
        case .emptyInput:
            return ("\u{FFFD}", bytes.count)
        }
    }

    /// Normalizes a whole decoded text but keeps its line structure: line breaks become `\n`
    /// (CRLF and CR included), odd spaces become plain spaces (runs kept, since indentation
    /// means nesting in plain text), invisible characters are dropped, and the result is NFC.
    public static func lines<S: StringProtocol>(_ text: S) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var composable = false
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch classify(scalar) {
            case .keep:
                append(scalar, to: &output, composable: &composable)
            case .space:
                output.append(scalar == "\t" ? 0x09 : 0x20)
            case .lineBreak:
                if scalar == "\n" && previousWasCR { continue }
                output.append(0x0A)
            case .drop:
                continue
            }
        }
        return finish(output, composable: composable)
    }

    /// Scalars below this are never changed by NFC (Latin, Greek and Cyrillic letters come
    /// precomposed); at and above it, combining marks and compatibility singletons begin.
    private static let firstComposableScalar: UInt32 = 0x300
    /// General punctuation, sub- and superscripts and currency signs are stable under NFC too.
    private static let stablePunctuation: ClosedRange<UInt32> = 0x2000...0x20CF

    /// Appends `scalar` as UTF-8 and notes whether NFC could change the text.
    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8], composable: inout Bool) {
        if scalar.isASCII {
            output.append(UInt8(truncatingIfNeeded: scalar.value))
            return
        }
        if scalar.value >= firstComposableScalar && !stablePunctuation.contains(scalar.value) { composable = true }
        UTF8.encode(scalar) { output.append($0) }
    }

    private static func finish(_ output: [UInt8], composable: Bool) -> String {
        let text = String(decoding: output, as: UTF8.self)
        return composable ? text.precomposedStringWithCanonicalMapping : text
    }
}
