/// A document as schema.org JSON-LD: a `MedicalWebPage` about the `MedicalCondition` its title
/// names. The mapping, in docs/LOADING.md:
///
/// - `identifier` is the document's id, `url` its source's URL (when it has one), `name` its
///   title, `inLanguage` its language (left out when `und`), `text` its body as plain text
///   (`Document.plainText`), the field text-processing tools read.
/// - `about` is a `MedicalCondition` named by the title, with `cause` (`MedicalCause`),
///   `possibleTreatment` and `primaryPrevention` (`MedicalTherapy`), `signOrSymptom`
///   (`MedicalSignOrSymptom`) and `typicalTest` (`MedicalTest`), one per item: `name` the
///   item's name, `description` its detail. A treatment or prevention tied to a cause has an
///   `indication` (`TreatmentIndication` or `PreventionIndication`) named by that cause.
/// - Each see-a-doctor item is a part of the page (`hasPart`), a `HealthTopicContent` whose
///   `hasHealthAspect` is `SeeDoctorHealthAspect`.
///
/// What is absent (no title, no URL, a category without items, an item without detail) is left
/// out rather than written as `null` or `[]`, as JSON-LD readers expect.
extension Document {
    /// The document as one schema.org JSON-LD object, keys in a fixed order.
    public var jsonLD: JSONValue {
        var page: [(String, JSONValue)] = [
            ("@context", .string(SchemaOrg.context)),
            ("@type", .string(SchemaOrg.webPage)),
            ("identifier", .string(id)),
        ]
        page.appendIfPresent("url", source.url.map(JSONValue.string))
        page.appendIfPresent("name", title.map(JSONValue.string))
        if language != LexiconSet.undetermined { page.append(("inLanguage", .string(language))) }
        page.append(("about", condition))
        page.appendIfPresent("hasPart", SchemaOrg.list(self[.seeADoctor].map(Self.seeDoctorPart)))
        page.append(("text", .string(plainText)))
        return .object(page)
    }

    /// `jsonLD` on one line, for a JSON Lines stream.
    public var compactJSONLD: [UInt8] {
        JSONWriter.compact(jsonLD)
    }

    /// `jsonLD` pretty-printed with a trailing newline, for a `<id>.jsonld` file.
    public var prettyJSONLD: [UInt8] {
        JSONWriter.pretty(jsonLD)
    }

    /// The `MedicalCondition` the page is about, with the items of every category but see-a-doctor.
    private var condition: JSONValue {
        var members: [(String, JSONValue)] = [("@type", .string(SchemaOrg.condition))]
        members.appendIfPresent("name", title.map(JSONValue.string))
        for (category, property, type, indication) in SchemaOrg.conditionProperties {
            let entities = self[category].map { Self.entity(type, $0, indication: indication) }
            members.appendIfPresent(property, SchemaOrg.list(entities))
        }
        return .object(members)
    }

    /// One item as a medical entity of `type`, with its cause as an `indication` of that type.
    private static func entity(_ type: String, _ item: Item, indication: String?) -> JSONValue {
        var members: [(String, JSONValue)] = [("@type", .string(type)), ("name", .string(item.name))]
        members.appendIfPresent("description", item.detail.map(JSONValue.string))
        if let indication, let cause = item.forCause {
            members.append(("indication", .object([("@type", .string(indication)), ("name", .string(cause))])))
        }
        return .object(members)
    }

    /// A see-a-doctor item as a part of the page.
    private static func seeDoctorPart(_ item: Item) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@type", .string(SchemaOrg.topicContent)),
            ("hasHealthAspect", .string(SchemaOrg.seeDoctorAspect)),
            ("name", .string(item.name)),
        ]
        members.appendIfPresent("text", item.detail.map(JSONValue.string))
        return .object(members)
    }
}

/// The schema.org vocabulary the JSON-LD export uses, in one place.
enum SchemaOrg {
    /// The JSON-LD context that makes bare names schema.org terms.
    static let context = "https://schema.org"
    /// The page.
    static let webPage = "MedicalWebPage"
    /// What the page is about.
    static let condition = "MedicalCondition"
    /// A part of the page about one aspect of the topic.
    static let topicContent = "HealthTopicContent"
    /// The aspect of a see-a-doctor part: an enumeration member, written as its URL.
    static let seeDoctorAspect = "https://schema.org/SeeDoctorHealthAspect"

    /// For each category on the condition: its property, the type of its entities, and the type
    /// of the `indication` a tied item's cause becomes (`nil` where items are never tied).
    static let conditionProperties: [(Category, property: String, type: String, indication: String?)] = [
        (.causes, "cause", "MedicalCause", nil),
        (.treatments, "possibleTreatment", "MedicalTherapy", "TreatmentIndication"),
        (.prevention, "primaryPrevention", "MedicalTherapy", "PreventionIndication"),
        (.symptoms, "signOrSymptom", "MedicalSignOrSymptom", nil),
        (.diagnostics, "typicalTest", "MedicalTest", nil),
    ]

    /// An array of `values`, or `nil` (the property left out) when there are none.
    static func list(_ values: [JSONValue]) -> JSONValue? {
        values.isEmpty ? nil : .array(values)
    }
}

extension Array where Element == (String, JSONValue) {
    /// Appends the member `key: value` when there is a value.
    fileprivate mutating func appendIfPresent(_ key: String, _ value: JSONValue?) {
        if let value { append((key, value)) }
    }
}
