/// Repeated cards: sibling elements built alike (the same tag, classes and role), each holding
/// several headings or paragraphs, such as the posts of a thread, the entries of a listing or the products of
/// a collection. On such pages the content is the whole run of cards, not the one card with
/// the most running text, and the cards are often links through and through (a teaser's
/// title and summary both link to the item), which the density score counts against them.
/// Once a run holds enough cards with a card's text, its siblings built alike join it however
/// little they hold (a product's tile with a shorter name, or without a sale price).
///
/// The run of cards is found from the blocks' container paths alone: an element's parent is
/// the element before it in a path, its signature is its tokens (`BlockContext`).
struct RepeatedCards {
    /// The element that holds the cards.
    var parent: Int
    /// The cards, by element identifier.
    var cards: Set<Int>
    /// The text the cards hold, link text weighed by `MainContentSettings.cardLinkWeight`
    /// (a description written inside a link, `LinkedProse`, in full).
    var score: Double

    /// The run of cards with the most text among `indices` of `blocks`, when there is one.
    static func best(among indices: [Int], of blocks: [Block], elementCount: Int) -> RepeatedCards? {
        var parent = [Int](repeating: -1, count: elementCount)
        var blockCount = [Int](repeating: 0, count: elementCount)
        var text = [Double](repeating: 0, count: elementCount)
        var signature = [ArraySlice<String>?](repeating: nil, count: elementCount)
        // Lists are left out: a column of a menu is a heading over a list of links.
        for index in indices where !blocks[index].isList {
            let context = blocks[index].context
            let links = LinkedProse.isLinkedProse(blocks[index]) ? 0 : Double(context.linkCharacters)
            let weighed = Double(context.textCharacters) - (1 - MainContentSettings.cardLinkWeight) * links
            for (level, id) in context.containerPath.enumerated() {
                blockCount[id] += 1
                text[id] += weighed
                if level > 0 { parent[id] = context.containerPath[level - 1] }
                if signature[id] == nil { signature[id] = context.tokens(ofContainerAt: level) }
            }
        }
        // Elements under each parent, grouped by signature, in the order the page holds them.
        var groups: [Int: [ArraySlice<String>: [Int]]] = [:]
        for id in 0..<elementCount where parent[id] >= 0 && blockCount[id] >= MainContentSettings.cardMinimumBlocks {
            groups[parent[id], default: [:]][signature[id] ?? [], default: []].append(id)
        }
        var best: RepeatedCards?
        for (owner, bySignature) in groups.sorted(by: { $0.key < $1.key }) {
            for members in bySignature.values.sorted(by: { $0[0] < $1[0] }) {
                let cards = members.filter { text[$0] >= MainContentSettings.cardMinimumCharacters }
                guard cards.count >= MainContentSettings.minimumCards else { continue }
                let score = cards.reduce(0) { $0 + text[$1] }
                if let current = best, current.score >= score { continue }
                best = RepeatedCards(parent: owner, cards: Set(members), score: score)
            }
        }
        return best
    }

    /// Whether `block` stands inside one of the cards.
    func holds(_ block: Block) -> Bool {
        block.context.containerPath.contains { cards.contains($0) }
    }
}
