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
        guard mayBePrice(text.utf8), text.contains(where: \.isNumber) else { return false }
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

    /// Whether the bytes leave room for a price, before any String work: an ASCII digit or
    /// another script's (a byte past ASCII), and a sign or a code (`$`, a letter, a byte past
    /// ASCII). Dates and times written in digits (`23.10.2018`, `16:11`) have neither sign nor code.
    private static func mayBePrice(_ bytes: String.UTF8View) -> Bool {
        var digit = false
        var mark = false
        for byte in bytes {
            if byte >= 0x80 { return true }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digit = true
            } else if byte == UInt8(ascii: "$") || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) {
                mark = true
            }
            if digit && mark { return true }
        }
        return false
    }
}
