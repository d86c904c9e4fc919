import Foundation
import Testing
@testable import IngestKit

/// End-to-end behaviour of the per-article stages on the two seed articles in `Input/`: the
/// rules of the SPEC as they show on real text, not a copy of the expected output.
@Suite struct SeedArticleTests {
    private static let inputFolder = packageRoot.appendingPathComponent("Input")

    private static func document(_ name: String) throws -> Document {
        let bytes = Array(try Data(contentsOf: inputFolder.appendingPathComponent(name)))
        return try ArticleProcessor.process(Source(relativePath: name, displayPath: "Input/" + name, format: .text, bytes: bytes))
    }

    private static let overview = "000_70bcdc7c8c775927.txt"
    private static let clinicPage = "004_58d77d49344897f9.txt"

    @Test func everyCategoryIsFoundInTheOverviewArticle() throws {
        let document = try Self.document(Self.overview)
        for category in Category.allCases {
            #expect(!document[category].isEmpty, "no \(category)")
        }
        #expect(document.language == "de")
    }

    @Test func readAlsoLinesAndTagLineAreRemovedNotKept() throws {
        let document = try Self.document(Self.overview)
        let body = document.body.flatMap(\.texts)
        #expect(!body.contains { $0.hasPrefix("Lesen Sie auch") || $0.hasPrefix("tags:") })
        #expect(document.removed.filter { $0.kind == .related }.count == 3)
        #expect(document.removed.filter { $0.kind == .tags }.count == 1)
    }

    @Test func specificTreatmentsAreTiedToTheCausesTheyName() throws {
        let document = try Self.document(Self.overview)
        let causes = Set(document[.causes].map(\.name))
        let tied = document[.treatments].filter { $0.forCause != nil }
        #expect(tied.count >= 7)
        #expect(tied.filter { causes.contains($0.forCause ?? "") }.allSatisfy { $0.detail == nil })
    }

    @Test func clinicChromeAroundTheArticleIsRemoved() throws {
        let document = try Self.document(Self.clinicPage)
        #expect(document.body.first?.headingLevel == 1)
        #expect(document.body.first?.text == document.title)
        let kinds = Set(document.removed.map(\.kind))
        #expect(kinds.isSuperset(of: [.booking, .staff, .contact, .author, .imageRequest]))
        let body = document.body.flatMap(\.texts).joined(separator: "\n")
        #expect(!body.contains("Telefon"))
        #expect(!body.contains("@"))
    }

    @Test func subheadingsOfTheCauseSectionAreCauses() throws {
        let document = try Self.document(Self.clinicPage)
        let causes = document[.causes].map(\.name)
        #expect(causes.contains("Muskuläre Dysbalance"))
        #expect(causes.filter { $0 == "Durchblutungsstörungen" }.count == 1)
        let tiedPrevention = document[.prevention].filter { $0.forCause == "Durchblutungsstörungen" }
        #expect(tiedPrevention.count == 3)
    }

    @Test func figureLegendAndExerciseFieldsAreNeverItems() throws {
        let document = try Self.document(Self.clinicPage)
        let names = Category.allCases.flatMap { document[$0].map(\.name) }
        #expect(!names.contains { $0.hasPrefix("Musculus") || $0.hasPrefix("Kreuzbein") })
        #expect(!names.contains { ["Ausführung", "Dauer", "Effekt"].contains($0) })
        let exercises = document[.treatments].filter { $0.detail?.hasPrefix("Ausführung:") == true }
        #expect(exercises.count >= 4)
        #expect(document[.seeADoctor].isEmpty)
    }
}
