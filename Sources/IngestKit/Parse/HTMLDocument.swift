import CLibXML2

/// The one place where libxml2's tree is touched: parses bytes into a libxml2 document, walks
/// it, hands each element and text run to an `HTMLBlockBuilder` as Swift values, and frees the
/// document when it goes away.
final class HTMLDocument {
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

    private let document: htmlDocPtr

    /// Parses UTF-8 bytes; `nil` when libxml2 builds no document at all (empty input).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard Self.parserInitialized, let base = bytes.baseAddress, bytes.count <= Int(Int32.max) else { return nil }
        let parsed = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
            htmlReadMemory(chars, Int32(bytes.count), nil, "UTF-8", Self.options)
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Feeds the whole tree to `builder` in document order, without recursion (pages may nest
    /// elements tens of thousands of levels deep).
    func walk(into builder: inout HTMLBlockBuilder) {
        var current = document.pointee.children
        while let node = current {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if builder.enter(Self.element(node)) {
                    if let child = node.pointee.children {
                        current = child
                        continue
                    }
                    builder.exit()
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    // Indentation between tags is most of a page's text nodes: no String for it.
                    if Self.isWhiteSpace(content) {
                        builder.whiteSpace()
                    } else {
                        builder.text(String(cString: content))
                    }
                }
            default:
                break
            }
            current = Self.nextInDocumentOrder(after: node, builder: &builder)
        }
    }

    /// Whether a NUL-terminated text holds nothing but ASCII white space.
    private static func isWhiteSpace(_ text: UnsafePointer<xmlChar>) -> Bool {
        var index = 0
        while true {
            switch text[index] {
            case 0: return true
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: index += 1
            default: return false
            }
        }
    }

    /// The next sibling of `node`, or of its nearest ancestor that has one, closing every
    /// element left on the way up.
    private static func nextInDocumentOrder(after node: xmlNodePtr, builder: inout HTMLBlockBuilder) -> xmlNodePtr? {
        var node = node
        while true {
            if let next = node.pointee.next { return next }
            guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
            builder.exit()
            node = parent
        }
    }

    /// The element's name and the attributes the builder reads, copied out of libxml2.
    private static func element(_ node: xmlNodePtr) -> HTMLElement {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var element = HTMLElement(name: name)
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let attributeName = current.pointee.name, let key = readAttribute(named: attributeName) else { continue }
            element.set(key, to: value(of: current))
        }
        return element
    }

    /// The attributes the builder reads, as NUL-terminated names, by first letter: most
    /// attributes of a page (`href`, `src`, `data-…`) are passed over without building a String.
    private static let readAttributes: [UInt8: [(name: [UInt8], attribute: HTMLElement.Attribute)]] = {
        var table: [UInt8: [(name: [UInt8], attribute: HTMLElement.Attribute)]] = [:]
        for attribute in HTMLElement.Attribute.allCases {
            let name = Array(attribute.rawValue.utf8)
            table[name[0], default: []].append((name + [0], attribute))
        }
        return table
    }()

    private static func readAttribute(named name: UnsafePointer<xmlChar>) -> HTMLElement.Attribute? {
        guard let candidates = readAttributes[name[0]] else { return nil }
        for candidate in candidates {
            var index = 0
            while index < candidate.name.count, name[index] == candidate.name[index] {
                if candidate.name[index] == 0 { return candidate.attribute }
                index += 1
            }
        }
        return nil
    }

    /// An attribute's value (libxml2 keeps it as a list of text nodes, usually one).
    private static func value(of attribute: xmlAttrPtr) -> String {
        var result = ""
        var child = attribute.pointee.children
        while let node = child {
            if let content = node.pointee.content { result += String(cString: content) }
            child = node.pointee.next
        }
        return result
    }
}
