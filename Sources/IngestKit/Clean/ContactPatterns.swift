/// Recognizes the pieces of a contact block by their shape: e-mail addresses, phone numbers,
/// postcodes with a town, street addresses and people's names with a title.
struct ContactPatterns: Sendable {
    /// The fewest digits a phone number has.
    static let minimumPhoneDigits = 6
    /// The most words a line of an address or a name has.
    static let maximumWordsOfAddressLine = 8
    /// In `2810 N Church Street`, the house number stands up to this many words before the street word.
    static let maximumWordsBetweenNumberAndStreet = 3

    private let streetWords: [String]
    private let phoneWords: [String]
    private let personTitles: [String]
    private let credentials: Set<String>
    private let bioVerbs: Set<String>
    private let nameParticles: Set<String>
    /// A name before its credential has at most this many words.
    static let maximumWordsOfName = 4

    /// Patterns built from the tables' street words, phone words, titles and name particles.
    init(lexicons: [BoilerplateWords]) {
        streetWords = lexicons.flatMap(\.streetWords)
        phoneWords = lexicons.flatMap(\.phoneWords)
        personTitles = lexicons.flatMap(\.personTitles).sorted { $0.count > $1.count }
        credentials = Set(lexicons.flatMap(\.credentials))
        bioVerbs = Set(lexicons.flatMap(\.bioVerbs))
        nameParticles = Set(lexicons.flatMap(\.nameParticles))
    }

    /// Whether `text` (lowercased) holds an e-mail address.
    func containsEmail(_ lowered: String) -> Bool {
        // Found on UTF-8; an `@` that a combining mark joins is no `@` character.
        guard let atByte = lowered.utf8.firstIndex(of: UInt8(ascii: "@")),
              let at = String.Index(atByte, within: lowered) ?? lowered.firstIndex(of: "@"),
              at > lowered.startIndex else { return false }
        let before = lowered[lowered.index(before: at)]
        let after = lowered[lowered.index(after: at)...].prefix(while: { !$0.isWhitespace })
        return (before.isLetter || before.isNumber) && after.contains(".") && after.first?.isLetter == true
    }

    /// Whether `text` (lowercased) is a phone line: a phone word followed by a number, or a
    /// short line made mostly of a long number, none of it a share (`+13.1%`, a table's figure).
    func containsPhone(_ lowered: String) -> Bool {
        guard Self.asciiDigits(in: lowered) >= Self.minimumPhoneDigits else { return false }
        let words = lowered.spaceSeparatedWords()
        if words.count <= Self.maximumWordsOfAddressLine, phoneWords.contains(where: { word in
            words.contains { $0 == word || $0.hasPrefix(word) }
        }) {
            return true
        }
        guard !lowered.utf8.contains(UInt8(ascii: "%")) else { return false }
        let numberish = lowered.filter { $0.isNumber || " +-/()".contains($0) }.count
        return numberish * 10 >= lowered.count * 8
    }

    /// Whether `text` is a postcode and town line (`60311 Frankfurt am Main`).
    func isPostcodeLine(_ text: String) -> Bool {
        guard Self.asciiDigits(in: text) >= 4 else { return false }
        let words = text.spaceSeparatedWords()
        guard words.count >= 2, words.count <= Self.maximumWordsOfAddressLine else { return false }
        let code = words[0].drop(while: { $0.isLetter || $0 == "-" })
        guard (4...5).contains(code.count), code.allSatisfy(\.isNumber) else { return false }
        return words[1].first?.isUppercase == true
    }

    /// Whether `text` (lowercased) holds a street address (`kaiserstraße 14`, `12 main street`).
    func containsStreetAddress(_ lowered: String) -> Bool {
        guard Self.asciiDigits(in: lowered) > 0 else { return false }
        let words = lowered.spaceSeparatedWords().map { $0.trimmed(",;") }
        guard words.count <= Self.maximumWordsOfAddressLine * 2 else { return false }
        for (index, word) in words.enumerated() {
            guard let street = streetWords.first(where: { word.hasSuffix($0) }) else { continue }
            let hasNumberAfter = index + 1 < words.count && words[index + 1].first?.isNumber == true
            let hasNumberBefore = words[max(0, index - Self.maximumWordsBetweenNumberAndStreet)..<index].contains { $0.allSatisfy(\.isNumber) }
            if hasNumberAfter && (word.count > street.count || index > 0) { return true }
            if hasNumberBefore && index > 1 { return true }
        }
        return false
    }

    /// Whether `text` is a person's name led by a title (`PD Dr. Elke Maurer`).
    func isTitledName(_ text: String) -> Bool {
        guard HeadingShape.wordCount(text, upTo: Self.maximumWordsOfAddressLine + 1) <= Self.maximumWordsOfAddressLine else { return false }
        let words = text.spaceSeparatedWords()
        guard words.count >= 2, words.count <= Self.maximumWordsOfAddressLine else { return false }
        guard let last = text.last, last.isLetter || last == ")" else { return false }
        let lowered = text.lowercased()
        guard personTitles.contains(where: { lowered.hasPrefix($0 + " ") }) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return first.isUppercase || word.hasSuffix(".") || nameParticles.contains(word.lowercased())
        }
    }

    /// How many ASCII digits `text` holds: a cheap test before the patterns that need numbers.
    private static func asciiDigits(in text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) }
    }

    /// How `text` opens with a name and a credential (`Angela Beispiel, MD`).
    enum CredentialedName {
        /// The text is only the name and credential: a byline.
        case byline
        /// The name and credential open a bio (`…, MD, is a pediatrician`).
        case bio
    }

    /// Whether `text` is a byline or a bio of a credentialed author, or neither.
    func credentialedName(_ text: String) -> CredentialedName? {
        guard Self.mayOpenWithTwoCapitals(text) else { return nil }
        let pieces = text.spaceSeparatedWords(maxSplits: Self.maximumWordsOfName + 3)
        guard pieces.count >= 3, pieces.prefix(2).allSatisfy({ $0.trimmed("*").first?.isUppercase == true }) else { return nil }
        // Lazily: the last piece is the rest of the text, which is rarely read.
        let words = pieces.lazy.map { $0.trimmed("*,;") }
        for index in 2...min(Self.maximumWordsOfName, words.count - 1) where credentials.contains(words[index].lowercased()) {
            guard words[..<index].allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            var next = index + 1
            while next < words.count, credentials.contains(words[next].lowercased()) { next += 1 }
            if next == words.count { return .byline }
            return bioVerbs.contains(words[next].lowercased()) ? .bio : nil
        }
        return nil
    }

    /// Whether the first two words of `text` may begin with capitals, read from its bytes before
    /// `credentialedName` splits it into words: a sentence's second word seldom does. A word's
    /// leading `*` is skipped; a letter beyond ASCII may be a capital.
    private static func mayOpenWithTwoCapitals(_ text: String) -> Bool {
        var checked = 0
        var atWordStart = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                atWordStart = true
            } else if atWordStart, byte != UInt8(ascii: "*") {
                atWordStart = false
                if byte < 0x80, !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { return false }
                checked += 1
                if checked == 2 { return true }
            }
        }
        return true
    }
}
