/// The panel beside each post of a thread that tells about its writer, not the topic: the
/// member's statistics (`Joined: Jun 29, 2016`, `Messages: 11`, `410 posts · Joined 2002`),
/// rank (`Senior Member`), profile links (`View Profile`) and the post's counts (`2 Likes`). A
/// short block made only of such lines goes when each of its lines recurs on the page (the same
/// statistic, rank or link beside two posts or more): a panel repeats with every post, while an
/// article's single `Points: 3` is its own. The words are each language's
/// (`BoilerplateWords.memberStatistics`, `.memberRanks`, `.memberPanelLabels`), all read since the
/// page's language is not known yet.
enum MemberPanel {
    /// For each block of `blocks`, whether it is lines of a member's panel. It depends on the
    /// blocks alone: the selection reads it once per page, for each of its readings.
    static func lines(of blocks: [Block]) -> [Bool] {
        let keys = blocks.map { block -> [String]? in
            guard block.context.textCharacters < MainContentSettings.phraseBlockCharacters else { return nil }
            let lines = block.texts.map(key(of:))
            return !lines.isEmpty && lines.allSatisfy({ $0 != nil }) ? lines.compactMap { $0 } : nil
        }
        var counts: [String: Int] = [:]
        for case let lines? in keys {
            for key in lines { counts[key, default: 0] += 1 }
        }
        return keys.map { lines in
            lines.map { $0.allSatisfy { counts[$0, default: 0] >= MainContentSettings.minimumPanelLines } } ?? false
        }
    }

    /// What a line of a panel says, the same for each post (a statistic's label, a rank, a
    /// link), or `nil` when the line is not one. A line may hold several statistics apart
    /// (`410 posts · Joined 2002`).
    static func key(of line: String) -> String? {
        guard couldBePanelLine(line) else { return nil }
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
            if text.utf8.starts(with: label.utf8) {
                let rest = text.dropFirst(label.count)
                if rest.first == ":" {
                    let value = rest.dropFirst().trimmed()
                    if !value.isEmpty, value.count <= MainContentSettings.statisticValueCharacters { return label }
                } else if rest.first == " ", isCount(rest) {
                    return label
                }
            }
            if text.utf8.count > label.utf8.count, text.utf8.reversed().starts(with: (" " + label).utf8.reversed()),
               isCount(text.dropLast(label.count)) {
                return label
            }
        }
        return nil
    }

    /// Whether `line` may be a panel's line, read from its bytes before `key(of:)` splits it into
    /// Strings (most short blocks are not): a label, a rank, or a line with a digit or a colon
    /// that opens with a colon or holds a statistic's label as a word.
    private static func couldBePanelLine(_ line: String) -> Bool {
        let isASCII = line.utf8.allSatisfy { $0 < 0x80 }
        let bytes = isASCII ? line.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } : Array(line.lowercased().utf8)
        let space = UInt8(ascii: " ")
        guard let first = bytes.firstIndex(where: { $0 != space }), let last = bytes.lastIndex(where: { $0 != space }) else {
            return false
        }
        let trimmed = Array(bytes[first...last])
        if trimmed.count <= longestLabel, labelBytes.contains(trimmed) { return true }
        let lastWord = trimmed[(trimmed.lastIndex(of: space).map { $0 + 1 } ?? 0)...]
        if lastWord.count <= longestRank, rankBytes.contains(Array(lastWord)),
           trimmed.split(separator: space).count <= MainContentSettings.rankWords { return true }
        // Digits of other scripts count too, so a line with other than ASCII passes this test.
        let hasDigitOrColon = !isASCII || trimmed.contains { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ":") }
        guard hasDigitOrColon else { return false }
        return trimmed[0] == UInt8(ascii: ":") || statisticWords.matches(isASCII ? trimmed : separatorsAsSpaces(trimmed))
    }

    /// `bytes` with each separator of statistics (`separators`) written as spaces, so that a
    /// label beside one stands as a word of its own.
    private static func separatorsAsSpaces(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for separator in separatorBytes where separator.count > 1 {
            var index = 0
            while index + separator.count <= result.count {
                if result[index..<(index + separator.count)].elementsEqual(separator) {
                    for offset in 0..<separator.count { result[index + offset] = UInt8(ascii: " ") }
                    index += separator.count
                } else {
                    index += 1
                }
            }
        }
        return result
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
    /// `labels` and `ranks` as lowercase UTF-8, and the statistics' labels as words, for `couldBePanelLine`.
    private static let labelBytes = Set(labels.map { Array($0.utf8) })
    private static let rankBytes = Set(ranks.map { Array($0.utf8) })
    /// The longest of `labelBytes` and of `rankBytes`: a longer line or word is none of them.
    private static let longestLabel = labelBytes.map(\.count).max() ?? 0
    private static let longestRank = rankBytes.map(\.count).max() ?? 0
    private static let statisticWords = PhraseMatcher(statistics, anchor: .anywhere)
    private static let separatorBytes = separators.map { Array(String($0).utf8) }
}
