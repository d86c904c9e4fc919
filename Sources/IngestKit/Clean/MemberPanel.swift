/// The panel beside each post of a thread that tells about its writer, not the topic: the
/// member's statistics (`Joined: Jun 29, 2016`, `Messages: 11`, `Best Answers 0`), rank
/// (`Senior Member`) and profile links (`View Profile`). A short block made only of such lines
/// goes when each of its lines recurs on the page (the same statistic, rank or link beside two
/// posts or more): a panel repeats with every post, while an article's single `Points: 3` is
/// its own. The words are each language's (`BoilerplateWords.memberStatistics`, `.memberRanks`,
/// `.memberPanelLinks`), all read since the page's language is not known yet.
enum MemberPanel {
    /// Removes the kept blocks of `blocks` that are lines of a member's panel.
    static func drop(_ blocks: [Block], _ verdicts: inout [BoilerplateKind?]) {
        let keys = blocks.map { block -> [String]? in
            guard block.headingLevel == nil || block.texts.count == 1,
                  block.context.textCharacters < MainContentSettings.phraseBlockCharacters else { return nil }
            let keys = block.texts.map(key(of:))
            return keys.allSatisfy({ $0 != nil }) && !keys.isEmpty ? keys.compactMap { $0 } : nil
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
    /// link), or `nil` when the line is not one.
    static func key(of line: String) -> String? {
        let text = line.lowercased().trimmed()
        if links.contains(text) { return text }
        let words = text.split(separator: " ")
        if !words.isEmpty, words.count <= MainContentSettings.rankWords, let last = words.last, ranks.contains(String(last)) {
            return text
        }
        for label in statistics where text.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            if rest.first == ":" {
                let value = rest.dropFirst().trimmed()
                if !value.isEmpty, value.count <= MainContentSettings.statisticValueCharacters { return label }
            } else if rest.first == " ", rest.contains(where: \.isNumber),
                      rest.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == " " }) {
                return label
            }
        }
        return nil
    }

    /// Longest labels first, so that `likes received` is not read as `likes`.
    private static let statistics = Set(LexiconSet.standard.lexicons.flatMap(\.boilerplate.memberStatistics))
        .sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) }
    private static let ranks = Set(LexiconSet.standard.lexicons.flatMap(\.boilerplate.memberRanks))
    private static let links = Set(LexiconSet.standard.lexicons.flatMap(\.boilerplate.memberPanelLinks))
}
