/// A YAML front matter block at the top of a text source (`---` … `---`): its `title:` is the
/// article's title, its `lang:` the declared language; the rest is not the article.
struct FrontMatter {
    /// The top-level `title:` value, if any.
    var title: String?
    /// The top-level `lang:` or `language:` value, if any.
    var language: String?
    /// The block's lines, delimiters included, as they stood.
    var lines: [Substring]

    /// Splits a front matter block off the start of `lines`; `nil` when there is none.
    static func split(_ lines: [Substring]) -> (FrontMatter, rest: ArraySlice<Substring>)? {
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
