/// A list for the run report that keeps the first `limit` elements by path (byte-wise) and
/// counts all of them, so that a run where every one of a million sources fails still holds a
/// bounded report. Elements may come in any order.
struct ReportList<Element: Sendable>: Sendable {
    /// How many elements are kept.
    let limit: Int
    /// The first `limit` elements by path, sorted.
    private(set) var elements: [Element] = []
    /// How many elements were inserted, kept or not.
    private(set) var count = 0
    private let path: @Sendable (Element) -> String

    /// An empty list keeping `limit` elements, ordered by `path`.
    init(limit: Int = RunReport.listLimit, path: @escaping @Sendable (Element) -> String) {
        self.limit = limit
        self.path = path
    }

    /// Counts `element` and keeps it when it is among the first `limit` by path.
    mutating func insert(_ element: Element) {
        count += 1
        let key = path(element)
        var low = 0
        var high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if path(elements[middle]).utf8.lexicographicallyPrecedes(key.utf8) { low = middle + 1 } else { high = middle }
        }
        guard low < limit else { return }
        elements.insert(element, at: low)
        if elements.count > limit { elements.removeLast() }
    }
}
