import CLibXML2

/// The one place where libxml2 is touched: runs its HTML parser over UTF-8 bytes and hands each
/// element and text run to an `HTMLBlockBuilder` as Swift values, in document order, as the
/// parser meets them (SAX). No libxml2 tree is built: the builder keeps what it needs, and the
/// nodes, copied strings and the walk over them that a tree would cost are never paid for.
///
/// The events are those the tree would hold: libxml2's HTML parser opens and closes implied
/// and misnested elements itself, and every element it starts it also ends, so the builder
/// sees the same elements a walk over `htmlReadMemory`'s tree would.
enum HTMLReader {
    /// libxml2 needs one global initialization before documents are parsed on several threads.
    private static let parserInitialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Lenient parsing: recover from any markup, stay silent, never touch the network, keep
    /// the caller's encoding over a `<meta charset>` (the bytes are already UTF-8). Without
    /// `XML_PARSE_HUGE`, libxml2 stops reading at nesting depth 256 and drops the rest of the
    /// page (unclosed `<font>` or `<div>` tags reach that on real pages).
    private static let options: Int32 = {
        let flags: [htmlParserOption] = [
            HTML_PARSE_RECOVER, HTML_PARSE_NOERROR, HTML_PARSE_NOWARNING, HTML_PARSE_NONET,
            HTML_PARSE_COMPACT, HTML_PARSE_IGNORE_ENC,
        ]
        return Int32(flags.reduce(XML_PARSE_HUGE.rawValue) { $0 | $1.rawValue })
    }()

    /// Parses UTF-8 `bytes`, feeding every element and text run to a new builder, those of
    /// hidden elements to a second one, and returns both; `nil` when libxml2 could not start a
    /// parser (empty or oversized input).
    static func read(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (visible: HTMLBlockBuilder, hidden: HTMLBlockBuilder)? {
        guard parserInitialized, let base = bytes.baseAddress, !bytes.isEmpty, bytes.count <= Int(Int32.max),
              let context = base.withMemoryRebound(to: CChar.self, capacity: bytes.count, {
                  htmlCreateMemoryParserCtxt($0, Int32(bytes.count))
              }) else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let events = HTMLEvents()
        withExtendedLifetime(events) {
            context.pointee.sax.pointee = eventHandler()
            context.pointee.userData = Unmanaged.passUnretained(events).toOpaque()
            htmlCtxtUseOptions(context, options)
            // Declares the input UTF-8 without an encoding handler: a handler (even UTF-8's)
            // makes libxml2 copy the whole page through it into a new buffer before parsing.
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
            // libxml2 reports an end tag it ignores only as an error; the handler is the
            // thread's own, so parses on other threads keep theirs.
            xmlSetStructuredErrorFunc(context.pointee.userData, ignoredEndTagHandler)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            htmlParseDocument(context)
            events.flushText()
        }
        // No callback builds a document; free one should libxml2 have made it anyway.
        if let document = context.pointee.myDoc {
            xmlFreeDoc(document)
            context.pointee.myDoc = nil
        }
        return (events.builder, events.hiddenBuilder)
    }

    /// The callbacks libxml2 calls; everything else (DOCTYPE, processing instructions, errors)
    /// is left unset and so ignored.
    private static func eventHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { userData, name, attributes in
            HTMLEvents.with(userData) { $0.startElement(name, attributes) }
        }
        handler.endElement = { userData, _ in
            HTMLEvents.with(userData) { $0.endElement() }
        }
        handler.characters = { userData, characters, length in
            HTMLEvents.with(userData) { $0.characters(characters, length) }
        }
        handler.cdataBlock = { userData, characters, length in
            HTMLEvents.with(userData) { $0.characters(characters, length) }
        }
        handler.comment = { userData, _ in
            // A comment parts two text runs, as it parts two text nodes in a tree.
            HTMLEvents.with(userData) { $0.flushText() }
        }
        handler.initialized = 1
        return handler
    }

    /// Called for every error libxml2 meets; passes on the name of an end tag it left unmatched
    /// (`Opening and ending tag mismatch`), see `HTMLEvents.endTagIgnored`.
    private static let ignoredEndTagHandler: xmlStructuredErrorFunc = { userData, error in
        guard let error, error.pointee.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue),
              let name = error.pointee.str1 else { return }
        HTMLEvents.with(userData) { $0.endTagIgnored(String(cString: name)) }
    }
}

