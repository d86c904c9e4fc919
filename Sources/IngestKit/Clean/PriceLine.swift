/// A short line that gives a price (`$19.95`, `24,50 €`, `EUR 355.58`): mostly digits like a
/// date or a time stamp, but on a shop's page it is what the product costs, which belongs to the
/// product, not the page's metadata. A price carries a currency's sign or code, which dates never do.
enum PriceLine {
    /// Currency signs, and ISO 4217 codes of the currencies shops price in most, as written
    /// beside the amount.
    static let currencyMarks: [String] = [
        "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₫", "₱", "₴", "zł", "kr", "chf", "usd", "eur", "gbp", "cad", "aud",
        "jpy", "sek", "nok", "dkk", "pln", "czk", "inr",
    ]

    /// Whether `text` (a short block) names a currency beside a digit: a currency sign anywhere,
    /// or a code as a word of its own.
    static func isPrice(_ text: String) -> Bool {
        guard text.contains(where: \.isNumber) else { return false }
        let lowered = text.lowercased()
        for mark in currencyMarks {
            if mark.first?.isLetter == false {
                if lowered.contains(mark) { return true }
                continue
            }
            var rest = lowered[...]
            while let range = rest.range(of: mark) {
                let before = range.lowerBound == lowered.startIndex ? nil : lowered[lowered.index(before: range.lowerBound)]
                let after = range.upperBound == lowered.endIndex ? nil : lowered[range.upperBound]
                if before?.isLetter != true, after?.isLetter != true { return true }
                rest = lowered[range.upperBound...]
            }
        }
        return false
    }
}
