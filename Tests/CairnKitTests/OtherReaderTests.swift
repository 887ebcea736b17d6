import Testing
@testable import CairnKit

@Suite struct OtherReaderTests {
    @Test func readsResourcesAndCompanies() throws {
        var fixture = PlanFixture()
        fixture.add("resources/cka.md", "---\ntitle: CKA course\nkind: certification\nskills: {Kubernetes: 2}\nhours: 40\ncost: 395\ncurrency: eur\nurl: https://example.com\nstatus: in-progress\n---\n")
        fixture.add("companies/acme.md", "---\nname: Acme\nindustry: fintech\nsize: 500\nlocations: [Berlin, London]\nremote: hybrid\nstack: [Go, k8s]\nladder: true\npromotes_internally: false\nculture: 4.5\n---\nNotes.\n")
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let resource = try #require(plan?.resources.first)
        #expect(resource.title == "CKA course" && resource.kind == .certification)
        #expect(resource.skills == [SkillRequirement(skillID: "kubernetes", level: .proficient,
                                                     location: SourceLocation(path: "resources/cka.md", line: 4, column: 10))])
        #expect(resource.hours == 40 && resource.cost == 395 && resource.currency == "EUR")
        #expect(resource.status == .inProgress && resource.url == "https://example.com")
        let company = try #require(plan?.companies.first)
        #expect(company.name == "Acme" && company.industry == "fintech" && company.size == "500")
        #expect(company.locations == ["Berlin", "London"] && company.remote == .hybrid)
        #expect(company.stack == ["go", "kubernetes"])
        #expect(company.ladder == true && company.promotesInternally == false && company.culture == 4.5)
    }

    @Test func readsSettings() throws {
        var fixture = PlanFixture()
        fixture.add("cairn.yml", """
            as_of: 2026-11-23
            out: build/reports
            formats: [md, json]
            currency: EUR
            review: [monthly, yearly]
            weights:
              readiness: {technical: 50, experience: 25, demonstrated: 25}
              match: {title: 20, location: 20, skills: 40, experience: 10, salary: 10}
            """)
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let settings = try #require(plan?.settings)
        #expect(settings.asOf == Day(year: 2026, month: 11, day: 23))
        #expect(settings.out == "build/reports")
        #expect(settings.formats == [.md, .json])
        #expect(settings.currency == "EUR")
        #expect(settings.review == [.monthly, .yearly])
        #expect(settings.readinessWeights.technical == 50 && settings.readinessWeights.demonstrated == 25)
        #expect(settings.matchWeights.skills == 40 && settings.matchWeights.salary == 10)
    }

    @Test func badSettingsAreDiagnosed() {
        var fixture = PlanFixture()
        fixture.add("cairn.yml", "as_of: 2026-11\nout: ../elsewhere\nformats: [md, pdf]\nweights:\n  readiness: {technical: 50, experience: 30, demonstrated: 30}\n")
        #expect(fixture.codes() == ["invalid-date", "invalid-value", "invalid-value", "invalid-weights"])
    }

    @Test func planSkillsAndRolesOverrideTheCatalog() throws {
        var fixture = PlanFixture()
        fixture.add("skills.yml", "- id: kubernetes\n  name: Kubernetes\n  aliases: [kates]\n  hours: [10, 20, 30]\n- name: Ledger Design\n  category: backend\n")
        fixture.add("roles/staff-engineer.md", "---\ntitle: Staff Engineer (ours)\ntrack: ic\nlevel: staff\nyears: 9\nrequires: {Ledger Design: 3, kates: 2}\nnext: {principal-engineer: promotion}\n---\nOur ladder.\n")
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let catalog = try #require(plan?.catalog)
        #expect(catalog.taxonomy.skills["kubernetes"]?.stepHours == [10, 20, 30])
        #expect(catalog.taxonomy.id(for: "k8s") == nil, "the plan's definition replaces the built-in aliases")
        #expect(catalog.taxonomy.id(for: "ledger design") == "ledger-design")
        let role = try #require(catalog.roles["staff-engineer"])
        #expect(role.title == "Staff Engineer (ours)" && role.level == 4 && role.years == 9 && !role.isBuiltIn)
        #expect(role.requires.map(\.skillID) == ["ledger-design", "kubernetes"])
        #expect(role.next == [RoleLink(roleID: "principal-engineer", transition: .promotion,
                                       location: SourceLocation(path: "roles/staff-engineer.md", line: 7, column: 8))])
        #expect(role.body == "Our ladder.")
    }

    @Test func prerequisiteCyclesAreReported() {
        var fixture = PlanFixture()
        fixture.add("skills.yml", "- name: Alpha\n  after: [beta]\n- name: Beta\n  after: [alpha]\n")
        #expect(fixture.codes() == ["prerequisite-cycle"])
    }
}
