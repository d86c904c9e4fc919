extension Document {
    /// The document in the SPEC's shape, keys in its order. A block's `context` is the
    /// parser's working knowledge and is not part of the document.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("source", .object([
                ("path", .string(source.path)),
                ("url", .optionalString(source.url)),
                ("format", .string(source.format.rawValue)),
                ("sha256", .string(source.sha256)),
                ("bytes", .integer(source.bytes)),
                ("encoding", .string(source.encoding)),
            ])),
            ("language", .string(language)),
            ("title", .optionalString(title)),
            ("body", .array(body.map(\.json))),
        ]
        for category in Category.allCases {
            members.append((category.rawValue, .array(self[category].map(\.json))))
        }
        members.append(("removed", .array(removed.map(\.json))))
        members.append(("pipeline", .object([("version", .string(pipelineVersion))])))
        return .object(members)
    }

    /// The document as written to `documents/<id>.json`: pretty-printed, with a trailing newline.
    public var prettyJSON: [UInt8] {
        JSONWriter.pretty(json)
    }
}

extension Block {
    /// The block as the document shows it: `type` first, then its own fields.
    var json: JSONValue {
        switch kind {
        case .heading(let level):
            return .object([("type", .string("heading")), ("level", .integer(level)), ("text", .string(text))])
        case .paragraph:
            return .object([("type", .string("paragraph")), ("text", .string(text))])
        case .list(let ordered):
            return .object([("type", .string("list")), ("ordered", .bool(ordered)),
                            ("items", .array(items.map(\.json)))])
        }
    }
}

extension ListItem {
    /// `{ "text": …, "items": [ … ] }`.
    var json: JSONValue {
        .object([("text", .string(text)), ("items", .array(items.map(\.json)))])
    }
}

extension Item {
    /// `{ "name", "detail", "forCause", "section" }`, `null` where absent.
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("detail", .optionalString(detail)),
            ("forCause", .optionalString(forCause)),
            ("section", .string(section)),
        ])
    }
}

extension RemovedBlock {
    /// `{ "kind", "text" }`, the text normalized on one line like all of a document's text.
    var json: JSONValue {
        .object([("kind", .string(kind.rawValue)), ("text", .string(TextNormalization.inline(text)))])
    }
}
