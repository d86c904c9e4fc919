/// Comparisons of names and header fields that ignore the case of ASCII letters only, byte by
/// byte, without making a lowercased copy.
extension StringProtocol {
    /// Whether the string equals `other` when ASCII letters are compared without case.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && zip(utf8, other.utf8).allSatisfy { Self.lowerASCII($0) == Self.lowerASCII($1) }
    }

    /// Whether the string ends with `suffix` when ASCII letters are compared without case.
    func hasSuffixIgnoringCase(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return utf8.count >= count && zip(utf8.suffix(count), suffix.utf8).allSatisfy { Self.lowerASCII($0) == Self.lowerASCII($1) }
    }

    private static func lowerASCII(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
