/// Teasers of other pages under an article: each a title over an excerpt cut short with an
/// ellipsis (`…`, `...`, `[…]`). An article's own paragraphs end with their sentence; a run
/// of paragraphs cut off mid-sentence after the article's running text is a list of other
/// articles, recent posts or related products, built to be clicked, even when its excerpts
/// are long enough to pass for running text and stand inside the article's element.
enum TeaserExcerpts {
    /// Marks as `related` the kept paragraphs of running text (`MainContentSettings.goodBlockCharacters`)
    /// cut short with an ellipsis, when there are at least `MainContentSettings.minimumTeasers`
    /// of them and at least `MainContentSettings.teaserLeadCharacters` of kept running text that
    /// is not cut short stands before the first (on a listing the excerpts are the content). A short line cut
    /// short ("Details on dosage…") opens a folded section of the article, not a teaser, and
    /// preformatted text (`<pre>`: code, a terminal's output, a mail) ends with dots as its
    /// lines do.
    static func drop(_ blocks: [Block], _ verdicts: inout [BoilerplateKind?]) {
        var excerpts: [Int] = []
        var leadCharacters = 0
        for index in blocks.indices where verdicts[index] == nil && blocks[index].headingLevel == nil && !blocks[index].isList {
            guard blocks[index].context.textCharacters >= MainContentSettings.goodBlockCharacters,
                  !blocks[index].context.isPreformatted else { continue }
            if isCutShort(blocks[index].text) {
                if leadCharacters >= MainContentSettings.teaserLeadCharacters { excerpts.append(index) }
            } else if excerpts.isEmpty {
                leadCharacters += blocks[index].context.textCharacters
            }
        }
        guard excerpts.count >= MainContentSettings.minimumTeasers else { return }
        for index in excerpts { verdicts[index] = .related }
    }

    /// Whether `text` ends with an ellipsis: three dots, the ellipsis character, or either in
    /// brackets.
    static func isCutShort(_ text: String) -> Bool {
        var bytes = text.utf8.reversed().drop { $0 == UInt8(ascii: " ") }
        if bytes.first == UInt8(ascii: "]") || bytes.first == UInt8(ascii: ")") { bytes = bytes.dropFirst() }
        if bytes.starts(with: ellipsisReversed) { return true }
        return bytes.starts(with: [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: ".")])
    }

    /// The UTF-8 bytes of `…` (U+2026), last byte first.
    private static let ellipsisReversed: [UInt8] = Array("\u{2026}".utf8.reversed())
}
