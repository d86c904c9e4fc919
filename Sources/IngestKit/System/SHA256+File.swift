import CLibCrypto

extension SHA256 {
    /// What a file holds, told by its size and digest.
    struct FileDigest: Sendable, Equatable {
        /// The file's size in bytes.
        var bytes: Int
        /// The lowercase hex SHA-256 of its bytes.
        var sha256: String
    }

    /// How much of a file is read at a time to hash it.
    private static let fileChunk = 1 << 20

    /// The size and SHA-256 of the file at `path`, read a chunk at a time: a file of any size
    /// costs one chunk of memory.
    /// - Throws: `SystemError` naming `path` when it cannot be read.
    static func digest(ofFileAt path: String) throws(SystemError) -> FileDigest {
        let reader = try BufferedFileReader(path: path, bufferSize: fileChunk)
        guard let context = EVP_MD_CTX_new() else {
            throw SystemError("hash", path: path, cause: .other("libcrypto could not start a digest"))
        }
        defer { EVP_MD_CTX_free(context) }
        precondition(EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1, "libcrypto could not start SHA-256")
        var size = 0
        while true {
            let chunk = try reader.nextChunk(limit: fileChunk)
            if chunk.isEmpty { break }
            size += chunk.count
            let added = chunk.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
            precondition(added == 1, "libcrypto could not compute SHA-256")
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let finished = digest.withUnsafeMutableBufferPointer { EVP_DigestFinal_ex(context, $0.baseAddress, &length) }
        precondition(finished == 1 && length == 32, "libcrypto could not compute SHA-256")
        return FileDigest(bytes: size, sha256: hex(digest: digest.prefix(32)))
    }
}
