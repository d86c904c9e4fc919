@testable import IngestKit

/// The bytes of `text` in UTF-8.
func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// The error code `TextDecoder` fails with on `bytes`, or `nil` when it succeeds.
func decodeErrorCode(_ bytes: [UInt8], format: SourceFormat = .text) -> SourceFailure.Code? {
    do {
        _ = try TextDecoder.decode(bytes, format: format)
        return nil
    } catch {
        return error.code
    }
}

/// The bytes of `text` in UTF-16, without a byte order mark.
func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in
        let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
        return bigEndian ? [high, low] : [low, high]
    }
}

/// Deterministic pseudo-random bytes (SplitMix64), so a test on "random" input never flakes.
func pseudoRandomBytes(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: mixed ^ (mixed >> 31))
    }
}
