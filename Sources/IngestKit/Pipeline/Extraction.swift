/// `ingest extract`: the per-article stages run on files or folders named on the command line,
/// or on standard input, without a manifest or a dataset. Folders are crawled like the input of
/// a run; a file is taken as named, its relative path being its name. Messages name every input
/// as it was typed (a folder's sources by the folder as typed and their path below it), while
/// documents name them as a run would (`source.path`: the folder's name and the file's).
public enum Extraction {
    /// The path that stands for standard input.
    public static let standardInput = "-"

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

    /// One source to extract: where it is, how messages name it, and where its output goes.
    struct Input: Sendable {
        var entry: CrawlEntry
        var catalog: FolderCatalog
        /// The file's path as typed, or for a source found in a folder, the folder as typed
        /// joined with the source's path below it.
        var shownAs: String
        /// Where its output goes below the output folder, without an extension: a file's stem,
        /// or for a source found in a folder, its path below that folder without its
        /// extension, so that the output mirrors the tree.
        var outputStem: String
    }

    /// Checks, before anything is read, that every path names something to extract: standard
    /// input, a folder, or a file whose format is known (`inputFormat`, or its extension).
    /// - Throws: `SourceFailure` naming the path as typed: `no such file or folder`, or an
    ///   unknown extension when `inputFormat` is `nil`.
    public static func checkInputs(_ paths: [String], inputFormat: SourceFormat?) throws(SourceFailure) {
        for path in paths where path != standardInput {
            guard let status = FileSystem.status(of: path, followingLinks: true) else {
                throw SourceFailure(.unreadable, "no such file or folder", path: path)
            }
            if status.kind == .file, inputFormat == nil, FolderCatalog.format(ofName: FileSystem.lastComponent(of: path)) == nil {
                throw SourceFailure(.unreadable, "unknown extension (expected .txt, .text, .md, .markdown, .html, .htm or "
                                  + ".xhtml); name its format with --input-format html or text", path: path)
            }
        }
    }

    /// The sources behind `paths`, in the order given (a folder's in crawl order), with the
    /// paths that could not be listed and the `.urls` lists passed over (their pages are fetched
    /// by `ingest run` only: extraction reads files). Files named directly are read as
    /// `inputFormat` when it is given; sources found in folders by their extensions.
    static func inputs(for paths: [String], inputFormat: SourceFormat?, maxBytes: Int)
        -> (inputs: [Input], failures: [SourceFailure], urlLists: [String]) {
        var inputs: [Input] = []
        var failures: [SourceFailure] = []
        var urlLists: [String] = []
        for path in paths {
            do throws(SourceFailure) {
                if FileSystem.status(of: path, followingLinks: true)?.kind == .directory {
                    let catalog = FolderCatalog(root: path, maxBytes: maxBytes)
                    let listing: CrawlListing
                    do throws(RunError) {
                        listing = try catalog.crawl()
                    } catch {
                        throw SourceFailure(.unreadable, error.reason, path: path)
                    }
                    for entry in listing.entries {
                        if let list = entry.listedIn.map({ shown($0, under: path, rootName: catalog.rootName) }) {
                            if urlLists.last != list { urlLists.append(list) }
                            continue
                        }
                        inputs.append(Input(entry: entry, catalog: catalog,
                                            shownAs: FileSystem.join(path, entry.relativePath),
                                            outputStem: outputStem(of: entry)))
                    }
                    failures.append(contentsOf: listing.failures.map { failure in
                        var shown = failure
                        shown.path = Self.shown(failure.path, under: path, rootName: catalog.rootName)
                        return shown
                    })
                } else {
                    let entry = try FolderCatalog.entry(forFile: path, format: inputFormat)
                    inputs.append(Input(entry: entry, catalog: FolderCatalog(root: FileSystem.parentPath(of: path), maxBytes: maxBytes),
                                        shownAs: path, outputStem: stem(of: FileSystem.lastComponent(of: path))))
                }
            } catch {
                var shown = error
                shown.path = path
                failures.append(shown)
            }
        }
        return (inputs, failures, urlLists)
    }

    /// A display path of a folder's crawl (`Input/a.html`) as the folder was named (`in/a.html`).
    private static func shown(_ displayPath: String, under path: String, rootName: String) -> String {
        let prefix = rootName + "/"
        guard displayPath.hasPrefix(prefix) else { return displayPath }
        return FileSystem.join(path, String(displayPath.dropFirst(prefix.count)))
    }

    /// Where a folder's source is written under `--output`: its relative path without the
    /// extension; for a page of a WARC archive, the archive's path and the page's id (a URL is
    /// no file name).
    private static func outputStem(of entry: CrawlEntry) -> String {
        guard entry.archived != nil, let url = entry.url else { return stem(of: entry.relativePath) }
        return String(entry.relativePath.dropLast(url.count + 1)) + "/" + entry.id
    }