/// The state of one parse: the builder, the elements being skipped, and the text run that the
/// parser may deliver in several pieces.
private final class HTMLEvents {
    var builder = HTMLBlockBuilder()
    /// Builds the blocks of hidden elements, which `builder` skips.
    var hiddenBuilder = HTMLBlockBuilder(readsHiddenElements: true)
    /// Open elements inside an element the builder chose to skip (counting that element).
    private var skippedDepth = 0
    /// Whether the skipped element holds phrasing content only (`HTMLTagRole.phrasingOnlyDroppedTags`),
    /// so that an element of the page's structure inside it ends the skip.
    private var skipEndsAtPageStructure = false
    /// Open elements inside a hidden element (counting that element), read by `hiddenBuilder`.
    private var hiddenDepth = 0
    /// The elements the builder entered that libxml2 still holds open, innermost last, and
    /// whether the builder already left each (`endTagIgnored`): libxml2's end of such an element
    /// ends nothing of the builder's.
    private var open: [(name: String, closed: Bool)] = []
    /// The text run since the last element boundary or comment, as UTF-8.
    private var pendingText: [UInt8] = []
    /// The text of the skipped `<script type="application/ld+json">` being read, as UTF-8:
    /// the page's structured data, which the builder reads for the kind of page it declares.
    private var structuredData: [UInt8]?

    init() {
        pendingText.reserveCapacity(1024)
    }

    /// Calls `body` with the events object `userData` points to. `read` keeps it alive for the
    /// whole parse, so no callback retains and releases it (that was about 1 % of a run).
    static func with(_ userData: UnsafeMutableRawPointer?, _ body: (HTMLEvents) -> Void) {
        guard let userData else { return }
        Unmanaged<HTMLEvents>.fromOpaque(userData)._withUnsafeGuaranteedRef(body)
    }

