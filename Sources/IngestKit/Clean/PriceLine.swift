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

    /// The UTF-8 bytes of each mark, and whether the mark is a code, which must stand as a word
    /// of its own (`eur` in `EUR 12`, not in `Europe`), where a sign counts anywhere.
    private static let markBytes: [(bytes: [UInt8], isCode: Bool)] = currencyMarks.map {
        (Array($0.utf8), $0.first?.isLetter == true)
    }

    /// Whether `text` (a short block) names a currency beside a digit: a currency sign anywhere,
    /// or a code as a word of its own. Searched byte by byte in the lowercased text: a mark is
    /// whole characters of UTF-8, so a match never starts or ends inside one.
    static func isPrice(_ text: String) -> Bool {
        guard mayBePrice(text.utf8), text.contains(where: \.isNumber) else { return false }
        let lowered = Array(text.lowercased().utf8)
        for (mark, isCode) in markBytes {
            var start = 0
            while let found = firstIndex(of: mark, in: lowered, from: start) {
                let end = found + mark.count
                if !isCode || (!isLetter(before: found, in: lowered) && !isLetter(after: end, in: lowered)) { return true }
                start = found + 1
            }
        }
        return false
    }

    /// Where `mark` first occurs in `bytes` at or after `start`.
    private static func firstIndex(of mark: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = mark.first, bytes.count - start >= mark.count else { return nil }
        var index = start
        while index <= bytes.count - mark.count {
            if bytes[index] == first, bytes[index ..< index + mark.count].elementsEqual(mark) { return index }
            index += 1
        }
        return nil
    }

    /// Whether the character that ends just before byte `index` is a letter.
    private static func isLetter(before index: Int, in bytes: [UInt8]) -> Bool {
        guard index > 0 else { return false }
        if bytes[index - 1] < 0x80 { return isASCIILetter(bytes[index - 1]) }
        return String(decoding: bytes[..<index], as: UTF8.self).last?.isLetter == true
    }

    /// Whether the character that starts at byte `index` is a letter.
    private static func isLetter(after index: Int, in bytes: [UInt8]) -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] < 0x80 { return isASCIILetter(bytes[index]) }
        return String(decoding: bytes[index...], as: UTF8.self).first?.isLetter == true
    }

    /// Whether `byte` is an ASCII letter, of either case.
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")
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
            } else if byte == UInt8(ascii: "$") || isASCIILetter(byte) {
                mark = true
            }
            if digit && mark { return true }
        }
        return false
    }
}
