extension RandomAccessCollection where Element: Comparable {
    /// Whether the collection, sorted in increasing order, holds `value`: a binary search.
    func sortedContains(_ value: Element) -> Bool {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if self[middle] < value {
                low = index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low != endIndex && self[low] == value
    }
}