    func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if skippedDepth > 0 {
            guard skipEndsAtPageStructure, let name, HTMLTagRole.pageStructureTags.contains(tag(named: name).name) else {
                skippedDepth += 1
                return
            }
            endSkipLeftOpen()
        }
        flushText()
        let entered = element(name, attributes)
        if hiddenDepth > 0 {
            if hiddenBuilder.enter(entered) { hiddenDepth += 1 } else { startSkip(entered) }
        } else if builder.enter(entered) {
            open.append((entered.name, false))
        } else if entered.isHidden, hiddenBuilder.enter(entered) {
            hiddenDepth = 1
        } else {
            startSkip(entered)
        }
    }

    /// libxml2 2.9 leaves an end tag unmatched when a `div` is open inside its element (its
    /// end tags of `li`, `ul`, `nav` … rank below `div`'s), and the elements that follow then
    /// nest inside that element: after a menu item missing one `</div>`, the rest of the page is
    /// read as part of the menu. The HTML standard ends the elements open inside it, unless a
    /// table (or, for `li`, a list) comes between; the builder leaves them here, and libxml2's
    /// later ends of them are passed over.
    ///
    /// A link's end tag ignored that way (`<a><div>…</a>`, the `div` never closed) ends the
    /// link but not the blocks opened inside it, as the standard's adoption of misnested
    /// formatting elements does: the text after it is read as plain text, not link text.
    func endTagIgnored(_ name: String) {
        let isLink = name == "a"
        guard skippedDepth == 0, hiddenDepth == 0, isLink || HTMLTagRole.endTagsClosingOpenBlocks.contains(name),
              let target = open.lastIndex(where: { $0.name == name && !$0.closed }) else { return }
        let scope = name == "li" ? HTMLTagRole.listItemScopeBounds : HTMLTagRole.scopeBounds
        guard !open[(target + 1)...].contains(where: { !$0.closed && scope.contains($0.name) }) else { return }
        flushText()
        if isLink {
            builder.endLinkLeftOpen()
            return
        }
        for index in (target..<open.count).reversed() where !open[index].closed {
            builder.exit()
            open[index].closed = true
        }
    }

    private func startSkip(_ element: HTMLElement) {
        skippedDepth = 1
        if element.name == "script", element.type == HTMLBlockBuilder.structuredDataType { structuredData = [] }
        skipEndsAtPageStructure = !element.isHidden && HTMLTagRole.phrasingOnlyDroppedTags.contains(element.name)
    }

    /// Ends the skip of a phrasing-only element that the parser left open past its end tag: the
    /// elements still open in it become text-less inline frames of the builder, so that their
    /// ends pair as before, and what opens next is read as the page.
    private func endSkipLeftOpen() {
        let placeholder = HTMLElement(name: "span", tagRole: .inline)
        for _ in 0..<skippedDepth {
            if hiddenDepth > 0 {
                _ = hiddenBuilder.enter(placeholder)
                hiddenDepth += 1
            } else {
                _ = builder.enter(placeholder)
                open.append((placeholder.name, false))
            }
        }
        skippedDepth = 0
        skipEndsAtPageStructure = false
        structuredData = nil
    }

    func endElement() {
        if skippedDepth > 0 {
            skippedDepth -= 1
            if skippedDepth == 0, let data = structuredData {
                builder.readStructuredData(data)
                structuredData = nil
            }
            return
        }
        flushText()
        if hiddenDepth > 0 {
            hiddenBuilder.exit()
            hiddenDepth -= 1
        } else if open.popLast()?.closed != true {
            builder.exit()
        }
    }

    func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard let characters, length > 0 else { return }
        guard skippedDepth == 0 else {
            if skippedDepth == 1, structuredData != nil {
                structuredData?.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
            }
            return
        }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
    }

    /// Hands the pending text run to the builder: indentation between tags, most of a page's
    /// text runs, as white space without building a String. UTF-8 encoded twice and written as
    /// character references (`&acirc;&euro;&trade;` for `’`) is undone here, where the
    /// references have been read (`MojibakeRepair`; the bytes of the page were repaired before).
    func flushText() {
        guard !pendingText.isEmpty else { return }
        defer { pendingText.removeAll(keepingCapacity: true) }
        if pendingText.allSatisfy(Self.isWhiteSpace) {
            if hiddenDepth > 0 { hiddenBuilder.whiteSpace() } else { builder.whiteSpace() }
            return
        }
        if let repaired = pendingText.withUnsafeBufferPointer(MojibakeRepair.repaired) { pendingText = repaired }
        if hiddenDepth > 0 {
            pendingText.withUnsafeBufferPointer { hiddenBuilder.text($0) }
        } else {
            pendingText.withUnsafeBufferPointer { builder.text($0) }
        }
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The element's name and the attributes the builder reads, copied out of libxml2's
    /// NULL-terminated list of name/value pairs (a value is NULL for a bare attribute).
    private func element(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> HTMLElement {
        let tag = name.map(tag(named:)) ?? (name: "", role: .unknown)
        var element = HTMLElement(name: tag.name, tagRole: tag.role)
        guard var pair = attributes else { return element }
        while let attributeName = pair[0] {
            if let key = Self.readAttribute(named: attributeName) {
                element.set(key, to: pair[1].map { String(cString: $0) } ?? "")
            }
            pair += 2
        }
        return element
    }

    /// Tag names already met in this document, by address. libxml2 keeps one copy of each name
    /// per document (its dictionary, or a literal for the elements it implies), so the name
    /// String and the role are made once per distinct tag, not once per element.
    private var tags: [UnsafePointer<xmlChar>: (name: String, role: HTMLTagRole)] = [:]

    private func tag(named name: UnsafePointer<xmlChar>) -> (name: String, role: HTMLTagRole) {
        if let known = tags[name] { return known }
        let text = String(cString: name)
        let tag = (name: text, role: HTMLTagRole.of(text))
        tags[name] = tag
        return tag
    }

    /// The attributes the builder reads, as NUL-terminated names, by first byte: most
    /// attributes of a page (`href`, `src`, `data-…`) are passed over without building a String.
    private static let readAttributes: [[(name: [UInt8], attribute: HTMLElement.Attribute)]] = {
        var table = [[(name: [UInt8], attribute: HTMLElement.Attribute)]](repeating: [], count: 256)
        for attribute in HTMLElement.Attribute.allCases {
            let name = Array(attribute.rawValue.utf8)
            table[Int(name[0])].append((name + [0], attribute))
        }
        return table
    }()

    private static func readAttribute(named name: UnsafePointer<xmlChar>) -> HTMLElement.Attribute? {
        for candidate in readAttributes[Int(name[0])] {
            var index = 0
            while index < candidate.name.count, name[index] == candidate.name[index] {
                if candidate.name[index] == 0 { return candidate.attribute }
                index += 1
            }
        }
        return nil
    }
}
