import Dispatch

/// A WARC archive under the input folder (`.warc`, `.warc.gz`), read as many sources: one per
/// page (`WARCPage`), identified by its URL.
///
/// Each page becomes a `CrawlEntry` whose relative path is the archive's followed by `/` and the
/// URL (`crawl.warc.gz/https://example.org/a`): the crawl sorts an archive as it sorts a folder,
/// so the records' paths keep the crawl's byte-wise order and stay unique, and the manifest
/// keeps one entry per record. The document's `source.path` names the archive itself. An entry
/// carries the archive's modification time and the page's size, so that the quick check keeps
/// the pages of an unchanged archive as it keeps unchanged files.
///
/// Reading an archive goes through it once, in bounded memory, and remembers what it found in a
/// `WARCIndex` (when given a folder for it): an archive whose size and time did not change is
/// listed from its index, without reading it again.
struct WARCArchive {
    /// The archive's path on disk.
    var path: String
    /// Its path relative to the input root.
    var relativePath: String
    /// Its display path (`Input/crawl.warc.gz`).
    var displayPath: String
    /// Its size and modification time when listed.
    var size: Int
    var modified: String

    /// The name endings of archives (compared without case).
    private static let archiveSuffixes = [".warc", ".warc.gz"]

    /// Whether a file name is an archive's.
    static func isArchiveName(_ name: String) -> Bool {
        archiveSuffixes.contains { name.utf8.count > $0.utf8.count && name.hasSuffixIgnoringCase($0) }
    }

    /// What the crawl reports of the archive: its failed and passed-over records, then its
    /// pages in byte-wise order of URL.
    /// A gzip archive read now, by up to `readers` threads, leaves its decompressed copies in
    /// `copies`, for the pages to be read from.
    func events(maxBytes: Int, indexFolder: String?, copies: WARCInflatedCopies, readers: Int = 1) -> [CrawlEvent] {
        let index = self.index(maxBytes: maxBytes, indexFolder: indexFolder, copies: copies, readers: readers)
        var events: [CrawlEvent] = index.failures.map { .failed(SourceFailure(.unreadable, $0, path: displayPath)) }
        events += index.skipped.map { skipped in
            .skipped(SkippedPath(path: skipped.url.map { displayPath + "/" + $0 } ?? displayPath, reason: skipped.reason))
        }
        events += index.pages.map { page in
            .source(CrawlEntry(relativePath: relativePath + "/" + page.url, displayPath: displayPath + "/" + page.url,
                               url: page.url, format: page.format, location: path, size: page.size, modified: modified,
                               archived: WARCRecordAddress(archive: displayPath, offset: page.offset, kind: page.kind)))
        }
        return events
    }

    /// The archive's index: the one kept in `indexFolder` when it was made for the archive as it
    /// is now, else a new one, read from the archive and kept there.
    private func index(maxBytes: Int, indexFolder: String?, copies: WARCInflatedCopies, readers: Int) -> WARCIndex {
        let stamp = WARCIndex.Stamp(size: size, modified: modified, maxBytes: maxBytes)
        let file = indexFolder.map { FileSystem.join($0, Self.indexFileName(relativePath: relativePath)) }
        if let file, let bytes = try? FileSystem.readFile(at: file), let kept = WARCIndex.decode(bytes, expecting: stamp) {
            return kept
        }
        let index = read(maxBytes: maxBytes, copies: copies, readers: readers)
        if let file, let folder = indexFolder {
            // A cache: when it cannot be written, the next run reads the archive again.
            try? FileSystem.createDirectory(folder)
            try? atomicWrite(index.encoded(stamp: stamp), to: file, syncing: false)
        }
        return index
    }

    /// The name of the file in the index folder that keeps the index of the archive at
    /// `relativePath` (under the input root).
    static func indexFileName(relativePath: String) -> String {
        String(SHA256.hex(of: Array(relativePath.utf8)).prefix(16)) + WARCIndex.fileNameSuffix
    }

    /// Reads the archive front to back: every record's header, and the blocks of the pages HTTP
    /// encoded (to know their size once decoded), one record in memory at a time per reader. A
    /// gzip archive is decompressed into copies in `copies` on the way, when given, and read by
    /// up to `readers` readers at once, each from a gzip member further on (`WARCArchiveSplit`).
    func read(maxBytes: Int, copies: WARCInflatedCopies? = nil, readers: Int = 1) -> WARCIndex {
        read(maxBytes: maxBytes, copies: copies, from: WARCArchiveSplit.starts(path: path, size: size, readers: readers))
    }

