/// The cells of a paragraph that is a row of a table (`<tr>`, a Markdown `| a | b |` line), as
/// the parser read them: the row's text joins them for reading, these keep them apart for
/// extraction (a row under a category is an item, its first cell the name).
public struct TableRowCells: Sendable, Equatable {
    /// What joins the cells of a row into the paragraph's text: it reads as `Name - detail`, and
    /// is ASCII, so the row holds no character its page does not.
    public static let separator = " - "

    /// The normalized text of each cell, in order; an empty cell stays, so columns line up.
    public var cells: [String]
    /// Whether the row heads its table (`th` cells, `<thead>`, a bold first row, a Markdown row
    /// over `|---|`): it names the columns and is no entry of the table.
    public var isHeader: Bool
    /// Which table of the page the row belongs to, counting from 0: rows that follow each other
    /// with the same number are one table.
    public var table: Int

    /// Creates the cells of a row.
    public init(cells: [String], isHeader: Bool = false, table: Int = 0) {
        self.cells = cells
        self.isHeader = isHeader
        self.table = table
    }

    /// The row's text: its non-empty cells joined by `separator`.
    public var text: String {
        cells.filter { !$0.isEmpty }.joined(separator: Self.separator)
    }
}
