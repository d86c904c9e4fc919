import Foundation

/// Parses an HTML page with libxml2 into the neutral block tree.
public enum HTMLParser {
    /// Parses `html` (already decoded; a whole page or a bare fragment) into blocks in reading
    /// order, with each block's container context, the declared title and language.
    ///
    /// Scripts, styles, embedded content, form controls and comments leave no text; hidden
    /// elements go to the page's `hiddenBlocks`. See `HTMLBlockBuilder` for how elements become blocks, and `SiblingGrid` for the grids
    /// of styled cells that read as lists.
    public static func parse(_ html: String) -> ParsedPage {
        parse(utf8: Array(html.utf8))
    }

    /// Parses a page given as well-formed UTF-8 bytes, as `parse(_:)` does.
    public static func parse(utf8 html: [UInt8]) -> ParsedPage {
        html.withUnsafeBufferPointer { bytes in
            // libxml2 stops reading at a NUL byte; a stray one must not cut the page short.
            if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil {
                return parse(utf8: bytes.map { $0 == 0 ? UInt8(ascii: " ") : $0 })
            }
            guard let trimmed = PreParseCuts.trimmed(bytes) else { return parse(utf8: bytes) }
            return trimmed.withUnsafeBufferPointer { parse(utf8: $0) }
        }
    }

    private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> ParsedPage {
        guard var builders = HTMLReader.read(utf8: bytes) else { return ParsedPage(blocks: []) }
        var page = builders.visible.finish()
        page.blocks = SiblingGrid.mergeIntoLists(page.blocks)
        page.hiddenBlocks = SiblingGrid.mergeIntoLists(builders.hidden.finish().blocks)
        return page
    }
}
