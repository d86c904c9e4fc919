/// Reads the light inline Markdown that scrapers leave in text (`**bold**`, `[text](url)`,
/// images, escapes, stray HTML tags) as structure: the markup goes, the words stay.
enum MarkdownInline {
    /// The plain, normalized text of a line, and how many of its characters were link text.
    static func plainText(_ line: Substring) -> (text: String, linkCharacters: Int) {
        let characters = Array(line)
        var output = ""
        output.reserveCapacity(characters.count)
        var linkCharacters = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                if index + 1 < characters.count, characters[index + 1].isPunctuation || characters[index + 1].isSymbol {
                    output.append(characters[index + 1])
                    index += 2
                } else {
                    output.append(character)
                    index += 1
                }
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                if let (_, end) = link(in: characters, from: index + 1) {
                    index = end
                } else {
                    output.append(character)
                    index += 1
                }
            case "[":
                if let (label, end) = link(in: characters, from: index) {
                    let text = plainText(Substring(String(label))).text
                    output += text
                    linkCharacters += text.count
                    index = end
                } else {
                    output.append(character)
                    index += 1
                }
            case "*", "`":
                index += 1
            case "_" where isEmphasisUnderscore(characters, at: index):
                index += 1
            case "<":
                if let end = tagEnd(in: characters, from: index) {
                    output.append(" ")
                    index = end
                } else {
                    output.append(character)
                    index += 1
                }
            default:
                output.append(character)
                index += 1
            }
        }
        let text = TextNormalization.inline(output)
        return (text, min(linkCharacters, text.count))
    }

    /// A `[label](target)` or `[label][ref]` starting at `start`: the label and the index after it.
    private static func link(in characters: [Character], from start: Int) -> ([Character], Int)? {
        var depth = 0
        var index = start
        var labelEnd: Int?
        while index < characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 { labelEnd = index; break }
            }
            index += 1
        }
        guard let close = labelEnd, close + 1 < characters.count else { return nil }
        let opener = characters[close + 1]
        guard opener == "(" || opener == "[" else { return nil }
        let closer: Character = opener == "(" ? ")" : "]"
        var end = close + 2
        var nesting = 1
        while end < characters.count {
            if characters[end] == opener { nesting += 1 }
            if characters[end] == closer {
                nesting -= 1
                if nesting == 0 { break }
            }
            end += 1
        }
        guard end < characters.count else { return nil }
        return (Array(characters[(start + 1)..<close]), end + 1)
    }

    /// The index after an HTML tag or autolink starting at `start`, when one does.
    private static func tagEnd(in characters: [Character], from start: Int) -> Int? {
        guard start + 1 < characters.count else { return nil }
        let next = characters[start + 1]
        guard next.isLetter || next == "/" || next == "!" else { return nil }
        var index = start + 1
        while index < characters.count, characters[index] != ">", characters[index] != "<" {
            index += 1
        }
        guard index < characters.count, characters[index] == ">" else { return nil }
        return index + 1
    }

    /// `_` marks emphasis at a word's edge (`_word_`), not inside one (`snake_case`).
    private static func isEmphasisUnderscore(_ characters: [Character], at index: Int) -> Bool {
        let before = index > 0 ? characters[index - 1] : " "
        let after = index + 1 < characters.count ? characters[index + 1] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
