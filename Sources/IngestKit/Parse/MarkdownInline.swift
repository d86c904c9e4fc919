/// Reads the light inline Markdown that scrapers leave in text (`**bold**`, `[text](url)`,
/// images, escapes, stray HTML tags) as structure: the markup goes, the words stay.
///
/// It works on the line's UTF-8 bytes, a Character at a time (`LineCharacters`): a markup
/// character with a combining mark on it is text, as `Character` comparison has it, yet a
/// line of plain prose costs a byte comparison per byte. A link's label is read like a line of
/// its own and normalized before it joins the text around it; labels inside labels are kept on
/// a stack, not in recursive calls, so no nesting depth can overflow the thread's stack.
enum MarkdownInline {
    /// A line, or a link label inside it, being read.
    private struct Span {
        /// The offset where the span's text ends.
        var end: Int
        /// For a label: the offset after its whole link, where reading goes on.
        var resume: Int
        /// The span's text so far, markup left out.
        var output: [UInt8] = []
        /// How many characters of the span's text were link labels.
        var linkCharacters = 0
    }

    /// The plain, normalized text of a line, and how many of its characters were link text.
    static func plainText(_ line: Substring) -> (text: String, linkCharacters: Int) {
        let characters = LineCharacters(line)
        let brackets = BracketPairs(characters)
        let bytes = characters.bytes
        var spans = [Span(end: bytes.count, resume: bytes.count)]
        spans[0].output.reserveCapacity(bytes.count)
        var index = 0
        // The bytes of the current span before `copied` are in its output or were markup.
        var copied = 0
        // Where the Character before `index` starts, for `_` at a word's edge.
        var previous: Int?
        while true {
            let limit = spans[spans.count - 1].end
            guard index < limit else {
                var span = spans.removeLast()
                span.output.append(contentsOf: bytes[copied..<limit])
                let text = TextNormalization.inline(String(decoding: span.output, as: UTF8.self))
                guard !spans.isEmpty else {
                    return (text, span.linkCharacters == 0 ? 0 : min(span.linkCharacters, text.count))
                }
                spans[spans.count - 1].output.append(contentsOf: text.utf8)
                spans[spans.count - 1].linkCharacters += text.count
                previous = span.resume - 1
                index = span.resume
                copied = index
                continue
            }
            let end = characters.end(ofCharacterAt: index)
            let isMarkup = end == index + 1 && Self.mayStartMarkup(bytes[index])
            guard isMarkup else {
                previous = index
                index = end
                continue
            }
            spans[spans.count - 1].output.append(contentsOf: bytes[copied..<index])
            copied = index
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                if end < limit, isEscapable(characters.character(at: end)) {
                    let escapedEnd = characters.end(ofCharacterAt: end)
                    spans[spans.count - 1].output.append(contentsOf: bytes[end..<escapedEnd])
                    previous = end
                    index = escapedEnd
                    copied = index
                    continue
                }
            case UInt8(ascii: "!") where end < limit && characters.isCharacter(UInt8(ascii: "["), at: end):
                if let link = link(in: characters, brackets, from: end, before: limit) {
                    previous = link.end - 1
                    index = link.end
                    copied = index
                    continue
                }
            case UInt8(ascii: "["):
                if let link = link(in: characters, brackets, from: index, before: limit) {
                    spans.append(Span(end: link.label.upperBound, resume: link.end))
                    previous = nil
                    index = link.label.lowerBound
                    copied = index
                    continue
                }
            case UInt8(ascii: "*"), UInt8(ascii: "`"):
                previous = index
                index = end
                copied = index
                continue
            case UInt8(ascii: "_") where isEmphasisUnderscore(characters, at: index, previous: previous, before: limit):
                previous = index
                index = end
                copied = index
                continue
            case UInt8(ascii: "<"):
                if let tagEnd = tagEnd(in: characters, from: index, before: limit) {
                    spans[spans.count - 1].output.append(0x20)
                    previous = tagEnd - 1
                    index = tagEnd
                    copied = index
                    continue
                }
            default:
                break
            }
            // Markup that turned out to be text: it is copied with the run it starts.
            previous = index
            index = end
        }
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

    /// A `[label](target)` or `[label][ref]` whose `[` starts at `start`, ending before `limit`:
    /// the label's bytes and the offset after the link.
    private static func link(in characters: LineCharacters, _ brackets: BracketPairs, from start: Int, before limit: Int) -> (label: Range<Int>, end: Int)? {
        guard let close = brackets.closer(of: start, opening: UInt8(ascii: "["), before: limit), close + 1 < limit else {
            return nil
        }
        for opener in [UInt8(ascii: "("), UInt8(ascii: "[")] where characters.isCharacter(opener, at: close + 1) {
            guard let targetEnd = brackets.closer(of: close + 1, opening: opener, before: limit) else { return nil }
            return ((start + 1)..<close, targetEnd + 1)
        }
        return nil
    }

    /// The offset after an HTML tag or autolink whose `<` starts at `start`, ending before
    /// `limit`, when one does.
    private static func tagEnd(in characters: LineCharacters, from start: Int, before limit: Int) -> Int? {
        let bytes = characters.bytes
        guard start + 1 < limit else { return nil }
        let next = characters.character(at: start + 1)
        guard next.isLetter || next == "/" || next == "!" else { return nil }
        var index = start + 1
        while index < limit {
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
    private static func isEmphasisUnderscore(_ characters: LineCharacters, at index: Int, previous: Int?, before limit: Int) -> Bool {
        let before = previous.map(characters.character(at:)) ?? " "
        let after = index + 1 < limit ? characters.character(at: index + 1) : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
