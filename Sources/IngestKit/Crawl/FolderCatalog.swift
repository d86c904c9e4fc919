/// The sources under a folder, found recursively: files whose extension names a
/// `SourceFormat`, in byte-wise order of their relative paths.
///
/// Hidden files and folders (a name starting with `.`) are left out without a word. Symbolic
/// links are followed only while they lead to something inside the root (like `find -L` kept
/// inside the root); a link leading out of it, a dangling link and a link back to one of its own
/// parent folders are listed as skipped. Anything else that is not a source (other extensions,
/// sockets, devices) is listed as skipped, with the reason.
///
/// A WARC archive (`.warc`, `.warc.gz`) is many sources, one per page (`WARCArchive`), sorted
/// under the archive's path as a folder's files are. A URL found in an earlier archive (in
/// path order) is passed over in a later one: one URL, one document.
///
/// ```swift
/// let listing = try FolderCatalog(root: "Input").crawl()
/// listing.entries.map(\.displayPath) // ["Input/000_x.txt", "Input/sub/a.html"]
/// ```
public struct FolderCatalog: SourceCatalog {
    /// The folder as given.
    public let root: String
    /// The root's name, put in front of relative paths (`Input`).
    public let rootName: String
    /// Files over this many bytes are refused when loaded.
    public let maxBytes: Int
    /// Canonical paths of folders not to descend into (the output folder, when it lies inside
    /// the input).
    public let excludedFolders: Set<String>
    /// The shard of a split run (`--shard`): the walk reports only that shard's sources and
    /// paths (`CrawlEvent.belongs(to:rootName:)`); `nil` reports all.
    public let shard: Shard?
    /// Where what was found in each WARC archive is kept (`WARCIndex`), so that an unchanged
    /// archive is not read again; `nil`: archives are read on every crawl.
    public let archiveIndexFolder: String?
    /// The decompressed copies of archives gzip-compressed as one member.
    let inflatedCopies: WARCInflatedCopies
    /// How many threads read one gzip archive at once, each from a gzip member further on
    /// (`WARCArchiveSplit`): the run's jobs, since its workers wait for the crawl.
    public let archiveReaders: Int

    /// A catalog of the folder `root`, or of the part of it that falls in `shard`.
    /// `scratchFolder` (the output folder of a run) keeps the indexes of WARC archives and their
    /// temporary copies; without one, archives are read on every crawl and copies go to the
    /// system's temporary folder. Up to `archiveReaders` threads read one gzip archive.
    public init(root: String, maxBytes: Int = FolderCatalog.defaultMaxBytes, excluding excludedFolders: [String] = [],
                shard: Shard? = nil, scratchFolder: String? = nil, archiveReaders: Int = 1) {
        self.root = root
        self.archiveReaders = max(1, archiveReaders)
        self.maxBytes = maxBytes
        self.shard = shard
        self.excludedFolders = Set(excludedFolders.compactMap(FileSystem.canonicalPath))
        archiveIndexFolder = scratchFolder.map { FileSystem.join($0, Self.archiveIndexFolderName) }
        inflatedCopies = WARCInflatedCopies(folder: scratchFolder ?? FileSystem.temporaryFolder)
        let given = FileSystem.lastComponent(of: root)
        if given.isEmpty || given == "." || given == ".." || given == "/" {
            rootName = FileSystem.canonicalPath(root).map(FileSystem.lastComponent) ?? given
        } else {
            rootName = given
        }
    }

    /// Walks the sources under the root in byte-wise order of their relative paths, one
    /// folder's names in memory at a time (see `SourceCatalog.crawl(_:)`).
    /// - Throws: `RunError` (`.input`) when the root is not a readable folder.
    public func crawl(_ found: (CrawlEvent) -> Bool) throws(RunError) {
        let (canonicalRoot, rootStatus) = try checkRoot()
        let walk = FolderWalk(catalog: self, canonicalRoot: canonicalRoot)
        let walkedAll = walk.visit(folder: root, relativePrefix: "", ancestors: [rootStatus.identity]) { event in
            if let shard, !event.belongs(to: shard, rootName: rootName) { return true }
            return found(event)
        }
        // A walk that met every archive (a shard's too: every shard walks the whole input)
        // knows which indexes are of archives no longer there.
        if walkedAll, let archiveIndexFolder {
            WARCIndex.sweep(archiveIndexFolder, keeping: walk.archives.indexFileNames)
        }
    }

