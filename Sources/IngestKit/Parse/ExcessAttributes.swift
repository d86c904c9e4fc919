import Foundation

/// Start tags that carry more attributes than any real page needs, cut down before libxml2
/// reads the page. libxml2 2.9 checks each attribute of an element against every one before it
/// (time quadratic in their number: 200,000 attributes on one element took 51 s), so a page
/// built to have one could hold a worker for minutes. Past `limit` attributes, the rest of a
/// start tag is left out; no page the pipeline reads uses anywhere near that many, and the
/// attributes the builder looks at (`class`, `id`, `role`, `style` …) come first on real pages.
///
/// The scan follows the HTML tokenizer's reading of a start tag (a name, then attributes with
/// quoted or unquoted values) and is linear in the page's size; a page with no such tag is
/// returned as it is, without a copy.
enum ExcessAttributes {
    /// The most attributes one start tag keeps: with it, the check costs at most
    /// `limit / 2` comparisons per attribute, whatever the page.
    static let limit = 256

    /// `html` without the attributes past `limit` of each start tag; `nil` when no start tag
    /// has more.
    static func trimmed(_ html: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var cuts: [Range<Int>] = []
        var index = 0
        while let open = nextStartTag(in: html, from: index) {
            let tag = scanStartTag(in: html, from: open)
            if let cut = tag.cut { cuts.append(cut) }
            index = tag.end
        }
        guard !cuts.isEmpty else { return nil }
        var kept: [UInt8] = []
        kept.reserveCapacity(html.count)
        var start = 0
        for cut in cuts {
            kept.append(contentsOf: html[start..<cut.lowerBound])
            start = cut.upperBound
        }
        kept.append(contentsOf: html[start...])
        return kept
    }

    /// Where the next start tag's name begins (`<` followed by an ASCII letter), from `index`.
    private static func nextStartTag(in html: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var position = index
        while position + 1 < html.count {
            guard let base = html.baseAddress, let found = memchr(base + position, Int32(UInt8(ascii: "<")), html.count - position)
            else { return nil }
            let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if at + 1 < html.count, isLetter(html[at + 1]) { return at + 1 }
            position = at + 1
        }
        return nil
    }

    /// Reads the start tag whose name begins at `start`.
    /// - Returns: where the scan ends (after the tag's `>`, or the end of the page), and the
    ///   bytes to leave out when the tag has more than `limit` attributes.
    private static func scanStartTag(in html: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, cut: Range<Int>?) {
        var index = start
        while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: ">"), html[index] != UInt8(ascii: "/") {
            index += 1
        }
        var attributes = 0
        var cutStart: Int?
        var lastAttributeEnd = index
        while index < html.count {
            while index < html.count, isSpace(html[index]) || html[index] == UInt8(ascii: "/") { index += 1 }
            guard index < html.count, html[index] != UInt8(ascii: ">") else { break }
            attributes += 1
            if attributes == limit + 1 { cutStart = lastAttributeEnd }
            index = endOfAttribute(in: html, from: index)
            lastAttributeEnd = index
        }
        let end = min(index + 1, html.count)
        return (end, cutStart.map { $0..<lastAttributeEnd })
    }

    /// Where the attribute starting at `start` (a name, and maybe `=` and a value) ends.
    private static func endOfAttribute(in html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start + 1
        while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: ">"), html[index] != UInt8(ascii: "/"),
              html[index] != UInt8(ascii: "=") {
            index += 1
        }
        var afterName = index
        while afterName < html.count, isSpace(html[afterName]) { afterName += 1 }
        guard afterName < html.count, html[afterName] == UInt8(ascii: "=") else { return index }
        index = afterName + 1
        while index < html.count, isSpace(html[index]) { index += 1 }
        guard index < html.count else { return index }
        let quote = html[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            // memchr: quoted values (styles, URLs, inline JSON) are much of a page's bytes.
            guard let base = html.baseAddress, index + 1 < html.count,
                  let closing = memchr(base + index + 1, Int32(quote), html.count - index - 1) else { return html.count }
            return UnsafePointer<UInt8>(closing.assumingMemoryBound(to: UInt8.self)) - base + 1
        }
        while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: ">") { index += 1 }
        return index
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
