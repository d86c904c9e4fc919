/// A YAML front matter block at the top of a text source (`---` … `---`), or the header a
/// scraper writes there (`Title: …`, `URL Source: …`, closed by `Markdown Content:`): its
/// `title:` is the article's title, its `lang:` the declared language; the rest is not the article.
struct FrontMatter {
    /// A scraper's header has at most this many lines.
    static let maximumLinesOfFieldHeader = 12
    /// A field name of a scraper's header has at most this many words (`Published Time`).
    static let maximumWordsOfFieldName = 3
    /// The last word of the field that closes a scraper's header and has no value of its own.
    static let contentFieldName = "content"

    /// The top-level `title:` value, if any.
    var title: String?
    /// The top-level `lang:` or `language:` value, if any.
    var language: String?
    /// The block's lines, delimiters included, as they stood.
    var lines: [Substring]

    /// Splits a front matter block or a scraper's header off the start of `lines`; `nil` when
    /// there is none.
    static func split(_ lines: [Substring]) -> (FrontMatter, rest: ArraySlice<Substring>)? {
        splitYAML(lines) ?? splitFieldHeader(lines)
    }

    /// `Title: …` and more `Name: value` lines, then `Markdown Content:` alone on its line.
    private static func splitFieldHeader(_ lines: [Substring]) -> (FrontMatter, rest: ArraySlice<Substring>)? {
        var title: String?
        for index in lines.indices.prefix(maximumLinesOfFieldHeader) {
            let line = lines[index].trimmed(" \t")
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon]
            guard !name.isEmpty, HeadingShape.wordCount(name) <= maximumWordsOfFieldName else { return nil }
            let value = line[line.index(after: colon)...]
            if value.allSatisfy({ $0 == " " }) {
                guard name.lowercased().hasSuffix(contentFieldName), index > lines.startIndex else { return nil }
                return (FrontMatter(title: title, language: nil, lines: Array(lines[...index])), lines[(index + 1)...])
            }
            if name.lowercased() == "title" { title = unquoted(value) }
        }
        return nil
    }

    private static func splitYAML(_ lines: [Substring]) -> (FrontMatter, rest: ArraySlice<Substring>)? {
        guard let first = lines.first, first.trimmed(" \t") == "---" else { return nil }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmed(" \t") == "---" || $0.trimmed(" \t") == "..." }) else {
            return nil
        }
        var matter = FrontMatter(title: nil, language: nil, lines: Array(lines[0...close]))
        for line in lines[1..<close] {
            guard let first = line.first, first != " ", first != "\t", let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].lowercased()
            let value = unquoted(line[line.index(after: colon)...])
            guard !value.isEmpty, value != "|", value != ">", value != "|-", value != ">-" else { continue }
            switch key {
            case "title": matter.title = value
            case "lang", "language": matter.language = value.lowercased()
            default: break
            }
        }
        return (matter, lines[(close + 1)...])
    }

    private static func unquoted(_ value: Substring) -> String {
        var text = TextNormalization.inline(value)
        if text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }
}
