/// Pages often lay out a list as a grid of styled elements (`<div class="item">` after
/// `<div class="item">`) instead of `<ul>`. A run of such cells reads as a list and becomes one,
/// so the rules for lists apply to it.
enum SiblingGrid {
    /// The fewest cells that make a grid.
    static let minimumCells = 3
    /// The most words of a cell; a longer one is running text.
    static let maximumWordsOfCell = 15

    /// `blocks` with every run of grid cells replaced by one unordered list.
    static func mergeIntoLists(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        var index = 0
        while index < blocks.count {
            var end = index
            if isCell(blocks[index]) {
                while end + 1 < blocks.count, isCell(blocks[end + 1]), areSiblings(blocks[index], blocks[end + 1]) { end += 1 }
            }
            let run = blocks[index...end]
            if run.count >= minimumCells {
                var context = blocks[index].context
                context.containerPath.removeLast()
                context.containerTokens = Array(context.containerTokens[..<(context.containerTokenStarts.last ?? context.containerTokens.count)])
                context.containerTokenStarts.removeLast()
                context.linkCharacters = run.reduce(0) { $0 + $1.context.linkCharacters }
                context.textCharacters = run.reduce(0) { $0 + $1.context.textCharacters }
                result.append(.list(run.map { ListItem(text: $0.text) }, ordered: false, context: context))
            } else {
                result.append(contentsOf: run)
            }
            index = end + 1
        }
        return result
    }

    /// A short paragraph in an element with a class of its own.
    private static func isCell(_ block: Block) -> Bool {
        guard block.kind == .paragraph, block.context.containerPath.count >= 2 else { return false }
        let own = block.context.tokens(ofContainerAt: block.context.containerPath.count - 1)
        guard own.count > 1, let last = block.text.last, !".!?:".contains(last) else { return false }
        return HeadingShape.wordCount(block.text) <= maximumWordsOfCell
    }

    /// Two cells of one parent, of the same element and class.
    private static func areSiblings(_ first: Block, _ second: Block) -> Bool {
        let a = first.context, b = second.context
        guard a.containerPath.count == b.containerPath.count, a.containerPath.dropLast() == b.containerPath.dropLast() else { return false }
        let level = a.containerPath.count - 1
        return a.tokens(ofContainerAt: level) == b.tokens(ofContainerAt: level)
    }
}
