/// `ingest extract`: the per-article stages run on files or folders named on the command line,
/// without a manifest or a dataset. Folders are crawled like the input of a run; a file is taken
/// as named, its relative path being its name.
public enum Extraction {
    /// How an extracted document is written.
    public enum Format: String, Sendable, CaseIterable {
        /// The document JSON, as in `documents/<id>.json`.
        case json
        /// The cleaned body as plain text (`Document.plainText`).
        case text

        /// The file extension of an output in this format.
        public var fileExtension: String {
            switch self {
            case .json: return "json"
            case .text: return "txt"
            }
        }

        /// Processes `source` and returns the bytes of its output in this format. Text needs
        /// only the cleaned article (`ArticleProcessor.clean`), so items are not extracted and
        /// the source is not hashed for it.
        /// - Throws: `SourceFailure` when the source is not an article.
        public func render(_ source: Source) throws(SourceFailure) -> [UInt8] {
            switch self {
            case .json: return try ArticleProcessor.process(source).prettyJSON
            case .text: return Array(try ArticleProcessor.clean(source).article.plainText.utf8)
            }
        }
    }

    /// What an extraction into a folder did.
    public struct Summary: Sendable, Equatable {
        /// Files written.
        public var written = 0
        /// Inputs that failed, sorted by path.
        public var failures: [SourceFailure] = []
    }

    /// The sources behind `paths`, in the order given (a folder's in crawl order), with the
    /// paths that could not be listed.
    public static func sources(for paths: [String], maxBytes: Int = IngestOptions.defaultMaxBytes)
        -> (entries: [(CrawlEntry, FolderCatalog)], failures: [SourceFailure]) {
        var entries: [(CrawlEntry, FolderCatalog)] = []
        var failures: [SourceFailure] = []
        for path in paths {
            do throws(SourceFailure) {
                if FileSystem.status(of: path, followingLinks: true)?.kind == .directory {
                    let catalog = FolderCatalog(root: path, maxBytes: maxBytes)
                    let listing: CrawlListing
                    do throws(RunError) {
                        listing = try catalog.crawl()
                    } catch {
                        throw SourceFailure(.unreadable, error.reason, path: error.path)
                    }
                    entries.append(contentsOf: listing.entries.map { ($0, catalog) })
                    failures.append(contentsOf: listing.failures)
                } else {
                    let entry = try FolderCatalog.entry(forFile: path)
                    entries.append((entry, FolderCatalog(root: FileSystem.parentPath(of: path), maxBytes: maxBytes)))
                }
            } catch {
                failures.append(error)
            }
        }
        return (entries, failures)
    }

    /// Processes one file and returns its document in `format`.
    /// - Throws: `SourceFailure` when the file cannot be read or is not an article.
    public static func extract(file path: String, format: Format, maxBytes: Int = IngestOptions.defaultMaxBytes) throws(SourceFailure) -> [UInt8] {
        let entry = try FolderCatalog.entry(forFile: path)
        let source = try FolderCatalog(root: FileSystem.parentPath(of: path), maxBytes: maxBytes).load(entry)
        return try format.render(source)
    }

    /// Processes every source behind `paths` on `jobs` workers and writes
    /// `output/<file stem>.json` (or `.txt`) for each. When two inputs share a stem, the first in
    /// order wins and the other fails, so that no output silently replaces another.
    /// - Throws: `RunError` (`.output`) when the output folder cannot be written.
    public static func run(paths: [String], format: Format, output: String, jobs: Int,
                           maxBytes: Int = IngestOptions.defaultMaxBytes,
                           observer: RunObserver = .silent) throws(RunError) -> Summary {
        try RunError.onOutput { () throws(SystemError) in try FileSystem.createDirectory(output) }
        let (found, listingFailures) = sources(for: paths, maxBytes: maxBytes)
        var summary = Summary()
        summary.failures = listingFailures
        for failure in listingFailures { observer.failed(failure) }

        var taken: Set<String> = []
        var work: [(entry: CrawlEntry, catalog: FolderCatalog, target: String)] = []
        for (entry, catalog) in found {
            let name = FileSystem.lastComponent(of: entry.relativePath)
            let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
            guard taken.insert(stem).inserted else {
                let failure = SourceFailure(.unwritable, "another input has the file stem \"\(stem)\"", path: entry.displayPath)
                summary.failures.append(failure)
                observer.failed(failure)
                continue
            }
            work.append((entry, catalog, FileSystem.join(output, stem + "." + format.fileExtension)))
        }

        let state = Locked((summary: summary, done: 0, fatal: RunError?.none))
        let total = work.count
        let pipeline = BoundedPipeline<(entry: CrawlEntry, catalog: FolderCatalog, target: String), Result<[UInt8], SourceFailure>, Void>(
            jobs: jobs, writers: SourceWork.writers,
            shouldStop: { state.withLock { $0.fatal != nil } },
            work: { item in
                do throws(SourceFailure) {
                    return .success(try format.render(try item.catalog.load(item.entry)))
                } catch {
                    return .failure(error)
                }
            },
            deliver: { item, result in
                var failure: SourceFailure?
                var fatal: RunError?
                switch result {
                case .success(let bytes):
                    do throws(SystemError) {
                        try atomicWrite(bytes, to: item.target)
                    } catch {
                        fatal = RunError(.output, error)
                    }
                case .failure(let error):
                    failure = error
                }
                let done = state.withLock { state in
                    state.done += 1
                    if let failure { state.summary.failures.append(failure) }
                    if let fatal { state.fatal = state.fatal ?? fatal }
                    if failure == nil && fatal == nil { state.summary.written += 1 }
                    return state.done
                }
                if let failure { observer.failed(failure) }
                observer.progressed(done, total)
            },
            emit: { _ in })
        for item in work where pipeline.submit(item) == false { break }
        pipeline.finish()
        let final = state.value
        if let fatal = final.fatal { throw fatal }
        summary = final.summary
        summary.failures.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return summary
    }
}