    /// Checks that the root is a readable folder, before a run touches its output.
    /// - Returns: the root's canonical path and status.
    /// - Throws: `RunError` (`.input`) when it is not.
    @discardableResult
    func checkRoot() throws(RunError) -> (canonicalPath: String, status: FileSystem.Status) {
        guard let canonicalRoot = FileSystem.canonicalPath(root),
              let rootStatus = FileSystem.status(of: canonicalRoot), rootStatus.kind == .directory else {
            throw RunError(.input, "not a readable folder", path: root)
        }
        return (canonicalRoot, rootStatus)
    }

    /// The folder under the scratch folder that keeps the archives' indexes.
    static let archiveIndexFolderName = ".warc-index"

    /// Reads a listed file, or a page of an archive.
    public func load(_ entry: CrawlEntry) throws(SourceFailure) -> Source {
        if let address = entry.archived {
            return try WARCArchive.load(entry, at: address, maxBytes: maxBytes, copies: inflatedCopies)
        }
        guard entry.listedIn == nil else {
            throw SourceFailure(.unreadable, "a page of a URL list, fetched by `ingest run` only", path: entry.displayPath)
        }
        let bytes: [UInt8]
        do throws(SystemError) {
            bytes = try FileSystem.readFile(at: entry.location, limit: maxBytes, shownAs: entry.displayPath)
        } catch {
            throw SourceFailure(reading: error)
        }
        return Source(relativePath: entry.relativePath, displayPath: entry.displayPath, url: entry.url, format: entry.format, bytes: bytes)
    }

    /// The entry for one file named directly (by `ingest extract`), its relative path being its
    /// name and its root the folder it is in. `format` is how to read it; `nil` means by its
    /// extension.
    /// - Throws: `SourceFailure` when the file cannot be read, or when `format` is `nil` and its
    ///   extension is not a source's.
    public static func entry(forFile path: String, format declaredFormat: SourceFormat? = nil) throws(SourceFailure) -> CrawlEntry {
        let name = FileSystem.lastComponent(of: path)
        let folderName = FolderCatalog(root: FileSystem.parentPath(of: path)).rootName
        let displayPath = folderName.isEmpty ? name : folderName + "/" + name
        guard let status = FileSystem.status(of: path, followingLinks: true) else {
            throw SourceFailure(.unreadable, "no such file", path: displayPath)
        }
        guard status.kind == .file else {
            throw SourceFailure(.unreadable, "not a regular file", path: displayPath)
        }
        guard let format = declaredFormat ?? FolderCatalog.format(ofName: name) else {
            throw SourceFailure(.unreadable, "unknown extension (expected .txt, .text, .md, .markdown, .html, .htm or .xhtml)",
                              path: displayPath)
        }
        // The file itself, a link named on the command line resolved: reading does not follow links.
        return CrawlEntry(relativePath: name, displayPath: displayPath, format: format,
                          location: FileSystem.canonicalPath(path) ?? path, size: status.size, modified: status.modified)
    }

    /// The format implied by a file name's extension, if it names one.
    static func format(ofName name: String) -> SourceFormat? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return SourceFormat(fileExtension: String(name[name.index(after: dot)...]))
    }
}

/// One recursive walk of a `FolderCatalog`, depth first. A folder's names are sorted before
/// its entries are visited, each folder's name (and each `.urls` list's, whose pages are
/// keyed below it) with a `/` after it: then the walk meets the
/// sources in byte-wise order of their relative paths (`a/z.html` comes after `a-b/x.md`,
/// because `-` sorts before `/`), and only one folder's names are held at a time.
struct FolderWalk {
    let catalog: FolderCatalog
    let canonicalRoot: String
    /// The ids of the pages with a URL found so far, in archives and URL lists.
    let pageIDs = PageIDs()
    /// The archives met so far.
    let archives = ArchivesMet()

    /// The archives a walk has met, by the names of their index files
    /// (`WARCArchive.indexFileName(relativePath:)`).
    final class ArchivesMet {
        var indexFileNames: Set<String> = []
    }

    /// The ids of the web pages a walk has met (archived or listed), to pass over a URL met
    /// again in a later archive or list: two sources of one id would write one document.
    final class PageIDs {
        var numbers: Set<UInt64> = []

        /// `event`, or, for a page whose URL was met before, that page passed over.
        func firstOnly(_ event: CrawlEvent) -> CrawlEvent {
            guard case .source(let entry) = event, !numbers.insert(entry.idNumber).inserted else { return event }
            return .skipped(SkippedPath(path: entry.displayPath, reason: "the same URL as a page of an earlier archive or list"))
        }
    }

    /// A name of a folder, with the key it is sorted by.
    private struct Name {
        var raw: [UInt8]
        /// The name, followed by `/` for a folder the walk may enter.
        var key: [UInt8]
    }

    private func display(_ relativePath: String) -> String {
        catalog.rootName + "/" + relativePath
    }

