/// The panel beside each post of a thread that tells about its writer, not the topic: the
/// member's statistics (`Joined: Jun 29, 2016`, `Messages: 11`, `410 posts · Joined 2002`),
/// rank (`Senior Member`), profile links (`View Profile`) and the post's counts (`2 Likes`). A
/// short block made only of such lines goes when each of its lines recurs on the page (the same
/// statistic, rank or link beside two posts or more): a panel repeats with every post, while an
/// article's single `Points: 3` is its own. The words are each language's (`BoilerplateWords.memberStatistics`, `.memberRanks`,
/// `.memberPanelLabels`), all read since the page's language is not known yet.
enum MemberPanel {
    /// Removes the kept blocks of `blocks` that are lines of a member's panel.
    static func drop(_ blocks: [Block], _ verdicts: inout [BoilerplateKind?]) {
        let keys = blocks.map { block -> [String]? in
            guard block.context.textCharacters < MainContentSettings.phraseBlockCharacters else { return nil }
            let lines = block.texts.map(key(of:))
            return !lines.isEmpty && lines.allSatisfy({ $0 != nil }) ? lines.compactMap { $0 } : nil
        }
        var counts: [String: Int] = [:]
        for case let lines? in keys {
            for key in lines { counts[key, default: 0] += 1 }
        }
        for index in blocks.indices where verdicts[index] == nil {
            if let lines = keys[index], lines.allSatisfy({ counts[$0, default: 0] >= MainContentSettings.minimumPanelLines }) {
                verdicts[index] = .author
            }
        }
    }

    /// What a line of a panel says, the same for each post (a statistic's label, a rank, a
    /// link), or `nil` when the line is not one. A line may hold several statistics apart
    /// (`410 posts · Joined 2002`).
    static func key(of line: String) -> String? {
        let text = line.lowercased().trimmed()
        if labels.contains(text) { return text }
        let words = text.split(separator: " ")
        if !words.isEmpty, words.count <= MainContentSettings.rankWords, let last = words.last, ranks.contains(String(last)) {
            return text
        }
        let parts = text.split(whereSeparator: { separators.contains($0) }).map { $0.trimmed() }
        let found = parts.map(statistic(in:))
        guard !parts.isEmpty, found.allSatisfy({ $0 != nil }) else { return nil }
        return found.compactMap { $0 }.joined(separator: " ")
    }

    /// The label of one statistic, written `Label: value`, `Label 11` or `11 label`; an
    /// empty label when the page shows it as an icon (`: 887`).
    private static func statistic(in text: String) -> String? {
        if text.first == ":" {
            let value = text.dropFirst().trimmed()
            return !value.isEmpty && value.count <= MainContentSettings.statisticValueCharacters ? "" : nil
        }
        for label in statistics {
            if text.hasPrefix(label) {
                let rest = text.dropFirst(label.count)
                if rest.first == ":" {
                    let value = rest.dropFirst().trimmed()
                    if !value.isEmpty, value.count <= MainContentSettings.statisticValueCharacters { return label }
                } else if rest.first == " ", isCount(rest) {
                    return label
                }
            }
            if text.hasSuffix(" " + label), isCount(text.dropLast(label.count)) { return label }
        }
        return nil
    }

    /// Whether `text` is a number (`4,210`), spaces around it.
    private static func isCount(_ text: Substring) -> Bool {
        text.contains(where: \.isNumber) && text.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == " " }
    }

    /// Characters that set statistics apart on one line.
    private static let separators: Set<Character> = ["·", "|", "•"]

    /// Longest labels first, so that `likes received` is not read as `likes`.
    private static let statistics = Set(LexiconSet.standard.lexicons.flatMap(\.boilerplate.memberStatistics))
        .sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
    private static let ranks = Set(LexiconSet.standard.lexicons.flatMap(\.boilerplate.memberRanks))
    private static let labels = Set(LexiconSet.standard.lexicons.flatMap(\.boilerplate.memberPanelLabels))
}
