/// The stretches of an archive read one after another into its index (`WARCIndex`): a URL met
/// again replaces its earlier page (the later record wins, the earlier is listed as passed
/// over), and the pages end sorted byte-wise by URL. It also gathers the stretches'
/// decompressed copies and where each page starts in them.
struct WARCListing {
    private var pages: [WARCIndex.Page] = []
    /// Where each URL's page is in `pages`.
    private var latest: [String: Int] = [:]
    private var skipped: [WARCIndex.Skipped] = []
    /// The records that could not be read, each reason naming the record's offset.
    var failures: [String] = []
    /// The stretches' copies, in the archive's order; `nil` once a stretch had none.
    private(set) var copies: [AtomicFileWriter]? = []
    /// Where the pages listed start in `copies`, by their offset in the archive.
    private(set) var positions: [Int: WARCInflatedCopies.Position] = [:]

    /// Adds what `stretch` found, after what earlier stretches found.
    mutating func append(_ stretch: WARCStretch) {
        var copyNumber: Int?
        if let copy = stretch.copy {
            copyNumber = copies?.count
            copies?.append(copy)
        } else {
            copies = nil
        }
        for found in stretch.found {
            switch found {
            case .page(let page, let streamPosition, let payload):
                add(page)
                if let copyNumber {
                    positions[page.offset] = WARCInflatedCopies.Position(file: copyNumber, position: streamPosition, payload: payload)
                }
            case .skipped(let passedOver):
                skipped.append(passedOver)
            case .failure(let reason):
                failures.append(reason)
            }
        }
    }

    /// The index of what was appended.
    var index: WARCIndex {
        var index = WARCIndex()
        index.pages = pages.sorted { $0.url.utf8.lexicographicallyPrecedes($1.url.utf8) }
        index.skipped = skipped
        index.failures = failures
        return index
    }

    /// Lists `page`, passing over the earlier page of its URL.
    private mutating func add(_ page: WARCIndex.Page) {
        if let earlier = latest[page.url] {
            let reason = "superseded by the later record of the same URL at offset \(page.offset)"
            skipped.append(WARCIndex.Skipped(url: page.url, reason: WARCArchive.describe(pages[earlier].offset, reason)))
            pages[earlier] = pages[pages.count - 1]
            latest[pages[earlier].url] = earlier
            pages.removeLast()
        }
        latest[page.url] = pages.count
        pages.append(page)
    }
}
