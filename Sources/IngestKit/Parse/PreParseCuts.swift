import Foundation

/// Bytes cut from a page before libxml2 reads it, where libxml2 2.9 would misread them or take
/// too long:
/// - **Attributes whose name it cannot read.** Its HTML parser takes an attribute name only
///   when it starts with a letter, `_`, `:` or `.`; any other (`@click`, `(click)`, `*ngIf`, as
///   script frameworks write them) makes it skip to the next blank, inside the value, and read
///   the rest of the value as attributes: a `>` there (`() => …`) ends the tag, and the value's
///   code becomes text of the page. No such attribute is one the builder looks at.
/// - **Attributes past `limit` on one tag.** libxml2 2.9 checks each attribute of an element
///   against every one before it (time quadratic in their number: 200,000 attributes on one
///   element took 51 s), so a page built to have one could hold a worker for minutes. No page
///   the pipeline reads uses anywhere near that many, and the attributes the builder looks at
///   (`class`, `id`, `role`, `style` …) come first on real pages.
/// - **End tags inside a script's comment** (`ScriptText`): a script that writes a script
///   from inside `<!--` holds a `</script>` that ends nothing, where libxml2 2.9 ends it and
///   reads the rest of its code as text of the page. The script's own code is never read.
///
/// The scan follows the HTML tokenizer's reading of a start tag (a name, then attributes with
/// quoted or unquoted values) and of a script's text, and is linear in the page's size; a page
/// with nothing to cut is returned as it is, without a copy.
enum PreParseCuts {
    /// The most attributes one start tag keeps: with it, the check costs at most
    /// `limit / 2` comparisons per attribute, whatever the page.
    static let limit = 256

    /// `html` without the attributes libxml2 cannot read, those past `limit` of each start tag
    /// and the end tags inside a script's comment; `nil` when there are none.
    static func trimmed(_ html: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var cuts: [Range<Int>] = []
        var index = 0
        while let open = nextStartTag(in: html, from: index) {
            index = scanStartTag(in: html, from: open, cuttingInto: &cuts)
            if hasName(scriptName, in: html, at: open) {
                let script = ScriptText.end(in: html, from: index)
                cuts.append(contentsOf: script.innerEndTags)
                index = script.end
            } else if hasName(styleName, in: html, at: open) {
                index = endOfRawText(styleName, in: html, from: index)
            }
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

    /// The elements whose content is code, not markup: a `<` in it starts no tag.
    static let scriptName = Array("script".utf8)
    private static let styleName = Array("style".utf8)

    /// Whether the tag name at `start` is `name` (ASCII letters, any case).
    static func hasName(_ name: [UInt8], in html: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + name.count < html.count else { return false }
        for (offset, letter) in name.enumerated() where html[start + offset] | 0x20 != letter { return false }
        let after = html[start + name.count]
        return isSpace(after) || after == UInt8(ascii: ">") || after == UInt8(ascii: "/")
    }

    /// Where the raw text of a `name` element that starts at `start` ends: at its first end
    /// tag's `<`, or the end of the page.
    static func endOfRawText(_ name: [UInt8], in html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var position = start
        while let at = index(of: UInt8(ascii: "<"), in: html, from: position) {
            if isEndTag(name, in: html, at: at) { return at }
            position = at + 1
        }
        return html.count
    }

    /// Whether an end tag of `name` (`</name`, any case) begins at `index`.
    static func isEndTag(_ name: [UInt8], in html: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 1 < html.count && html[index] == UInt8(ascii: "<") && html[index + 1] == UInt8(ascii: "/")
            && hasName(name, in: html, at: index + 2)
    }

    /// Where the next start tag's name begins (`<` followed by an ASCII letter), from `index`.
    private static func nextStartTag(in html: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var position = index
        while let at = self.index(of: UInt8(ascii: "<"), in: html, from: position) {
            if at + 1 < html.count, isLetter(html[at + 1]) { return at + 1 }
            position = at + 1
        }
        return nil
    }

    /// Reads the start tag whose name begins at `start`, adding to `cuts` the bytes to leave
    /// out: each attribute whose name libxml2 cannot read, and those past `limit`.
    /// - Returns: where the scan ends (after the tag's `>`, or the end of the page).
    private static func scanStartTag(in html: UnsafeBufferPointer<UInt8>, from start: Int,
                                     cuttingInto cuts: inout [Range<Int>]) -> Int {
        var index = start
        while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: ">"), html[index] != UInt8(ascii: "/") {
            index += 1
        }
        var attributes = 0
        var lastAttributeEnd = index
        while index < html.count {
            while index < html.count, isSpace(html[index]) || html[index] == UInt8(ascii: "/") { index += 1 }
            guard index < html.count, html[index] != UInt8(ascii: ">") else { break }
            attributes += 1
            let readable = isNameStart(html[index])
            index = endOfAttribute(in: html, from: index)
            if attributes > limit || !readable {
                // The attribute goes with the blank before it; cuts that meet are joined.
                if let last = cuts.last, last.upperBound == lastAttributeEnd {
                    cuts[cuts.count - 1] = last.lowerBound..<index
                } else {
                    cuts.append(lastAttributeEnd..<index)
                }
            }
            lastAttributeEnd = index
        }
        return min(index + 1, html.count)
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
            guard let closing = self.index(of: quote, in: html, from: index + 1) else { return html.count }
            return closing + 1
        }
        while index < html.count, !isSpace(html[index]), html[index] != UInt8(ascii: ">") { index += 1 }
        return index
    }

    /// Whether libxml2 2.9 reads an attribute name starting with `byte`.
    private static func isNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    /// Where `byte` next occurs in `html` from `start`: by `memchr`, since the bytes skipped
    /// (quoted values: styles, URLs, inline JSON; scripts) are much of a page.
    static func index(of byte: UInt8, in html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = html.baseAddress, start < html.count,
              let found = memchr(base + start, Int32(byte), html.count - start) else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
