/// What one reader found in a stretch of a WARC archive, in the archive's order: the stretch
/// starts at one of the starts `WARCArchiveSplit` found and ends where the reader met a record
/// starting a gzip member at a later start, or at the end of the file.
///
/// Offsets are those of a single reader of the whole archive as long as every record starts a
/// gzip member (or the stretch is the first): inside a member, a record's offset counts
/// decompressed bytes from where the reader began, which only the first stretch knows as the
/// archive's own (`hasStreamOffsets`).
struct WARCStretch {
    /// What a record of the stretch was.
    enum Found {
        /// A page: a source. `streamPosition` is where its record starts in the stretch's copy;
        /// `payload`, where its bytes lie there when the record holds them as they are.
        case page(WARCIndex.Page, streamPosition: Int, payload: WARCInflatedCopies.Payload?)
        /// A record passed over.
        case skipped(WARCIndex.Skipped)
        /// A record that could not be read, the reason naming its offset.
        case failure(String)
    }

    /// The records, in the archive's order.
    private(set) var found: [Found] = []
    /// Why the archive could not be opened at the stretch's start, when it could not.
    private(set) var openingFailure: String?
    /// The stretch whose start the reader met, which goes on from here; `nil`: this one read to the end.
    private(set) var joinedStretch: Int?
    /// Whether an offset counts decompressed bytes from the stretch's start (see above).
    private(set) var hasStreamOffsets = false
    /// The decompressed copy of the stretch, staged, when it was asked for and written whole.
    private(set) var copy: AtomicFileWriter?

    /// Reads the stretch of `archive` that begins at `starts[number]`.
    init(archive: WARCArchive, from starts: [Int], number: Int, maxBytes: Int, copies: WARCInflatedCopies?) {
        let stream: WARCByteStream
        do throws(SystemError) {
            stream = try WARCByteStream(path: archive.path, fileOffset: starts[number])
        } catch {
            openingFailure = error.reason
            return
        }
        if stream.isCompressed { stream.copy = copies?.startCopy(of: archive.path) }
        let reader = WARCRecordReader(stream: stream)
        var later = number + 1
        while true {
            let member = reader.memberStartOfNextRecord()
            if let member, later < starts.count, member >= starts[later] {
                while later < starts.count, starts[later] < member { later += 1 }
                if later < starts.count, starts[later] == member {
                    joinedStretch = later
                    break
                }
            }
            guard let found = Self.next(from: reader, maxBytes: maxBytes) else { break }
            if member == nil, stream.isCompressed { hasStreamOffsets = true }
            if let found { self.found.append(found) }
        }
        if let copy = stream.copy, !stream.copyFailed, (try? copy.stage()) != nil { self.copy = copy }
    }

    /// What the reader's next record is: `nil` at the end of the archive, `.some(nil)` for a
    /// record that is neither a page nor worth a word (a `warcinfo`, a request).
    private static func next(from reader: WARCRecordReader, maxBytes: Int) -> Found?? {
        var verdict: WARCPage.Verdict?
        guard let step = reader.next(limit: WARCArchive.blockLimit(maxBytes), wants: { header, preview in
            verdict = WARCPage.verdict(header: header, preview: preview)
            if case .page(let page) = verdict { return page.isEncoded }
            return false
        }) else { return nil }
        switch step {
        case .damaged(let offset, let reason):
            return .failure(WARCArchive.describe(offset, reason))
        case .record(let record):
            switch verdict {
            case .page(let page): return found(page, in: record, maxBytes: maxBytes)
            case .skipped(let reason):
                let url = record.header.targetURI.flatMap(WARCPage.url(fromTargetURI:))
                return .skipped(WARCIndex.Skipped(url: url, reason: WARCArchive.describe(record.offset, reason)))
            case nil: return .some(nil)
            }
        }
    }

    /// The page `record` holds, with its size once HTTP's encodings are undone.
    private static func found(_ page: WARCPage, in record: WARCRecord, maxBytes: Int) -> Found {
        let size: Int
        do throws(HTTPBody.Failure) {
            if !page.isEncoded {
                size = record.blockLength - page.headLength
            } else {
                guard let block = record.block else { throw .overLimit }
                size = try page.payload(of: block, limit: maxBytes).count
            }
        } catch .overLimit {
            size = max(record.blockLength, maxBytes + 1)
        } catch .unsupported(let reason) {
            return .skipped(WARCIndex.Skipped(url: page.url, reason: WARCArchive.describe(record.offset, reason)))
        } catch {
            return .failure(WARCArchive.describe(record.offset, "\(error)"))
        }
        let listed = WARCIndex.Page(url: page.url, offset: record.offset, kind: record.kind, format: page.format, size: size)
        let payload = page.isEncoded ? nil : WARCInflatedCopies.Payload(
            range: (record.blockPosition + page.headLength)..<(record.blockPosition + record.blockLength), contentType: page.contentType)
        return .page(listed, streamPosition: record.streamPosition, payload: payload)
    }
}
