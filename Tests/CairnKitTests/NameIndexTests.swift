import Testing
@testable import CairnKit

/// `NameIndex` answers as a dictionary keyed by the normalised name would: the table Taxonomy
/// kept before, which these tests hold beside it.
@Suite struct NameIndexTests {
    static let here = SourceLocation(path: "skills.yml", line: 1)

    /// Names drawn from a few words, separators, cases and a non-ASCII letter, so that many
    /// normalise to the same key and some are not ASCII.
    static func name(_ random: inout SeededRandom) -> String {
        let words = ["go", "Go", "kubernetes", "Kubernetes", "k8s", "C#", "c++", "Data", "data", "modeling", "Café", "é", ""]
        let separators = [" ", "  ", "-", "_", "\t", " - "]
        var name = Bool.random(using: &random) ? separators.randomElement(using: &random)! : ""
        for index in 0..<Int.random(in: 0...3, using: &random) {
            if index > 0 { name += separators.randomElement(using: &random)! }
            name += words.randomElement(using: &random)!
        }
        return name
    }

    @Test func answersAsADictionaryOfNormalisedNames() {
        var random = SeededRandom(state: 11)
        var index = NameIndex(), expected: [String: String] = [:]
        for step in 0..<4_000 {
            let key = Taxonomy.normalise(Self.name(&random))
            // Mostly set, sometimes removed, as Taxonomy.add replaces a skill's names.
            let id: String? = Int.random(in: 0..<5, using: &random) == 0 ? nil : "skill-\(step)"
            index[normalised: key] = id
            expected[key] = id
            let probe = Self.name(&random)
            #expect(index.id(for: probe) == expected[Taxonomy.normalise(probe)], "\(probe.debugDescription)")
            #expect(index[normalised: key] == id)
        }
        #expect(index.all == expected)
        #expect(index == { var copy = NameIndex(); for (key, id) in expected { copy[normalised: key] = id }; return copy }())
    }

    @Test func aTaxonomyFindsASkillByEveryNameAsWritten() {
        var taxonomy = Taxonomy([SkillDefinition(id: "kubernetes", name: "Kubernetes", aliases: ["k8s", "Kube Engine"], location: Self.here)])
        for written in ["kubernetes", "KUBERNETES", "  Kubernetes ", "k8s", "K8S", "kube-engine", "Kube__Engine", "kube  engine"] {
            #expect(taxonomy.id(for: written) == "kubernetes", "\(written)")
        }
        #expect(taxonomy.id(for: "kube") == nil)
        #expect(taxonomy.id(for: "") == nil)
        // A skill added again under its id loses the names it no longer has.
        taxonomy.add(SkillDefinition(id: "kubernetes", name: "Kubernetes", aliases: [], location: Self.here))
        #expect(taxonomy.id(for: "k8s") == nil)
        #expect(taxonomy.id(for: "Kubernetes") == "kubernetes")
        // Names that are not ASCII are normalised by characters.
        taxonomy.add(SkillDefinition(id: "cafe", name: "Café Ops", aliases: [], location: Self.here))
        #expect(taxonomy.id(for: "CAFÉ-ops") == "cafe")
    }

    @Test func aCatalogFindsARoleByItsIdTitleOrAliasAsWritten() throws {
        let catalog = try #require(PlanFixture().read().plan).catalog
        let role = try #require(catalog.roles["staff-engineer"])
        for written in [role.id, role.title, role.title.uppercased(), role.id.replacingOccurrences(of: "-", with: " ")] + role.aliases {
            #expect(catalog.role(named: written)?.id == role.id, "\(written)")
        }
        #expect(catalog.role(named: "Staff") == nil)
    }
}
