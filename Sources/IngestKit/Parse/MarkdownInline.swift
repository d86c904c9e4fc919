/// Reads the light inline Markdown that scrapers leave in text (`**bold**`, `[text](url)`,
/// images, escapes, stray HTML tags) as structure: the markup goes, the words stay.
///
/// It works on the line's UTF-8 bytes, a Character at a time (`LineCharacters`): a markup
/// character with a combining mark on it is text, as `Character` comparison has it, yet a
/// line of plain prose costs a byte comparison per byte.
enum MarkdownInline {
    /// The plain, normalized text of a line, and how many of its characters were link text.
    static func plainText(_ line: Substring) -> (text: String, linkCharacters: Int) {
        let characters = LineCharacters(line)
        let bytes = characters.bytes
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var linkCharacters = 0
        var index = 0
        // The bytes before `copied` are in `output` or were markup; text is copied in runs.
        var copied = 0
        // Where the Character before `index` starts, for `_` at a word's edge.
        var previous: Int?
        while index < bytes.count {
            let end = characters.end(ofCharacterAt: index)
            let isMarkup = end == index + 1 && Self.mayStartMarkup(bytes[index])
            if isMarkup {
                output.append(contentsOf: bytes[copied..<index])
                copied = index
            }
            switch isMarkup ? bytes[index] : 0 {
            case UInt8(ascii: "\\"):
                if end < bytes.count, isEscapable(characters.character(at: end)) {
                    let escapedEnd = characters.end(ofCharacterAt: end)
                    output.append(contentsOf: bytes[end..<escapedEnd])
                    previous = end
                    index = escapedEnd
                    copied = index
                    continue
                }
            case UInt8(ascii: "!") where end < bytes.count && characters.isCharacter(UInt8(ascii: "["), at: end):
                if let link = link(in: characters, from: end) {
                    previous = link.end - 1
                    index = link.end
                    copied = index
                    continue
                }
            case UInt8(ascii: "["):
                if let link = link(in: characters, from: index) {
                    let text = plainText(line[labelIndices(link.label, in: line)]).text
                    output.append(contentsOf: text.utf8)
                    linkCharacters += text.count
                    previous = link.end - 1
                    index = link.end
                    copied = index
                    continue
                }
            case UInt8(ascii: "*"), UInt8(ascii: "`"):
                previous = index
                index = end
                copied = index
                continue
            case UInt8(ascii: "_") where isEmphasisUnderscore(characters, at: index, previous: previous):
                previous = index
                index = end
                copied = index
                continue
            case UInt8(ascii: "<"):
                if let tagEnd = tagEnd(in: characters, from: index) {
                    output.append(0x20)
                    previous = tagEnd - 1
                    index = tagEnd
                    copied = index
                    continue
                }
            default:
                break
            }
            previous = index
            index = end
        }
        output.append(contentsOf: bytes[copied...])
        let text = TextNormalization.inline(String(decoding: output, as: UTF8.self))
        return (text, linkCharacters == 0 ? 0 : min(linkCharacters, text.count))
    }

    /// Whether `byte` may start markup; every other Character is text.
    private static func mayStartMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "!"), UInt8(ascii: "["), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "_"), UInt8(ascii: "<"):
            true
        default:
            false
        }
    }

    /// A backslash escapes the punctuation or symbol after it.
    private static func isEscapable(_ character: Character) -> Bool {
        character.isPunctuation || character.isSymbol
    }

    /// The indices of a label given by byte offsets into `line`.
    private static func labelIndices(_ label: Range<Int>, in line: Substring) -> Range<Substring.Index> {
        let start = line.utf8.index(line.startIndex, offsetBy: label.lowerBound)
        return start..<line.utf8.index(start, offsetBy: label.count)
    }

    /// A `[label](target)` or `[label][ref]` whose `[` starts at `start`: the label's bytes and
    /// the offset after the link.
    private static func link(in characters: LineCharacters, from start: Int) -> (label: Range<Int>, end: Int)? {
        let bytes = characters.bytes
        var depth = 0
        var index = start
        var labelEnd: Int?
        while index < bytes.count {
            let end = characters.end(ofCharacterAt: index)
            if end == index + 1 {
                if bytes[index] == UInt8(ascii: "[") { depth += 1 }
                if bytes[index] == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { labelEnd = index; break }
                }
            }
            index = end
        }
        guard let close = labelEnd, close + 1 < bytes.count else { return nil }
        let opener: UInt8
        if characters.isCharacter(UInt8(ascii: "("), at: close + 1) {
            opener = UInt8(ascii: "(")
        } else if characters.isCharacter(UInt8(ascii: "["), at: close + 1) {
            opener = UInt8(ascii: "[")
        } else {
            return nil
        }
        let closer = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
        var end = close + 2
        var nesting = 1
        while end < bytes.count {
            let next = characters.end(ofCharacterAt: end)
            if next == end + 1 {
                if bytes[end] == opener { nesting += 1 }
                if bytes[end] == closer {
                    nesting -= 1
                    if nesting == 0 { return ((start + 1)..<close, end + 1) }
                }
            }
            end = next
        }
        return nil
    }

    /// The offset after an HTML tag or autolink whose `<` starts at `start`, when one does.
    private static func tagEnd(in characters: LineCharacters, from start: Int) -> Int? {
        let bytes = characters.bytes
        guard start + 1 < bytes.count else { return nil }
        let next = characters.character(at: start + 1)
        guard next.isLetter || next == "/" || next == "!" else { return nil }
        var index = start + 1
        while index < bytes.count {
            let end = characters.end(ofCharacterAt: index)
            if end == index + 1 {
                if bytes[index] == UInt8(ascii: ">") { return end }
                if bytes[index] == UInt8(ascii: "<") { return nil }
            }
            index = end
        }
        return nil
    }

    /// `_` marks emphasis at a word's edge (`_word_`), not inside one (`snake_case`).
    private static func isEmphasisUnderscore(_ characters: LineCharacters, at index: Int, previous: Int?) -> Bool {
        let before = previous.map(characters.character(at:)) ?? " "
        let after = index + 1 < characters.bytes.count ? characters.character(at: index + 1) : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
