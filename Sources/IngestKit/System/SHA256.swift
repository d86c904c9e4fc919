import CLibCrypto

/// SHA-256 of a source's bytes, for document ids and the manifest's fingerprints, computed by
/// the system's libcrypto (OpenSSL), which uses the processor's SHA instructions where it has
/// them: hashing every page is then a small share of a run instead of a tenth of it.
public enum SHA256 {
    /// The lowercase hex digest of `bytes`.
    public static func hex(of bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let succeeded = bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBufferPointer { output in
                EVP_Digest(input.baseAddress, input.count, output.baseAddress, &length, EVP_sha256(), nil) == 1
            }
        }
        precondition(succeeded && length == 32, "libcrypto could not compute SHA-256")
        return hex(digest: digest.prefix(32))
    }

    /// The lowercase hex text of a digest's bytes.
    static func hex(digest: some Collection<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(2 * digest.count)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
