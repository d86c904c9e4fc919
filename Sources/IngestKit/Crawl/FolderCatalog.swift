/// The sources under a folder, found recursively: files whose extension names a
/// `SourceFormat`, in byte-wise order of their relative paths.
///
/// Hidden files and folders (a name starting with `.`) are left out without a word. Symbolic
/// links are followed only while they lead to something inside the root (like `find -L` kept
/// inside the root); a link leading out of it, a dangling link and a link back to one of its own
/// parent folders are listed as skipped. Anything else that is not a source (other extensions,
/// sockets, devices) is listed as skipped, with the reason.
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

    /// A catalog of the folder `root`.
    public init(root: String, maxBytes: Int = IngestOptions.defaultMaxBytes, excluding excludedFolders: [String] = []) {
        self.root = root
        self.maxBytes = maxBytes
        self.excludedFolders = Set(excludedFolders.compactMap(FileSystem.canonicalPath))
        let given = FileSystem.lastComponent(of: root)
        if given.isEmpty || given == "." || given == ".." || given == "/" {
            rootName = FileSystem.canonicalPath(root).map(FileSystem.lastComponent) ?? given
        } else {
            rootName = given
        }
    }

    /// Lists the sources under the root.
    /// - Throws: `IngestError` (`.unreadable`) when the root is not a readable folder.
    public func crawl() throws(IngestError) -> CrawlListing {
        guard let canonicalRoot = FileSystem.canonicalPath(root),
              let rootStatus = FileSystem.status(of: canonicalRoot), rootStatus.kind == .directory else {
            throw IngestError(.unreadable, "not a readable folder", path: root)
        }
        var walk = FolderWalk(catalog: self, canonicalRoot: canonicalRoot)
        walk.visit(folder: root, relativePrefix: "", ancestors: [rootStatus.identity])
        func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
        return CrawlListing(
            entries: walk.listing.entries.sorted { byteOrder($0.relativePath, $1.relativePath) },
            skipped: walk.listing.skipped.sorted { byteOrder($0.path, $1.path) },
            failures: walk.listing.failures.sorted { byteOrder($0.path, $1.path) })
    }

    /// Reads a listed file.
    public func load(_ entry: CrawlEntry) throws(IngestError) -> Source {
        let bytes = try FileSystem.readFile(at: entry.location, limit: maxBytes, shownAs: entry.displayPath)
        return Source(relativePath: entry.relativePath, displayPath: entry.displayPath, format: entry.format, bytes: bytes)
    }

    /// The entry for one file named directly (by `ingest extract`), its relative path being its
    /// name and its root the folder it is in.
    /// - Throws: `IngestError` when the file cannot be read or its extension is not a source's.
    public static func entry(forFile path: String) throws(IngestError) -> CrawlEntry {
        let name = FileSystem.lastComponent(of: path)
        let folderName = FolderCatalog(root: FileSystem.parentPath(of: path)).rootName
        let displayPath = folderName.isEmpty ? name : folderName + "/" + name
        guard let status = FileSystem.status(of: path, followingLinks: true) else {
            throw IngestError(.unreadable, "no such file", path: displayPath)
        }
        guard status.kind == .file else {
            throw IngestError(.unreadable, "not a regular file", path: displayPath)
        }
        guard let format = FolderCatalog.format(ofName: name) else {
            throw IngestError(.unreadable, "unknown extension (expected .txt, .text, .md, .markdown, .html, .htm or .xhtml)",
                              path: displayPath)
        }
        return CrawlEntry(relativePath: name, displayPath: displayPath, format: format, location: path,
                          size: status.size, modified: status.modified)
    }

    /// The format implied by a file name's extension, if it names one.
    static func format(ofName name: String) -> SourceFormat? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return SourceFormat(fileExtension: String(name[name.index(after: dot)...]))
    }
}

/// The state of one recursive walk of a `FolderCatalog`.
private struct FolderWalk {
    let catalog: FolderCatalog
    let canonicalRoot: String
    var listing = CrawlListing()

    init(catalog: FolderCatalog, canonicalRoot: String) {
        self.catalog = catalog
        self.canonicalRoot = canonicalRoot
    }

    private func display(_ relativePath: String) -> String {
        catalog.rootName + "/" + relativePath
    }

    private func isInsideRoot(_ canonicalPath: String) -> Bool {
        canonicalPath == canonicalRoot || canonicalPath.hasPrefix(canonicalRoot == "/" ? "/" : canonicalRoot + "/")
    }

    mutating func visit(folder: String, relativePrefix: String, ancestors: Set<FileSystem.FileIdentity>) {
        let names: [[UInt8]]
        do {
            names = try FileSystem.entryNames(in: folder)
        } catch {
            let shown = relativePrefix.isEmpty ? catalog.rootName : display(String(relativePrefix.dropLast()))
            listing.failures.append(IngestError(.unreadable, error.reason, path: shown))
            return
        }
        for rawName in names where rawName.first != UInt8(ascii: ".") {
            guard let name = String(validating: rawName, as: UTF8.self) else {
                let shown = display(relativePrefix + String(decoding: rawName, as: UTF8.self))
                listing.failures.append(IngestError(.unreadable, "the file name is not valid UTF-8", path: shown))
                continue
            }
            visit(name: name, in: folder, relativePrefix: relativePrefix, ancestors: ancestors)
        }
    }

    private mutating func visit(name: String, in folder: String, relativePrefix: String, ancestors: Set<FileSystem.FileIdentity>) {
        let path = FileSystem.join(folder, name)
        let relativePath = relativePrefix + name
        guard var status = FileSystem.status(of: path) else {
            listing.skipped.append(SkippedPath(path: display(relativePath), reason: "vanished while listing"))
            return
        }
        if status.kind == .symbolicLink {
            guard let target = FileSystem.canonicalPath(path),
                  let targetStatus = FileSystem.status(of: target) else {
                listing.skipped.append(SkippedPath(path: display(relativePath), reason: "dangling link"))
                return
            }
            guard isInsideRoot(target) else {
                listing.skipped.append(SkippedPath(path: display(relativePath), reason: "link leads out of the input root"))
                return
            }
            status = targetStatus
        }
        switch status.kind {
        case .directory:
            guard !ancestors.contains(status.identity) else {
                listing.skipped.append(SkippedPath(path: display(relativePath), reason: "link loop: leads back to a parent folder"))
                return
            }
            if !catalog.excludedFolders.isEmpty, let canonical = FileSystem.canonicalPath(path),
               catalog.excludedFolders.contains(canonical) {
                return
            }
            visit(folder: path, relativePrefix: relativePath + "/", ancestors: ancestors.union([status.identity]))
        case .file:
            guard let format = FolderCatalog.format(ofName: name) else {
                listing.skipped.append(SkippedPath(path: display(relativePath), reason: "not a source file extension"))
                return
            }
            listing.entries.append(CrawlEntry(relativePath: relativePath, displayPath: display(relativePath), format: format,
                                              location: path, size: status.size, modified: status.modified))
        case .symbolicLink, .other:
            listing.skipped.append(SkippedPath(path: display(relativePath), reason: "not a regular file"))
        }
    }
}
