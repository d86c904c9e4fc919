/// The schema.org types with which a page declares itself a thread (a forum topic, a question
/// and its answers), in its JSON-LD (`"@type": "DiscussionForumPosting"`) or its microdata
/// (`itemtype="https://schema.org/QAPage"`). Data, not code: extend the table without touching
/// the parser.
enum ThreadSchemaTypes {
    /// The type names.
    static let names: [String] = ["DiscussionForumPosting", "QAPage"]

    private static let quotedNames = names.map { Array("\"\($0)\"".utf8) }

    /// Whether a microdata `itemtype` (a URL that ends with the type's name) is a thread's.
    static func isThread(itemType: String) -> Bool {
        names.contains { itemType.hasSuffix("/" + $0) }
    }

    /// Whether JSON-LD text names a thread's type as a string value.
    static func isThread(json: [UInt8]) -> Bool {
        quotedNames.contains { name in
            guard let first = name.first, json.count >= name.count else { return false }
            for start in 0...(json.count - name.count) where json[start] == first {
                if json[start..<(start + name.count)].elementsEqual(name) { return true }
            }
            return false
        }
    }
}
