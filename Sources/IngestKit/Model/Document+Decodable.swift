/// A document read back from its JSON (`documents/<id>.json`, a line of `dataset.jsonl`): the
/// inverse of `Document.json`, key for key. A key missing or of another type is an error, as
/// `schema/document.schema.json` says; a block's `context` is not in the JSON and stays empty.
extension Document: Decodable {
    private enum Key: String, CodingKey {
        case id, source, language, title, body, removed, pipeline
    }

    private enum SourceKey: String, CodingKey {
        case path, url, format, sha256, bytes, encoding
    }

    private enum PipelineKey: String, CodingKey {
        case version
    }

    /// The name of a category's key in the document.
    private struct CategoryKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ category: Category) { stringValue = category.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads a document in the SPEC's shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let source = try container.nestedContainer(keyedBy: SourceKey.self, forKey: .source)
        let pipeline = try container.nestedContainer(keyedBy: PipelineKey.self, forKey: .pipeline)
        let categories = try decoder.container(keyedBy: CategoryKey.self)
        var items: [Category: [Item]] = [:]
        for category in Category.allCases {
            let found = try categories.decode([Item].self, forKey: CategoryKey(category))
            if !found.isEmpty { items[category] = found }
        }
        self.init(
            id: try container.decode(String.self, forKey: .id),
            source: SourceInfo(path: try source.decode(String.self, forKey: .path),
                               url: try source.decode(String?.self, forKey: .url),
                               format: try source.decode(SourceFormat.self, forKey: .format),
                               sha256: try source.decode(String.self, forKey: .sha256),
                               bytes: try source.decode(Int.self, forKey: .bytes),
                               encoding: try source.decode(String.self, forKey: .encoding)),
            language: try container.decode(String.self, forKey: .language),
            title: try container.decode(String?.self, forKey: .title),
            body: try container.decode([Block].self, forKey: .body),
            items: items,
            removed: try container.decode([RemovedBlock].self, forKey: .removed),
            pipelineVersion: try pipeline.decode(String.self, forKey: .version))
    }
}

extension Block: Decodable {
    private enum Key: String, CodingKey {
        case type, level, text, ordered, items
    }

    /// Reads a heading, a paragraph or a list by its `type`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        switch try container.decode(String.self, forKey: .type) {
        case "heading":
            self = .heading(try container.decode(String.self, forKey: .text),
                            level: try container.decode(Int.self, forKey: .level))
        case "paragraph":
            self = .paragraph(try container.decode(String.self, forKey: .text))
        case "list":
            self = .list(try container.decode([ListItem].self, forKey: .items),
                         ordered: try container.decode(Bool.self, forKey: .ordered))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container,
                                                   debugDescription: "`\(other)` is not a block type")
        }
    }
}

extension ListItem: Decodable {
    private enum Key: String, CodingKey {
        case text, items
    }

    /// Reads `{ "text", "items" }`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        self.init(text: try container.decode(String.self, forKey: .text),
                  items: try container.decode([ListItem].self, forKey: .items))
    }
}

extension Item: Decodable {
    private enum Key: String, CodingKey {
        case name, detail, forCause, section
    }

    /// Reads `{ "name", "detail", "forCause", "section" }`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        self.init(name: try container.decode(String.self, forKey: .name),
                  detail: try container.decode(String?.self, forKey: .detail),
                  forCause: try container.decode(String?.self, forKey: .forCause),
                  section: try container.decode(String.self, forKey: .section))
    }
}

extension RemovedBlock: Decodable {
    private enum Key: String, CodingKey {
        case kind, text
    }

    /// Reads `{ "kind", "text" }`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let name = try container.decode(String.self, forKey: .kind)
        guard let kind = BoilerplateKind(rawValue: name) else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container,
                                                   debugDescription: "`\(name)` is not a kind of removed block")
        }
        self.init(kind: kind, text: try container.decode(String.self, forKey: .text))
    }
}
