/// A row of a table written as text, the way Markdown writes one: `| Stress | 80% |`.
enum MarkdownTableRow {
    /// The fewest cells a row has.
    static let minimumCells = 2

    /// The trimmed cells of `text` when it is a table row, else `nil`.
    static func cells(of text: Substring) -> [String]? {
        guard text.hasPrefix("|"), text.hasSuffix("|"), text.count > 2 else { return nil }
        let cells = text.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmed() }
        return cells.count >= minimumCells ? cells : nil
    }
}
