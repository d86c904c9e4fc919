import Testing
@testable import IngestKit

@Suite struct DocumentJSONLDTests {
    private static let source = Document.SourceInfo(path: "Input/a.txt", url: "https://example.org/a", format: .text,
                                                    sha256: String(repeating: "0", count: 64), bytes: 1, encoding: "utf-8")

    private static let full = Document(
        id: "0123456789abcdef", source: source, language: "en", title: "Leg cramps",
        body: [.heading("Leg cramps", level: 1), .paragraph("Cramps hurt.")],
        items: [.causes: [Item(name: "Strain", detail: "after exercise", section: "Causes")],
                .treatments: [Item(name: "Stretching", forCause: "Strain", section: "Treatment"),
                              Item(name: "Rest", section: "Treatment")],
                .prevention: [Item(name: "Warming up", forCause: "Strain", section: "Prevention")],
                .symptoms: [Item(name: "Pain", section: "Symptoms")],
                .diagnostics: [Item(name: "Blood test", section: "Diagnosis")],
                .seeADoctor: [Item(name: "Cramps every night", detail: "or that wake you", section: "When to see a doctor")]],
        removed: [RemovedBlock(kind: .booking, text: "Book now")], pipelineVersion: "1")

    /// The members of a JSON object, by key, and their order.
    private func members(_ value: JSONValue?) -> (keys: [String], byKey: [String: JSONValue]) {
        guard case .object(let pairs)? = value else { return ([], [:]) }
        return (pairs.map(\.0), Dictionary(pairs, uniquingKeysWith: { first, _ in first }))
    }

    private func elements(_ value: JSONValue?) -> [JSONValue] {
        guard case .array(let values)? = value else { return [] }
        return values
    }

    @Test func aPageAboutAConditionNamedByTheTitle() {
        let page = members(Self.full.jsonLD)
        #expect(page.keys == ["@context", "@type", "identifier", "url", "name", "inLanguage", "about", "hasPart", "text"])
        #expect(page.byKey["@context"] == .string("https://schema.org"))
        #expect(page.byKey["@type"] == .string("MedicalWebPage"))
        #expect(page.byKey["identifier"] == .string("0123456789abcdef"))
        #expect(page.byKey["url"] == .string("https://example.org/a"))
        #expect(page.byKey["inLanguage"] == .string("en"))
        #expect(page.byKey["text"] == .string("Cramps hurt.\n"))
        let condition = members(page.byKey["about"])
        #expect(condition.keys == ["@type", "name", "cause", "possibleTreatment", "primaryPrevention", "signOrSymptom", "typicalTest"])
        #expect(condition.byKey["@type"] == .string("MedicalCondition"))
        #expect(condition.byKey["name"] == .string("Leg cramps"))
    }

    @Test func eachCategoryHasItsSchemaOrgType() {
        let condition = members(members(Self.full.jsonLD).byKey["about"])
        let types = ["cause": "MedicalCause", "possibleTreatment": "MedicalTherapy", "primaryPrevention": "MedicalTherapy",
                     "signOrSymptom": "MedicalSignOrSymptom", "typicalTest": "MedicalTest"]
        for (property, type) in types {
            let entities = elements(condition.byKey[property])
            #expect(!entities.isEmpty, "\(property) is empty")
            for entity in entities { #expect(members(entity).byKey["@type"] == .string(type), "\(property)") }
        }
        let cause = members(elements(condition.byKey["cause"]).first)
        #expect(cause.keys == ["@type", "name", "description"])
        #expect(cause.byKey["description"] == .string("after exercise"))
    }

    @Test func aTreatmentTiedToACauseHasThatCauseAsItsIndication() {
        let condition = members(members(Self.full.jsonLD).byKey["about"])
        let treatments = elements(condition.byKey["possibleTreatment"]).map(members)
        #expect(treatments[0].byKey["indication"]
                == .object([("@type", .string("TreatmentIndication")), ("name", .string("Strain"))]))
        #expect(treatments[1].keys == ["@type", "name"])
        let prevention = members(elements(condition.byKey["primaryPrevention"]).first)
        #expect(prevention.byKey["indication"]
                == .object([("@type", .string("PreventionIndication")), ("name", .string("Strain"))]))
    }

    @Test func seeADoctorIsAPartWithItsHealthAspect() {
        let parts = elements(members(Self.full.jsonLD).byKey["hasPart"])
        #expect(parts == [.object([("@type", .string("HealthTopicContent")),
                                   ("hasHealthAspect", .string("https://schema.org/SeeDoctorHealthAspect")),
                                   ("name", .string("Cramps every night")), ("text", .string("or that wake you"))])])
    }

    @Test func whatIsAbsentIsLeftOutRatherThanNullOrEmpty() {
        var empty = Self.full
        empty.items = [:]
        empty.title = nil
        empty.source.url = nil
        empty.language = "und"
        let page = members(empty.jsonLD)
        #expect(page.keys == ["@context", "@type", "identifier", "about", "text"])
        #expect(page.byKey["about"] == .object([("@type", .string("MedicalCondition"))]))
    }

    @Test func aStreamLineIsOneLineOfTheSameJSON() {
        let line = Self.full.compactJSONLD
        #expect(!line.contains(UInt8(ascii: "\n")))
        #expect(line == JSONWriter.compact(Self.full.jsonLD))
        #expect(Self.full.prettyJSONLD.last == UInt8(ascii: "\n"))
    }
}
