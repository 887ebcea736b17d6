@testable import CairnKit

/// Builds a plan from inline file texts, for reader tests.
struct PlanFixture {
    var input = PlanInput(profilePath: "profile.md")

    init(profile: String = PlanFixture.minimalProfile) {
        input.profile = SourceFile(path: "profile.md", text: profile)
    }

    static let minimalProfile = "---\ntitle: Senior Software Engineer\nexperience: 6\n---\n"

    mutating func add(_ path: String, _ text: String) {
        let file = SourceFile(path: path, text: text)
        switch path.split(separator: "/").first {
        case "goals": input.goals.append(file)
        case "roles": input.roles.append(file)
        case "jobs": input.jobs.append(file)
        case "resources": input.resources.append(file)
        case "companies": input.companies.append(file)
        case "log": input.log.append(file)
        default:
            if path == "cairn.yml" { input.settings = file } else if path == "skills.yml" { input.skills = file }
        }
    }

    func read() -> (plan: Plan?, diagnostics: [Diagnostic]) {
        let (plan, diagnostics) = PlanReader.read(input)
        return (plan, diagnostics.sorted)
    }

    /// The codes reported, in file order.
    func codes() -> [String] { read().diagnostics.map(\.code.rawValue) }
}
