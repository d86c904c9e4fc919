/// One record of a WARC archive as `WARCRecordReader` gives it: its header, where it starts,
/// and its block when the caller asked for it.
struct WARCRecord {
    /// The record's header.
    var header: WARCHeader
    /// Where the record starts: `WARCRecordAddress.offset` and `kind`.
    var offset: Int
    var kind: WARCRecordAddress.Kind
    /// Where the record starts in the stream (in the decompressed bytes, for gzip).
    var streamPosition: Int
    /// Where its block starts in the stream.
    var blockPosition: Int
    /// The block's size (`Content-Length`).
    var blockLength: Int
    /// The block, when the caller wanted it and it was within the limit.
    var block: [UInt8]?
}

/// What reading the next record of an archive gave.
enum WARCReadStep {
    /// A record read to its end.
    case record(WARCRecord)
    /// A record (or gzip member) that could not be read: where it starts and why. The reader
    /// has gone on past it.
    case damaged(offset: Int, reason: String)
}

/// Reads the records of a WARC archive (WARC/1.0 and 1.1, uncompressed or gzip) one after
/// another from a `WARCByteStream`, holding a record's header and, when asked for, its block:
/// never the archive.
///
/// A record that is cut short or malformed, and a gzip member that is corrupt, is one
/// `.damaged` step with the record's offset; the reader then looks for the next record (the
/// next gzip member, or the next line starting with `WARC/`) and goes on.
final class WARCRecordReader {
    /// A header block longer than this is not a header: 256 KiB, far above any real one.
    static let headerLimit = 256 << 10
    /// How much of a block the caller sees before deciding whether to read it all: enough for
    /// any HTTP response head.
    static let blockPreviewLimit = 64 << 10
    /// What a record starts with.
    private static let versionPrefix = Array("WARC/".utf8)

    private let stream: WARCByteStream

    /// A reader of the records of `stream`.
    init(stream: WARCByteStream) {
        self.stream = stream
    }

    /// Reads the next record. `wants` sees the header and the block's first bytes (at most
    /// `blockPreviewLimit`) and says whether the block is to be read; it is read when it is no
    /// larger than `limit`, and skipped otherwise.
    /// - Returns: `nil` at the end of the archive.
    func next(limit: Int, wants: (WARCHeader, ArraySlice<UInt8>) -> Bool) -> WARCReadStep? {
        if let damage = stream.damage {
            stream.recover()
            return .damaged(offset: damage.fileOffset, reason: damage.reason)
        }
        skipSeparators()
        guard stream.fill(1) else { return endOrDamage(recordOffset: nil) }
        let streamPosition = stream.position
        let offset: Int, kind: WARCRecordAddress.Kind
        if let member = stream.memberStartingHere {
            (offset, kind) = (member, .member)
        } else {
            (offset, kind) = (stream.position, stream.isCompressed ? .inflated : .plain)
        }
        guard let headerLength = headerBlockLength() else {
            if stream.damage != nil || stream.isAtEnd || !stream.fill(stream.available + 1) {
                stream.consume(stream.available)
                return endOrDamage(recordOffset: offset)
                    ?? .damaged(offset: offset, reason: "truncated: the archive ends inside the record's header")
            }
            return resync(after: offset, "no WARC header (no empty line within \(Self.headerLimit) bytes)")
        }
        guard let header = WARCHeader.parse(stream.bytes(count: headerLength.content)) else {
            return resync(after: offset, "not a WARC record header")
        }
        guard let length = header.contentLength else {
            return resync(after: offset, "the record has no valid Content-Length")
        }
        stream.consume(headerLength.total)
        let blockPosition = stream.position
        stream.fill(min(length, Self.blockPreviewLimit))
        let preview = stream.bytes(count: min(length, Self.blockPreviewLimit, stream.available))
        var block: [UInt8]?
        if length <= limit, wants(header, preview) {
            guard stream.fill(length) else { return truncated(at: offset) }
            block = Array(stream.bytes(count: length))
            stream.consume(length)
        } else if !stream.skip(length) {
            return truncated(at: offset)
        }
        return .record(WARCRecord(header: header, offset: offset, kind: kind, streamPosition: streamPosition, blockPosition: blockPosition,
                                  blockLength: length, block: block))
    }

