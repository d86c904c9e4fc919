extension StringProtocol {
    /// The text without the characters of `set` at either end.
    func trimmed(_ set: String = " ") -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
