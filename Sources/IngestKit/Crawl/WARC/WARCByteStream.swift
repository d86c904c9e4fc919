/// The bytes of a WARC archive read front to back through a window, decompressed when the file
/// is gzip (one member per record, one for the whole file, or anything between), in bounded
/// memory: the window holds what the reader asked to see, never the file.
///
/// Offsets are kept for each byte the stream gives: `position` counts the bytes given so far
/// (in the decompressed stream for gzip), and for gzip the stream notes where in the file each
/// member began, so that a record which starts a member can be found again by its file offset.
///
/// A gzip member that is corrupt or cut short stops the stream (`damage`); `recover()` drops
/// what was left of it and goes on from the next gzip header in the file.
final class WARCByteStream {
    /// A gzip member that could not be read to its end.
    struct Damage: Sendable, Equatable {
        /// Where the member starts in the file.
        var fileOffset: Int
        /// What zlib said, or that the file ends inside the member.
        var reason: String
    }

    /// How many bytes are read from the file at a time.
    private static let readSize = 1 << 16
    /// The bytes a gzip member starts with: the magic number and the deflate method.
    private static let gzipHeader: [UInt8] = [0x1F, 0x8B, 0x08]

    /// The file, for messages and for reopening it after damage.
    let path: String
    /// Whether the file is gzip (told by its first bytes, not its name).
    let isCompressed: Bool
    private var file: BufferedFileReader
    private let inflater: GzipInflater?
    /// The fast path for whole members (`GzipMemberDecompressor`), made at the first member.
    private lazy var memberDecompressor = GzipMemberDecompressor()
    private var window: [UInt8] = []
    private var start = 0
    /// Compressed bytes read from the file but not yet inflated.
    private var pending: [UInt8] = []
    private var pendingStart = 0
    /// Where the current member starts in the file, while one is being inflated.
    private var memberFileOffset: Int?
    /// The members begun, as (position in the stream, offset in the file), oldest first; those
    /// before `position` are dropped as the stream moves on.
    private var memberStarts: [(position: Int, fileOffset: Int)] = []
    private var atEnd = false

    /// How many bytes the stream gave before the first byte of the window.
    private(set) var position: Int
    /// The member that broke, until `recover()`: the stream gives nothing more until then.
    private(set) var damage: Damage?
    /// Where every decompressed byte is written as well, when set: a copy that offsets in the
    /// stream (`position`) address. Dropped when a write fails (`copyFailed`).
    var copy: AtomicFileWriter?
    /// Whether writing `copy` failed: the copy is then incomplete.
    private(set) var copyFailed = false

    /// A stream over `path` from byte `offset` of the file on (the start of a record or of a
    /// gzip member); it is gzip when the bytes there start a gzip member.
    /// - Throws: `SystemError` when the file cannot be opened.
    init(path: String, fileOffset offset: Int = 0) throws(SystemError) {
        self.path = path
        file = try BufferedFileReader(path: path, startingAt: offset, bufferSize: Self.readSize)
        var head: [UInt8] = []
        while head.count < Self.gzipHeader.count {
            let chunk = try file.nextChunk(limit: Self.gzipHeader.count - head.count)
            if chunk.isEmpty { break }
            head += chunk
        }
        isCompressed = head == Self.gzipHeader
        if isCompressed {
            do throws(GzipError) {
                inflater = try GzipInflater()
            } catch {
                throw SystemError("decompress", path: path, cause: .other(error.reason))
            }
            pending = head
        } else {
            inflater = nil
            window = head
        }
        // Uncompressed, positions are offsets in the file; compressed, in the decompressed
        // stream from `offset` on.
        position = isCompressed ? 0 : offset
    }

    /// How many bytes the window holds.
    var available: Int { window.count - start }

    /// Whether the stream gave every byte of the file (and no damage stops it).
    var isAtEnd: Bool { atEnd && available == 0 && damage == nil }

    /// The window's bytes from `offset` (0 for the first) on, `count` of them.
    func bytes(from offset: Int = 0, count: Int) -> ArraySlice<UInt8> {
        window[(start + offset)..<(start + offset + count)]
    }

    /// The byte at `offset` in the window.
    func byte(at offset: Int) -> UInt8 {
        window[start + offset]
    }

    /// Reads until the window holds at least `count` bytes.
    /// - Returns: `false` when the file ends first, it cannot be read, or a member breaks.
    @discardableResult
    func fill(_ count: Int) -> Bool {
        while available < count {
            guard damage == nil, !atEnd else { return false }
            readMore()
        }
        return true
    }

    /// Drops the window's first `count` bytes (at most what it holds).
    func consume(_ count: Int) {
        let dropped = min(count, available)
        start += dropped
        position += dropped
        if start >= Self.readSize, start * 2 >= window.count {
            window.removeFirst(start)
            start = 0
        }
        while let first = memberStarts.first, first.position < position {
            memberStarts.removeFirst()
        }
    }

