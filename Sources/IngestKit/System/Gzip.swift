import CZlib

/// Why gzip data could not be read or written: zlib's own words (`invalid block type`), or the
/// limit the caller set.
public struct GzipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, without a path: the caller knows which file or record it was.
    public var reason: String
    /// Whether the data was refused for going over the caller's limit (not for being corrupt).
    public var isOverLimit: Bool

    /// Creates an error.
    public init(_ reason: String, isOverLimit: Bool = false) {
        self.reason = reason
        self.isOverLimit = isOverLimit
    }

    /// The reason.
    public var description: String { reason }
}

/// How far one call of `GzipInflater.inflate` went.
public struct InflateProgress: Sendable, Equatable {
    /// How many bytes of the input were consumed.
    public var consumed: Int
    /// Whether a gzip member ended at `consumed`: the inflater is ready for the next member.
    public var memberEnded: Bool
}

/// Streaming decompression of gzip data (RFC 1952), one member at a time, in bounded memory.
///
/// A gzip file may hold several members one after another (a WARC archive compressed record by
/// record holds one per record). `inflate` stops at the end of each member and says so, so a
/// caller can note where the next member starts; call it again with the rest of the input to go
/// on with the next one.
///
/// ```swift
/// let inflater = try GzipInflater()
/// var text: [UInt8] = []
/// var rest = compressed[...]
/// while !rest.isEmpty {
///     let step = try rest.withUnsafeBytes { try inflater.inflate($0) { text.append(contentsOf: $0) } }
///     rest = rest.dropFirst(step.consumed)
/// }
/// ```
public final class GzipInflater {
    /// The framing of the compressed data.
    public enum Framing: Sendable {
        /// gzip (RFC 1952), as in `.gz` files and `Content-Encoding: gzip`.
        case gzip
        /// zlib (RFC 1950) or gzip, told by the header: `Content-Encoding: deflate` as the RFC has it.
        case zlibOrGzip
        /// Bare deflate data (RFC 1951), which some servers send as `Content-Encoding: deflate`.
        case raw

        /// zlib's window bits for the framing: 15 (a 32 KiB window), plus 16 for gzip only, plus
        /// 32 to detect zlib or gzip, negative for no header.
        var windowBits: Int32 {
            switch self {
            case .gzip: 15 + 16
            case .zlibOrGzip: 15 + 32
            case .raw: -15
            }
        }
    }

    /// Bytes of output produced per zlib call.
    private static let chunkSize = 64 << 10

    private var stream = z_stream()
    private var buffer = [UInt8](repeating: 0, count: GzipInflater.chunkSize)

    /// Creates an inflater at the start of a member of data framed as `framing` (gzip unless told).
    /// - Throws: `GzipError` when zlib cannot start (out of memory).
    public init(framing: Framing = .gzip) throws(GzipError) {
        let status = inflateInit2_(&stream, framing.windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw GzipError("cannot start zlib (\(status))") }
    }

    deinit {
        inflateEnd(&stream)
    }

    /// Decompresses from `input`, handing the decompressed bytes to `output` in chunks, until
    /// the input is consumed or the current member ends.
    /// - Throws: `GzipError` when the data is not gzip or is corrupt; what `output` throws.
    public func inflate(
        _ input: UnsafeRawBufferPointer, output: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> InflateProgress {
        guard let base = input.baseAddress, !input.isEmpty else { return InflateProgress(consumed: 0, memberEnded: false) }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        defer { stream.next_in = nil; stream.avail_in = 0 }
        while true {
            let (status, produced) = buffer.withUnsafeMutableBytes { out -> (Int32, Int) in
                stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(out.count)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                return (status, out.count - Int(stream.avail_out))
            }
            if produced > 0 { try buffer.withUnsafeBytes { try output(UnsafeRawBufferPointer(rebasing: $0[..<produced])) } }
            let consumed = input.count - Int(stream.avail_in)
            switch status {
            case Z_STREAM_END:
                inflateReset(&stream)
                return InflateProgress(consumed: consumed, memberEnded: true)
            case Z_OK where stream.avail_in > 0 || produced == Self.chunkSize:
                continue
            case Z_OK, Z_BUF_ERROR:
                return InflateProgress(consumed: consumed, memberEnded: false)
            default:
                throw GzipError(Self.describe(status, message: stream.msg))
            }
        }
    }

    /// Drops a member begun but not finished, so the next `inflate` starts a new one.
    public func reset() {
        inflateReset(&stream)
    }

    private static func describe(_ status: Int32, message: UnsafePointer<CChar>?) -> String {
        if let message { return "not valid gzip data: " + String(cString: message) }
        return status == Z_MEM_ERROR ? "out of memory while decompressing" : "not valid gzip data (zlib status \(status))"
    }
}

/// Whole-buffer gzip, for data that fits in memory (a fetched page kept in a cache).
public enum Gzip {
    /// zlib's default trade of speed against size.
    public static let defaultLevel: Int32 = 6
    /// zlib's fastest compression: about three times the speed of the default on HTML, for a
    /// sixth more bytes.
    public static let fastestLevel: Int32 = 1
    /// zlib's default memory use for compression.
    private static let memoryLevel: Int32 = 8
    /// zlib's window bits for a gzip (not zlib or raw) stream: 15 plus 16.
    private static let gzipWindowBits: Int32 = 15 + 16

    /// `bytes` as one gzip member, compressed at zlib's `level` (1-9). The output depends only
    /// on the input and the level (no time or name in the header), so the same bytes compress
    /// to the same bytes.
    /// - Throws: `GzipError` when zlib cannot start (out of memory).
    public static func compress(_ bytes: [UInt8], level: Int32 = defaultLevel) throws(GzipError) -> [UInt8] {
        var stream = z_stream()
        let started = deflateInit2_(&stream, level, Z_DEFLATED, gzipWindowBits, memoryLevel,
                                    Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard started == Z_OK else { throw GzipError("cannot start zlib (\(started))") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        let status = bytes.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw GzipError("cannot compress (zlib status \(status))") }
        output.removeLast(Int(stream.avail_out))
        return output
    }

    /// The decompressed bytes of every member of `bytes`, one after another (`framing`: gzip
    /// unless told).
    /// - Throws: `GzipError` when `bytes` is not gzip, is corrupt or ends inside a member, or
    ///   when the result would be over `limit` bytes.
    public static func decompress(_ bytes: [UInt8], limit: Int, framing: GzipInflater.Framing = .gzip) throws(GzipError) -> [UInt8] {
        let inflater = try GzipInflater(framing: framing)
        var result: [UInt8] = []
        var offset = 0
        var inMember = false
        do {
            while offset < bytes.count {
                let step = try bytes.withUnsafeBytes { all in
                    try inflater.inflate(UnsafeRawBufferPointer(rebasing: all[offset...])) { chunk in
                        guard result.count + chunk.count <= limit else {
                            throw GzipError("over the limit of \(limit) bytes once decompressed", isOverLimit: true)
                        }
                        result.append(contentsOf: chunk)
                    }
                }
                offset += step.consumed
                inMember = !step.memberEnded
                if step.consumed == 0 && !step.memberEnded { break }
            }
        } catch let error as GzipError {
            throw error
        } catch {
            throw GzipError("\(error)")
        }
        guard !inMember, offset == bytes.count else { throw GzipError("the data ends inside a gzip member") }
        return result
    }
}
