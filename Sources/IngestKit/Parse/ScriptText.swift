/// Where the text of a `<script>` element ends, read as an HTML5 tokenizer reads it. Old pages
/// hide a script in a comment and write another script from it:
///
/// ```html
/// <script><!--
///     document.write('<script src="menu.js"></script>');
///     var sidebar = 'right';
/// //--></script>
/// ```
///
/// The inner `</script>` stands inside the comment after a `<script`, where it ends nothing.
/// libxml2 2.9 ends the script there and reads the rest of it (`'); var sidebar = …`) as text
/// of the page; those inner end tags are what `PreParseCuts` cuts.
enum ScriptText {
    private enum State {
        /// Plain script text: `<!--` opens an escaped run.
        case data
        /// Inside `<!--`: `-->` closes it, `<script` opens a double-escaped run.
        case escaped
        /// Inside a script written within the comment: `</script>` returns to the comment.
        case doubleEscaped
    }

    /// The end of the text of a script whose start tag ends at `start`: the `<` of its end tag, or
    /// the end of the page. `innerEndTags` holds the `</script>` tags inside it, which end
    /// nothing; empty when there are none, or when no end tag closes the script, where libxml2's
    /// reading is kept (the first `</script>` ends it).
    static func end(in html: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, innerEndTags: [Range<Int>]) {
        // Only a comment opened before the first end tag can hide one: until then, the first
        // end tag is the end.
        var position = start
        while let at = PreParseCuts.index(of: UInt8(ascii: "<"), in: html, from: position) {
            if PreParseCuts.isEndTag(name, in: html, at: at) { return (at, []) }
            if matches(commentOpening, in: html, at: at) { return escapedEnd(in: html, from: start) }
            position = at + 1
        }
        return (html.count, [])
    }

    /// `end(in:from:)` for a script whose text opens a comment: the tokenizer's states, byte by byte.
    private static func escapedEnd(in html: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, innerEndTags: [Range<Int>]) {
        var state = State.data
        var inner: [Range<Int>] = []
        var index = start
        while index < html.count {
            if state == .data, matches(commentOpening, in: html, at: index) {
                state = .escaped
                index += commentOpening.count
            } else if state != .data, matches(commentClosing, in: html, at: index) {
                state = .data
                index += commentClosing.count
            } else if PreParseCuts.isEndTag(name, in: html, at: index) {
                guard state == .doubleEscaped else { return (index, inner) }
                let close = PreParseCuts.index(of: UInt8(ascii: ">"), in: html, from: index) ?? html.count - 1
                inner.append(index..<(close + 1))
                state = .escaped
                index = close + 1
            } else if state == .escaped, html[index] == UInt8(ascii: "<"), PreParseCuts.hasName(name, in: html, at: index + 1) {
                state = .doubleEscaped
                index += 1 + name.count
            } else {
                index += 1
            }
        }
        // No end tag closes the script: libxml2's reading stands, where the first one ends it.
        return (PreParseCuts.endOfRawText(name, in: html, from: start), [])
    }

    private static let name = PreParseCuts.scriptName
    private static let commentOpening = Array("<!--".utf8)
    private static let commentClosing = Array("-->".utf8)

    private static func matches(_ bytes: [UInt8], in html: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + bytes.count <= html.count else { return false }
        for (offset, byte) in bytes.enumerated() where html[index + offset] != byte { return false }
        return true
    }
}