    /// Drops `count` bytes, reading them as they come, so that skipping a large block costs the
    /// read size, not the block.
    /// - Returns: `false` when the file ends first or a member breaks.
    func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            if available == 0, !fill(1) { return false }
            let step = min(left, available)
            consume(step)
            left -= step
        }
        return true
    }

    /// The offset in the file of the gzip member that starts at the window's first byte, if one does.
    var memberStartingHere: Int? {
        memberStarts.first { $0.position == position }?.fileOffset
    }

    /// Goes on after damage from the next gzip header after the broken member's start, the
    /// window and what was left of the member dropped.
    func recover() {
        guard let broken = damage else { return }
        consume(available)
        // The members begun so far are left behind: the next one found is the next to start.
        memberStarts.removeAll()
        damage = nil
        pending = []
        pendingStart = 0
        memberFileOffset = nil
        inflater?.reset()
        guard let next = nextGzipHeader(after: broken.fileOffset),
              let reopened = try? BufferedFileReader(path: path, startingAt: next, bufferSize: Self.readSize) else {
            atEnd = true
            return
        }
        file = reopened
    }

    /// The offset of the first gzip header after `offset` in the file, if there is one.
    private func nextGzipHeader(after offset: Int) -> Int? {
        guard let reader = try? BufferedFileReader(path: path, startingAt: offset + 1, bufferSize: Self.readSize) else {
            return nil
        }
        var carried: [UInt8] = []
        var carriedStart = offset + 1
        while let chunk = try? reader.nextChunk(limit: Self.readSize), !chunk.isEmpty {
            let bytes = carried + chunk
            if let found = Self.firstIndex(of: Self.gzipHeader, in: bytes) { return carriedStart + found }
            let kept = min(bytes.count, Self.gzipHeader.count - 1)
            carriedStart += bytes.count - kept
            carried = Array(bytes.suffix(kept))
        }
        return nil
    }

    /// Where `pattern` first occurs in `bytes`.
    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from lower: Int = 0) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = lower
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private func write(toCopy bytes: UnsafeRawBufferPointer) {
        guard let copy else { return }
        do throws(SystemError) {
            try copy.append(bytes)
        } catch {
            self.copy = nil
            copyFailed = true
        }
    }

    /// How much compressed input the fast path reads ahead of a member at first, and at most: a
    /// member it cannot finish within the read-ahead doubles it, up to the most, before the member
    /// goes to streaming. A stream that reads one record reads little more than the record.
    private static let firstReadAhead = 128 << 10
    private static let mostReadAhead = 4 << 20
    private var readAhead = WARCByteStream.firstReadAhead

    /// Inflates the member that starts at the next compressed byte in one call, when it lies
    /// whole within the input read ahead and its output fits (`GzipMemberDecompressor`).
    /// - Returns: whether it did; if not, nothing changed but the input read ahead.
    private func inflateWholeMember() -> Bool {
        guard let decompressor = memberDecompressor else { return false }
        while true {
            let reachedEnd = readAheadOfMember()
            guard pendingStart < pending.count else { return false }
            let fileOffset = file.offset - (pending.count - pendingStart)
            let start = position + available
            let outcome = pending.withUnsafeBytes { all in
                decompressor.decompressMember(UnsafeRawBufferPointer(rebasing: all[pendingStart...])) { output in
                    window.append(contentsOf: output)
                    write(toCopy: output)
                }
            }
            switch outcome {
            case .done(let consumed):
                memberStarts.append((position: start, fileOffset: fileOffset))
                pendingStart += consumed
                return true
            case .tooLarge:
                return false
            case .failed:
                guard !reachedEnd, readAhead < Self.mostReadAhead else { return false }
                readAhead *= 2
            }
        }
    }

    /// Reads compressed input until `readAhead` bytes are pending (or the file ends), keeping
    /// what is pending at the front, once less than half of that is left.
    /// - Returns: whether the file ended first.
    private func readAheadOfMember() -> Bool {
        guard pending.count - pendingStart < readAhead / 2 else { return false }
        pending.removeFirst(pendingStart)
        pendingStart = 0
        while pending.count < readAhead {
            guard let chunk = try? file.nextChunk(limit: readAhead - pending.count), !chunk.isEmpty else { return true }
            pending += chunk
        }
        return false
    }

    /// Reads one more piece of the file into the window, or notes the end or the damage.
    private func readMore() {
        guard let inflater else {
            guard let chunk = try? file.nextChunk(limit: Self.readSize), !chunk.isEmpty else {
                atEnd = true
                return
            }
            window.append(contentsOf: chunk)
            return
        }
        if pendingStart == pending.count {
            guard let chunk = try? file.nextChunk(limit: Self.readSize), !chunk.isEmpty else {
                if let member = memberFileOffset {
                    damage = Damage(fileOffset: member, reason: "the archive ends inside a gzip member")
                }
                atEnd = true
                return
            }
            pending = Array(chunk)
            pendingStart = 0
        }
        if memberFileOffset == nil, inflateWholeMember() { return }
        let fileOffset = file.offset - (pending.count - pendingStart)
        if memberFileOffset == nil {
            memberFileOffset = fileOffset
            memberStarts.append((position: position + available, fileOffset: fileOffset))
        }
        do {
            let before = window.count
            // At most a read's worth of input per call, whatever the fast path read ahead: the
            // window grows by that much output, not by a read-ahead's.
            let piece = pendingStart..<min(pending.count, pendingStart + Self.readSize)
            let step = try pending.withUnsafeBytes { all in
                try inflater.inflate(UnsafeRawBufferPointer(rebasing: all[piece])) { output in
                    window.append(contentsOf: output)
                    write(toCopy: output)
                }
            }
            pendingStart += step.consumed
            if step.memberEnded {
                memberFileOffset = nil
            } else if step.consumed == 0, window.count == before {
                damage = Damage(fileOffset: memberFileOffset ?? fileOffset, reason: "zlib makes no progress")
            }
        } catch {
            damage = Damage(fileOffset: memberFileOffset ?? fileOffset, reason: "\(error)")
        }
    }
}