    /// `relativePath` without the extension of its last component (`a/b.html` -> `a/b`).
    private static func stem(of relativePath: String) -> String {
        let name = FileSystem.lastComponent(of: relativePath)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return relativePath }
        return String(relativePath.dropLast(name.distance(from: dot, to: name.endIndex)))
    }

    /// Processes one file, or standard input when `path` is `-`, and returns its output in
    /// `format`. The file is read as `inputFormat` when it is given, else by its extension;
    /// standard input as HTML when its first character other than white space is `<`, else as
    /// plain text. `standardInputDescriptor` is where standard input is read from when not the
    /// process's own (`nil`).
    /// - Throws: `SourceFailure`, naming `path` as given, when it cannot be read or is not an
    ///   article.
    public static func extract(file path: String, format: Format, inputFormat: SourceFormat? = nil,
                               maxBytes: Int = IngestOptions.defaultMaxBytes,
                               standardInputDescriptor: Int32? = nil) throws(SourceFailure) -> [UInt8] {
        do throws(SourceFailure) {
            let source: Source
            if path == standardInput {
                let bytes: [UInt8]
                do throws(SystemError) {
                    bytes = try FileSystem.readToEnd(standardInputDescriptor ?? FileSystem.standardInputDescriptor,
                                                     limit: maxBytes, shownAs: path)
                } catch {
                    throw SourceFailure(reading: error)
                }
                source = Source(relativePath: path, displayPath: path, format: inputFormat ?? sniffedFormat(of: bytes),
                                bytes: bytes)
            } else {
                let entry = try FolderCatalog.entry(forFile: path, format: inputFormat)
                source = try FolderCatalog(root: FileSystem.parentPath(of: path), maxBytes: maxBytes).load(entry)
            }
            return try format.render(source)
        } catch {
            var shown = error
            shown.path = path
            throw shown
        }
    }

    /// HTML when the first character of `bytes` other than white space (after a UTF-8 byte
    /// order mark) is `<`, plain text otherwise.
    static func sniffedFormat(of bytes: [UInt8]) -> SourceFormat {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        let first = bytes[start...].first { ![0x20, 0x09, 0x0A, 0x0D, 0x0C].contains($0) }
        return first == UInt8(ascii: "<") ? .html : .text
    }

    /// Processes every source behind `paths` on `jobs` workers and writes its output in
    /// `format` below `output`: `output/<file stem>.json` (or `.txt`) for a file named, and for
    /// a folder named, the same tree below `output` as below the folder. When two inputs would
    /// write the same file, the first in order wins and the other fails, so that no output
    /// silently replaces another. Each output is renamed into place whole, and all are on the
    /// disk when the run returns (one flush of the file system, not one per file).
    /// - Throws: `RunError` (`.output`) when the output folder cannot be written.
    public static func run(paths: [String], format: Format, inputFormat: SourceFormat? = nil, output: String, jobs: Int,
                           maxBytes: Int = IngestOptions.defaultMaxBytes,
                           observer: RunObserver = .silent) throws(RunError) -> Summary {
        try RunError.onOutput { () throws(SystemError) in try FileSystem.createDirectory(output) }
        let (found, listingFailures, urlLists) = inputs(for: paths, inputFormat: inputFormat, maxBytes: maxBytes)
        for list in urlLists { observer.noted("\(list): a URL list, skipped: its pages are fetched by `ingest run` only") }
        var summary = Summary()
        summary.failures = listingFailures
        for failure in listingFailures { observer.failed(failure) }
        let work = targets(of: found, format: format, below: output, summary: &summary, observer: observer)
        for folder in Set(work.map { FileSystem.parentPath(of: $0.target) }).sorted() {
            try RunError.onOutput { () throws(SystemError) in try FileSystem.createDirectory(folder) }
        }
        let state = Locked((summary: summary, done: 0, fatal: RunError?.none))
        let pipeline = extractionPipeline(format: format, jobs: jobs, total: work.count, state: state, observer: observer)
        for item in work where pipeline.submit(item) == false { break }
        pipeline.finish()
        let final = state.value
        if let fatal = final.fatal { throw fatal }
        // The outputs were not `fsync`ed one by one: one flush puts them all on the disk.
        try RunError.onOutput { () throws(SystemError) in try FileSystem.syncFileSystem(containing: output) }
        summary = final.summary
        summary.failures.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return summary
    }

    /// Where each input's output goes; an input whose output another input already writes
    /// fails, into `summary`.
    private static func targets(of found: [Input], format: Format, below output: String, summary: inout Summary,
                                observer: RunObserver) -> [(input: Input, target: String)] {
        var taken: Set<String> = []
        var work: [(input: Input, target: String)] = []
        for input in found {
            let target = FileSystem.join(output, input.outputStem + "." + format.fileExtension)
            guard taken.insert(input.outputStem).inserted else {
                let failure = SourceFailure(.unwritable, "another input is written to \(target)", path: input.shownAs)
                summary.failures.append(failure)
                observer.failed(failure)
                continue
            }
            work.append((input, target))
        }
        return work
    }

    /// The pipeline that renders each input on the workers and writes its output, counting
    /// into `state`; the first output that cannot be written stops it.
    private static func extractionPipeline(format: Format, jobs: Int, total: Int,
                                           state: Locked<(summary: Summary, done: Int, fatal: RunError?)>,
                                           observer: RunObserver)
    -> BoundedPipeline<(input: Input, target: String), Result<[UInt8], SourceFailure>, Void> {
        BoundedPipeline(
            jobs: jobs, writers: SourceWork.writers,
            shouldStop: { state.withLock { $0.fatal != nil } },
            work: { item in
                do throws(SourceFailure) {
                    return .success(try format.render(try item.input.catalog.load(item.input.entry)))
                } catch {
                    var shown = error
                    shown.path = item.input.shownAs
                    return .failure(shown)
                }
            },
            deliver: { item, result in
                var failure: SourceFailure?
                var fatal: RunError?
                switch result {
                case .success(let bytes):
                    do throws(SystemError) {
                        try atomicWrite(bytes, to: item.target, syncing: false)
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
    }
}