    private func isInsideRoot(_ canonicalPath: String) -> Bool {
        canonicalPath == canonicalRoot || canonicalPath.hasPrefix(canonicalRoot == "/" ? "/" : canonicalRoot + "/")
    }

    /// Visits a folder's entries in order.
    /// - Returns: `false` when `found` asked to stop.
    func visit(folder: String, relativePrefix: String, ancestors: Set<FileSystem.FileIdentity>,
               _ found: (CrawlEvent) -> Bool) -> Bool {
        var names: [Name] = []
        do {
            try FileSystem.forEachEntry(in: folder) { entry in
                guard entry.name.first != UInt8(ascii: ".") else { return }
                let isDirectory = entry.isDirectory
                    ?? (FileSystem.status(of: FileSystem.join(folder, String(decoding: entry.name, as: UTF8.self)),
                                          followingLinks: true)?.kind == .directory)
                // An archive's pages, and a URL list's, are listed under its name as a folder's files are.
                let rawName = String(decoding: entry.name, as: UTF8.self)
                let holdsSources = isDirectory || WARCArchive.isArchiveName(rawName) || URLList.isListName(rawName)
                names.append(Name(raw: entry.name, key: holdsSources ? entry.name + [UInt8(ascii: "/")] : entry.name))
            }
        } catch {
            let shown = relativePrefix.isEmpty ? catalog.rootName : display(String(relativePrefix.dropLast()))
            return found(.failed(SourceFailure(.unreadable, error.reason, path: shown)))
        }
        names.sort { $0.key.lexicographicallyPrecedes($1.key) }
        for rawName in names.lazy.map(\.raw) {
            guard let name = String(validating: rawName, as: UTF8.self) else {
                let shown = display(relativePrefix + String(decoding: rawName, as: UTF8.self))
                guard found(.failed(SourceFailure(.unreadable, "the file name is not valid UTF-8", path: shown))) else { return false }
                continue
            }
            guard visit(name: name, in: folder, relativePrefix: relativePrefix, ancestors: ancestors, found) else { return false }
        }
        return true
    }

    private func visit(name: String, in folder: String, relativePrefix: String, ancestors: Set<FileSystem.FileIdentity>,
                       _ found: (CrawlEvent) -> Bool) -> Bool {
        let path = FileSystem.join(folder, name)
        let relativePath = relativePrefix + name
        func skip(_ reason: String) -> Bool {
            found(.skipped(SkippedPath(path: display(relativePath), reason: reason)))
        }
        guard var status = FileSystem.status(of: path) else {
            return skip("vanished while listing")
        }
        // Where the bytes are: a link's target, inside the root, which reading does not follow.
        var location = path
        if status.kind == .symbolicLink {
            guard let target = FileSystem.canonicalPath(path),
                  let targetStatus = FileSystem.status(of: target) else {
                return skip("dangling link")
            }
            guard isInsideRoot(target) else {
                return skip("link leads out of the input root")
            }
            status = targetStatus
            location = target
        }
        switch status.kind {
        case .directory:
            guard !ancestors.contains(status.identity) else {
                return skip("link loop: leads back to a parent folder")
            }
            if !catalog.excludedFolders.isEmpty, let canonical = FileSystem.canonicalPath(path),
               catalog.excludedFolders.contains(canonical) {
                return true
            }
            return visit(folder: path, relativePrefix: relativePath + "/", ancestors: ancestors.union([status.identity]), found)
        case .file:
            if WARCArchive.isArchiveName(name) {
                let archive = WARCArchive(path: location, relativePath: relativePath, displayPath: display(relativePath),
                                          size: status.size, modified: status.modified)
                return visit(archive, found)
            }
            if URLList.isListName(name) {
                return visit(urlList: location, relativePath: relativePath, found)
            }
            guard let format = FolderCatalog.format(ofName: name) else {
                return skip("not a source file extension")
            }
            return found(.source(CrawlEntry(relativePath: relativePath, displayPath: display(relativePath), format: format,
                                            location: location, size: status.size, modified: status.modified)))
        case .symbolicLink, .other:
            return skip("not a regular file")
        }
    }

    /// Reports the records of an archive, each page whose URL an earlier archive or list held
    /// passed over.
    private func visit(_ archive: WARCArchive, _ found: (CrawlEvent) -> Bool) -> Bool {
        archives.indexFileNames.insert(WARCArchive.indexFileName(relativePath: archive.relativePath))
        for event in archive.events(maxBytes: catalog.maxBytes, indexFolder: catalog.archiveIndexFolder,
                                    copies: catalog.inflatedCopies, readers: catalog.archiveReaders) {
            guard found(pageIDs.firstOnly(event)) else { return false }
        }
        return true
    }
}
