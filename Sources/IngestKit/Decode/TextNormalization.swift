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
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        var asciiOnly = true
        for scalar in text.unicodeScalars {
            switch classify(scalar) {
            case .keep:
                if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                if !scalar.isASCII { asciiOnly = false }
                scalars.append(scalar)
            case .space, .lineBreak:
                pendingSpace = true
            case .drop:
                continue
            }
        }
        let result = String(scalars)
        return asciiOnly ? result : result.precomposedStringWithCanonicalMapping
    }

    /// Normalizes a whole decoded text but keeps its line structure: line breaks become `\n`
    /// (CRLF and CR included), odd spaces become plain spaces (runs kept, since indentation
    /// means nesting in plain text), invisible characters are dropped, and the result is NFC.
    public static func lines<S: StringProtocol>(_ text: S) -> String {
        var scalars = String.UnicodeScalarView()
        var asciiOnly = true
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch classify(scalar) {
            case .keep:
                if !scalar.isASCII { asciiOnly = false }
                scalars.append(scalar)
            case .space:
                scalars.append(scalar == "\t" ? "\t" : " ")
            case .lineBreak:
                if scalar == "\n" && previousWasCR { continue }
                scalars.append("\n")
            case .drop:
                continue
            }
        }
        let result = String(scalars)
        return asciiOnly ? result : result.precomposedStringWithCanonicalMapping
    }
}
