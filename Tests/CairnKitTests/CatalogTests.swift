import Testing
@testable import CairnKit

@Suite struct CatalogTests {
    static let plan = PlanFixture().read().plan!

    @Test func builtInCatalogReadsWithoutAnyDiagnostic() {
        var input = PlanInput(profilePath: "profile.md")
        input.profile = SourceFile(path: "profile.md", text: PlanFixture.minimalProfile)
        let (_, diagnostics) = PlanReader.read(input)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items.map { DiagnosticFormatter.text($0) })")
    }

    @Test func builtInCatalogIsLargeEnough() {
        let catalog = Self.plan.catalog
        #expect(catalog.roles.count >= 30)
        #expect(catalog.taxonomy.skills.count >= 120)
        for role in catalog.sortedRoles {
            #expect(role.isBuiltIn)
            #expect(!role.requires.isEmpty, "\(role.id) requires nothing")
            #expect(role.years != nil && role.salary != nil, "\(role.id) lacks years or salary")
            for link in role.next { #expect(catalog.roles[link.roleID] != nil, "\(role.id) -> \(link.roleID)") }
        }
        for id in ["junior-engineer", "staff-engineer", "distinguished-engineer", "tech-lead", "engineering-manager",
                   "director-of-engineering", "vp-engineering", "platform-engineer", "sre", "data-engineer", "ml-engineer",
                   "security-engineer", "mobile-engineer", "frontend-engineer", "solutions-architect", "product-manager",
                   "developer-advocate"] {
            #expect(catalog.roles[id] != nil, "missing \(id)")
        }
    }

    @Test func skillsAreFoundByNameAliasAndIdCaseInsensitively() {
        let taxonomy = Self.plan.catalog.taxonomy
        #expect(taxonomy.id(for: "k8s") == "kubernetes")
        #expect(taxonomy.id(for: "KUBERNETES") == "kubernetes")
        #expect(taxonomy.id(for: "system_design") == "system-design")
        #expect(taxonomy.id(for: "ci-cd") == "ci-cd")
        #expect(taxonomy.id(for: "CI/CD") == "ci-cd")
        #expect(taxonomy.id(for: "golang") == "go")
        #expect(taxonomy.skills["kubernetes"]?.after.contains("containers") == true)
    }

    @Test func rolesAreFoundByIdTitleAndAlias() {
        let catalog = Self.plan.catalog
        #expect(catalog.role(named: "staff-engineer")?.id == "staff-engineer")
        #expect(catalog.role(named: "Staff Software Engineer")?.id == "staff-engineer")
        #expect(catalog.role(named: "site reliability engineer")?.id == "sre")
    }

    @Test func normaliseAndSlug() {
        #expect(Taxonomy.normalise("  System--Design_ ") == "system design")
        #expect(Taxonomy.slug("Infrastructure as Code") == "infrastructure-as-code")
        #expect(Taxonomy.slug("CI/CD") == "ci-cd")
        #expect(Taxonomy.slug("C++") == "cpp")
    }

    @Test func suggestionsFindLikelyTypos() {
        #expect(Suggestions.closest(to: "Kubernetis", in: ["Kubernetes", "Go"]) == "Kubernetes")
        #expect(Suggestions.closest(to: "hybird", in: WorkMode.words) == "hybrid")
        #expect(Suggestions.closest(to: "xyz", in: ["Kubernetes"]) == nil)
        #expect(Suggestions.editDistance(Array("kitten"), Array("sitting")) == 3)
    }
}
