/// A list of links that the article's text announces ("Many patches were sent for review:",
/// "The sources we used:"): a line of the article that ends with a colon says that the list
/// after it is part of what it says, however many links the list holds. Lists of other
/// articles come under headings or labels of their own ("Related", "Read more:"), not at the
/// end of a sentence.
enum AnnouncedList {
    /// Whether the block at `index` is a list whose block just before it is a paragraph of at
    /// least `MainContentSettings.announcingLineCharacters`, not a link block, that ends with a
    /// colon.
    static func isAnnounced(_ blocks: [Block], at index: Int) -> Bool {
        guard blocks[index].isList, index > 0 else { return false }
        let line = blocks[index - 1]
        let text = line.context.textCharacters
        guard line.headingLevel == nil, !line.isList, text >= MainContentSettings.announcingLineCharacters,
              Double(line.context.linkCharacters) < MainContentSettings.linkBlockDensity * Double(text) else { return false }
        return line.text.utf8.last(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: ":")
    }
}
