/// A paragraph of running text that stands inside a link: the description on a card that links
/// through and through (a company's service, a listing's entry, a product), not a menu's label
/// or a teaser's title. Menus and title lists hold labels, which do not end a sentence; a card's
/// description is written as one, so it counts as running text although it is a link.
enum LinkedProse {
    /// Whether `block` is a paragraph with link text, of at least
    /// `MainContentSettings.goodBlockCharacters` characters and
    /// `MainContentSettings.linkedProseMinimumWords` words or more, that ends a sentence. How much
    /// of it is linked is not looked at: such a paragraph is running text however much that is.
    static func isLinkedProse(_ block: Block) -> Bool {
        guard block.context.linkCharacters > 0, block.headingLevel == nil, !block.isList,
              block.context.textCharacters >= MainContentSettings.goodBlockCharacters,
              let last = block.text.utf8.last, sentenceEnds.contains(last) else { return false }
        var gaps = 0
        for byte in block.text.utf8 where byte == UInt8(ascii: " ") {
            gaps += 1
            if gaps + 1 >= MainContentSettings.linkedProseMinimumWords { return true }
        }
        return false
    }

    private static let sentenceEnds: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")]
}
