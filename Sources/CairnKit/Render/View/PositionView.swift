/// Everything the "position and paths" report shows, pre-formatted for its templates.
public struct PositionView: Sendable, Equatable, Encodable {
    public var header: ReportHeader
    public var position: PositionSummaryView
    /// The profile body's sections, in the person's words.
    public var profileSections: [QuotedSection]
    public var hasProfileSections: Bool
    public var skillMap: [SkillCategoryView]
    public var hasSkillMap: Bool
    /// The readiness parts, the same for every role: "40", "30", "30".
    public var weights: ReadinessWeightsView
    public var readiness: [ReadinessView]
    public var hasReadiness: Bool
    public var tree: [TreeRow]
    public var hasTree: Bool
    /// Roles reached by a lateral move or a pivot anywhere in the tree.
    public var laterals: [TreeRow]
    public var hasLaterals: Bool
    public var focus: FocusView?
    /// The career tree as a Mermaid `graph` (Markdown pages).
    public var mermaid: String
    /// Inline SVG charts (HTML pages).
    public var charts: PositionCharts
}

/// The title block every report starts with.
public struct ReportHeader: Sendable, Equatable, Encodable {
    public var title: String
    /// The person's name, or "your plan".
    public var person: String
    public var asOf: String
}

/// The maximum points of the readiness parts.
public struct ReadinessWeightsView: Sendable, Equatable, Encodable {
    public var technical: String
    public var experience: String
    public var demonstrated: String
}

/// The SVG charts of the position report.
public struct PositionCharts: Sendable, Equatable, Encodable {
    public var readiness: String
    public var skillMap: String
    public var careerTree: String
}

/// The role a report was asked to focus on: its readiness, gaps, overlap and behaviours.
public struct FocusView: Sendable, Equatable, Encodable {
    public var readiness: ReadinessView
    /// "IC, level 4; typically 8 years; typical pay 200,000-260,000 USD".
    public var facts: String
    public var hasFacts: Bool
    /// How it is reached from the current role, or that it is not in the career tree.
    public var move: String
    /// Skills asked for above the level held, required first, larger gaps first.
    public var gaps: [CoverageRow]
    public var hasGaps: Bool
    /// Skills asked for that are held at the level asked.
    public var overlap: String
    public var hasOverlap: Bool
    /// "3 saved postings name this role; 2 were posted in the 90 days before 2026-11-23."
    public var market: String
    public var behaviours: MarkdownText?
}

extension PositionView {
    /// The view of `analysis` for `plan`'s person.
    public init(plan: Plan, analysis: Analysis) {
        header = ReportHeader(title: "Position and paths", person: plan.profile.name ?? "your plan", asOf: analysis.asOf.description)
        position = PositionSummaryView(analysis.position, plan: plan)
        profileSections = plan.profile.sections.map { QuotedSection(title: $0.title, body: MarkdownText($0.markdown, headingLevel: 5)) }
        hasProfileSections = !profileSections.isEmpty
        skillMap = SkillCategoryView.all(analysis.skillMap)
        hasSkillMap = !skillMap.isEmpty
        let weights = plan.settings.readinessWeights
        self.weights = ReadinessWeightsView(technical: Format.number(weights.technical), experience: Format.number(weights.experience),
                                            demonstrated: Format.number(weights.demonstrated))
        readiness = analysis.readiness.map { ReadinessView($0, plan: plan, asOf: analysis.asOf) }
        hasReadiness = !readiness.isEmpty
        tree = TreeRow.rows(analysis.careerTree, plan: plan)
        hasTree = !tree.isEmpty
        laterals = tree.filter { $0.move == Transition.lateral.rawValue || $0.move == Transition.pivot.rawValue }
        hasLaterals = !laterals.isEmpty
        focus = analysis.focus.map { FocusView($0, plan: plan, analysis: analysis) }
        mermaid = MermaidGraph.careerTree(analysis.careerTree)
        charts = PositionCharts(readiness: StackedBarChart.readiness(analysis.readiness),
                                skillMap: SkillMapChart.svg(analysis.skillMap),
                                careerTree: CareerTreeChart.svg(analysis.careerTree))
    }
}

extension FocusView {
    init(_ readiness: Readiness, plan: Plan, analysis: Analysis) {
        self.readiness = ReadinessView(readiness, plan: plan, asOf: analysis.asOf)
        let role = plan.catalog.roles[readiness.roleID]
        var facts: [String] = []
        if let role {
            facts.append("\(role.track == .ic ? "IC" : role.track.rawValue) track, level \(role.level), \(role.category)")
            if let years = role.years { facts.append("typically \(Format.years(years)) of experience") }
            if let salary = role.salary, let low = salary.min, let high = salary.max {
                facts.append("typical pay \(Format.amount(low))-\(Format.amount(high)) \(salary.currency)")
            }
        }
        self.facts = facts.joined(separator: "; ")
        hasFacts = !facts.isEmpty
        move = Self.move(to: readiness.roleID, in: analysis.careerTree) ?? "not in your career tree: no `next` link or goal leads there"
        gaps = readiness.technical.skills.filter { $0.gap > 0 }
            .sorted { ($0.required ? 0 : 1, -$0.gap, $0.name) < ($1.required ? 0 : 1, -$1.gap, $1.name) }
            .map(CoverageRow.init)
        hasGaps = !gaps.isEmpty
        let held = readiness.technical.skills.filter { $0.gap == 0 }.map(\.name)
        overlap = held.joined(separator: ", ")
        hasOverlap = !held.isEmpty
        let naming = role.map { role in plan.postings.filter { $0.status != .rejected && Market.names($0, role) } } ?? []
        let recent = naming.filter { Market.isRecent($0, asOf: analysis.asOf) }.count
        market = naming.isEmpty
            ? "No saved posting (not rejected) names this role."
            : "\(Format.count(naming.count, "saved posting")) \(naming.count == 1 ? "names" : "name") this role; "
                + "\(recent) \(recent == 1 ? "was" : "were") posted in the \(Market.recentDays) days before \(analysis.asOf)."
        behaviours = role.flatMap { $0.body.trimmingSpaces.isEmpty ? nil : MarkdownText($0.body, headingLevel: 4) }
    }

    /// "promotion from Senior Software Engineer" for a role in the tree.
    static func move(to roleID: String, in tree: PathNode?) -> String? {
        guard let tree else { return nil }
        if tree.roleID == roleID { return "your current role" }
        func search(_ node: PathNode) -> String? {
            for child in node.children {
                if child.roleID == roleID, let transition = child.transition { return "\(transition.rawValue) from \(node.title)" }
                if let found = search(child) { return found }
            }
            return nil
        }
        return search(tree)
    }
}

extension String {
    /// The string without leading and trailing spaces and line breaks.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