    /// The offset in the file of the gzip member that the next record starts, when it starts
    /// one: what a reader of one stretch of an archive (`WARCArchive.read(maxBytes:copies:from:)`)
    /// compares with where the next stretch begins. Skips the separators before the record.
    /// - Returns: `nil` when the record does not start a member, or the archive ends or breaks first.
    func memberStartOfNextRecord() -> Int? {
        guard stream.damage == nil else { return nil }
        skipSeparators()
        guard stream.fill(1) else { return nil }
        return stream.memberStartingHere
    }

    /// The step for a record cut short: the damage that cut it, or the end of the archive.
    private func truncated(at offset: Int) -> WARCReadStep {
        if let damage = stream.damage {
            stream.recover()
            return .damaged(offset: offset, reason: "the gzip member at offset \(damage.fileOffset) is damaged (\(damage.reason))")
        }
        // The file ended: what is left of the record is all there is.
        stream.consume(stream.available)
        return .damaged(offset: offset, reason: "truncated: the archive ends inside the record")
    }

    /// At the end of the stream: `nil` when it ended cleanly, the damage otherwise.
    private func endOrDamage(recordOffset: Int?) -> WARCReadStep? {
        guard let damage = stream.damage else { return nil }
        stream.recover()
        if let recordOffset, recordOffset != damage.fileOffset {
            return .damaged(offset: recordOffset,
                            reason: "the gzip member at offset \(damage.fileOffset) is damaged (\(damage.reason))")
        }
        return .damaged(offset: damage.fileOffset, reason: damage.reason)
    }

    /// Skips the CR LF pairs between records (and any stray white space).
    private func skipSeparators() {
        while stream.fill(1) {
            let byte = stream.byte(at: 0)
            guard byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: " ")
                || byte == UInt8(ascii: "\t") else { return }
            stream.consume(1)
        }
    }

    /// The size of the header block at the window's start without (`content`) and with
    /// (`total`) the empty line that ends it; `nil` when there is none within the limit.
    private func headerBlockLength() -> (content: Int, total: Int)? {
        var scanned = 0
        while true {
            while scanned < stream.available {
                if stream.byte(at: scanned) == UInt8(ascii: "\n") {
                    var next = scanned + 1
                    if next < stream.available || stream.fill(next + 1) {
                        if stream.byte(at: next) == UInt8(ascii: "\r") { next += 1 }
                    }
                    if next < stream.available || stream.fill(next + 1), stream.byte(at: next) == UInt8(ascii: "\n") {
                        return (content: scanned + 1, total: next + 1)
                    }
                }
                scanned += 1
                if scanned >= Self.headerLimit { return nil }
            }
            guard stream.fill(stream.available + 1) else { return nil }
        }
    }

    /// Goes past the record at `offset`, which could not be read for `reason`, to the next one.
    /// - Returns: the step that reports it: the damage of its gzip member, when that is what broke it.
    private func resync(after offset: Int, _ reason: String) -> WARCReadStep {
        if stream.damage == nil { resync() }
        if let damage = stream.damage {
            stream.recover()
            return .damaged(offset: offset, reason: "the gzip member at offset \(damage.fileOffset) is damaged (\(damage.reason))")
        }
        return .damaged(offset: offset, reason: reason)
    }

    /// Goes past a record that could not be read to the next line that starts with `WARC/`
    /// (the next gzip member starts one).
    private func resync() {
        stream.consume(1)
        var atLineStart = false
        while stream.fill(Self.versionPrefix.count) {
            if atLineStart || stream.memberStartingHere != nil,
               stream.bytes(count: Self.versionPrefix.count).elementsEqual(Self.versionPrefix) {
                return
            }
            atLineStart = stream.byte(at: 0) == UInt8(ascii: "\n")
            stream.consume(1)
        }
        stream.consume(stream.available)
    }
}