    /// Reads the archive as stretches that begin at `starts` (0 first, increasing), read at
    /// once: the stretch from 0 reads until it meets a record that starts a gzip member at a
    /// later start, and goes on from that stretch's result; a start it passes without meeting
    /// one there was no record's and what was read from it is dropped. The index is the one a
    /// single reader makes.
    /// Offsets that count decompressed bytes (records inside a larger gzip member) are known only
    /// to a reader from the file's start: a later stretch that has them is dropped and the archive
    /// read again as one.
    func read(maxBytes: Int, copies: WARCInflatedCopies?, from starts: [Int]) -> WARCIndex {
        let stretches = Locked<[Int: WARCStretch]>([:])
        let readOne: @Sendable (Int) -> Void = { number in
            let stretch = WARCStretch(archive: self, from: starts, number: number, maxBytes: maxBytes, copies: copies)
            stretches.withLock { $0[number] = stretch }
        }
        if starts.count == 1 {
            readOne(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: starts.count, execute: readOne)
        }
        let read = stretches.withLock { $0 }
        var listing = WARCListing()
        var next: Int? = 0
        while let number = next, let stretch = read[number] {
            if number > 0, stretch.openingFailure != nil || stretch.hasStreamOffsets {
                // Offsets only a single reader knows (or a file gone): read it as one stretch.
                return self.read(maxBytes: maxBytes, copies: copies, from: [0])
            }
            if let failure = stretch.openingFailure { listing.failures.append(failure) }
            listing.append(stretch)
            next = stretch.joinedStretch
        }
        if let copies, let files = listing.copies { copies.keep(files, of: path, positions: listing.positions) }
        return listing.index
    }

    /// Reads the page `entry` lists, at its address.
    /// - Throws: `SourceFailure` naming the entry's display path and the record's offset: the
    ///   record cannot be read, is no longer that page, or is over `maxBytes`.
    static func load(_ entry: CrawlEntry, at address: WARCRecordAddress, maxBytes: Int,
                     copies: WARCInflatedCopies) throws(SourceFailure) -> Source {
        func failure(_ code: SourceFailure.Code, _ reason: String) -> SourceFailure {
            SourceFailure(code, describe(address.offset, reason), path: entry.displayPath)
        }
        let tooLarge = failure(.tooLarge, "the page is over the limit of \(maxBytes) bytes")
        let copied = address.kind == .plain ? nil : copies.position(ofRecordAt: address.offset, in: entry.location)
        if let copied, let payload = copied.payload {
            guard payload.range.count <= maxBytes else { throw tooLarge }
            do throws(SystemError) {
                return Source(relativePath: entry.relativePath, displayPath: address.archive, url: entry.url,
                              contentType: payload.contentType, format: entry.format,
                              bytes: try FileSystem.readRange(payload.range, ofFileAt: copied.copy))
            } catch {
                throw failure(.unreadable, error.reason)
            }
        }
        let stream: WARCByteStream
        do throws(SystemError) {
            if let copied {
                stream = try WARCByteStream(path: copied.copy, fileOffset: copied.position)
            } else if address.kind == .inflated {
                stream = try WARCByteStream(path: try copies.copy(of: entry.location, shownAs: address.archive),
                                            fileOffset: address.offset)
            } else {
                stream = try WARCByteStream(path: entry.location, fileOffset: address.offset)
            }
        } catch {
            throw failure(.unreadable, error.reason)
        }
        var verdict: WARCPage.Verdict?
        let step = WARCRecordReader(stream: stream).next(limit: blockLimit(maxBytes)) { header, preview in
            verdict = WARCPage.verdict(header: header, preview: preview)
            if case .page = verdict { return true }
            return false
        }
        guard case .record(let record) = step else {
            if case .damaged(_, let reason) = step { throw failure(.unreadable, reason) }
            throw failure(.unreadable, "the archive ends before the record")
        }
        guard case .page(let page) = verdict, page.url == entry.url else {
            throw failure(.unreadable, "the archive changed since it was listed: the record is not that page any more")
        }
        guard let block = record.block else { throw tooLarge }
        do throws(HTTPBody.Failure) {
            let bytes = try page.payload(of: block, limit: maxBytes)
            return Source(relativePath: entry.relativePath, displayPath: address.archive, url: page.url,
                          contentType: page.contentType, format: page.format, bytes: bytes)
        } catch .overLimit {
            throw tooLarge
        } catch {
            throw failure(.unreadable, "\(error)")
        }
    }

    /// The largest block read for a page: the limit on the page's bytes, and room for the HTTP
    /// head in front of them.
    static func blockLimit(_ maxBytes: Int) -> Int {
        maxBytes > Int.max - WARCRecordReader.blockPreviewLimit ? Int.max : maxBytes + WARCRecordReader.blockPreviewLimit
    }

    /// A reason naming the record's offset.
    static func describe(_ offset: Int, _ reason: String) -> String {
        "record at offset \(offset): \(reason)"
    }
}

extension HTTPBody.Failure: CustomStringConvertible {
    /// The reason in words.
    var description: String {
        switch self {
        case .overLimit: "over the limit of bytes"
        case .malformed(let reason), .unsupported(let reason): reason
        }
    }
}
