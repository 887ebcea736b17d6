/// Everything the "market" report shows, pre-formatted for its templates.
public struct MarketView: Sendable, Equatable, Encodable {
    public var header: ReportHeader
    /// Titles of the active goals' target roles: "Staff Engineer and Principal Engineer".
    public var targets: String
    /// Which postings the numbers are over, in a sentence.
    public var basis: String
    public var demand: DemandView
    public var salaries: [SalaryRow]
    public var hasSalaries: Bool
    /// The person's own figures beside the table: "Your salary: target 240,000 USD, minimum 195,000 USD and current 186,000 USD."
    public var salaryNote: String
    public var frequencies: [FrequencyRow]
    public var hasFrequencies: Bool
    public var matches: [MatchRow]
    public var hasMatches: Bool
    public var pipeline: [StatusRow]
    public var savedPostings: String
    public var charts: MarketCharts
}

/// Demand: how many target postings there are, and how recent.
public struct DemandView: Sendable, Equatable, Encodable {
    public var postings: String
    public var recent: String
    public var windowDays: String
    public var undated: String
    /// "5 of 12 target postings were posted in the 90 days before 2026-11-23; 1 has no date."
    public var line: String
}

/// Posted salaries for one role in one currency.
public struct SalaryRow: Sendable, Equatable, Encodable {
    public var role: String
    public var currency: String
    public var postings: String
    public var minimum: String
    public var lowerQuartile: String
    public var median: String
    public var upperQuartile: String
    public var maximum: String
}

/// How often target postings ask for one skill, and the person's level in it.
public struct FrequencyRow: Sendable, Equatable, Encodable {
    public var skill: String
    public var requiredBy: String
    public var requiredShare: String
    /// The share as a number for bar widths: "75".
    public var requiredPercent: String
    public var preferredBy: String
    public var preferredShare: String
    public var preferredPercent: String
    public var tier: String
    public var tierClass: String
    public var yourLevel: String
}

/// One saved posting's match with its five parts.
public struct MatchRow: Sendable, Equatable, Encodable {
    public var rank: String
    public var title: String
    public var company: String
    public var hasCompany: Bool
    /// "Seattle, WA · hybrid".
    public var place: String
    public var hasPlace: Bool
    public var status: String
    public var total: String
    /// An http(s) address of the posting, or empty: other schemes are never linked.
    public var url: String
    public var hasURL: Bool
    /// title, location, skills, experience, salary.
    public var parts: [MatchPartRow]
}

/// One part of a match: points out of the maximum, and why.
public struct MatchPartRow: Sendable, Equatable, Encodable {
    public var name: String
    public var points: String
    public var maximum: String
    public var reason: String
}

/// Saved postings in one status.
public struct StatusRow: Sendable, Equatable, Encodable {
    public var status: String
    public var count: String
    /// The postings, "Staff Engineer (Corvid Systems); ..." (titles may hold commas).
    public var postings: String
}

/// The SVG charts of the market report.
public struct MarketCharts: Sendable, Equatable, Encodable {
    /// One salary chart per currency, one after the other.
    public var salaries: String
    /// Every ranked posting's score in its parts, made when the page shows it.
    public var matches: ChartMarkup
}

extension MarketView {
    /// The view of `analysis`'s market and job matches for `plan`'s person.
    public init(plan: Plan, analysis: Analysis) {
        let market = analysis.market
        let asOf = analysis.asOf
        header = ReportHeader(title: "Market", person: plan.profile.name ?? "your plan", asOf: asOf.description)
        targets = Format.list(market.targetRoleIDs.map { plan.catalog.roles[$0]?.title ?? $0 })
        basis = Self.basis(plan: plan, market: market)
        let demand = market.demand
        var line = "\(demand.recent) of \(Format.count(demand.postings, "target posting")) "
            + "\(demand.recent == 1 ? "was" : "were") posted in the \(demand.windowDays) days before \(asOf)"
        if demand.undated > 0 { line += "; \(demand.undated) \(demand.undated == 1 ? "has" : "have") no date" }
        self.demand = DemandView(postings: String(demand.postings), recent: String(demand.recent),
                                 windowDays: String(demand.windowDays), undated: String(demand.undated), line: line + ".")
        salaries = market.salaries.map { stats in
            SalaryRow(role: stats.role, currency: stats.currency, postings: String(stats.postings),
                      minimum: Format.amount(stats.minimum), lowerQuartile: Format.amount(stats.lowerQuartile),
                      median: Format.amount(stats.median), upperQuartile: Format.amount(stats.upperQuartile),
                      maximum: Format.amount(stats.maximum))
        }
        hasSalaries = !salaries.isEmpty
        salaryNote = Self.salaryNote(plan.profile.salary)
        frequencies = FrequencyRow.rows(market, plan: plan)
        hasFrequencies = !frequencies.isEmpty
        // Postings by position, read in place: a posting is a large value, and copying thousands
        // of them (once to look them up, once per status) showed in profiles.
        let positions = Dictionary(plan.postings.indices.map { (plan.postings[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        var maxima = ShownMaxima(parts: 5)
        matches = analysis.matches.enumerated().map { index, match in
            MatchRow(match, rank: index + 1, posting: positions[match.postingID].map { plan.postings[$0] }, maxima: &maxima)
        }
        hasMatches = !matches.isEmpty
        var titles: [String: [String]] = [:]
        for index in plan.postings.indices {
            let (title, company) = (plan.postings[index].title, plan.postings[index].company)
            titles[plan.postings[index].status.rawValue, default: []].append(company.map { "\(title) (\($0))" } ?? title)
        }
        pipeline = market.pipeline.map { status in
            StatusRow(status: status.status, count: String(status.count),
                      postings: TextOrder.sorted(titles[status.status] ?? []).joined(separator: "; "))
        }
        savedPostings = String(plan.postings.count)
        let currencies = Array(Set(market.salaries.map(\.currency))).sorted()
        charts = MarketCharts(
            salaries: currencies.map { currency in
                let target = plan.profile.salary.flatMap { $0.currency == currency ? $0.target : nil }
                return SalaryChart.svg(market.salaries.filter { $0.currency == currency }, currency: currency, target: target)
            }.joined(separator: "\n"),
            matches: StackedBarChart.matches(analysis.matches))
    }

    /// Which postings the market's numbers are over, in a sentence.
    static func basis(plan: Plan, market: Market) -> String {
        let targetTitles = market.targetRoleIDs.map { plan.catalog.roles[$0]?.title ?? $0 }
        let targets = Format.list(targetTitles)
        let open = plan.postings.filter { $0.status != .rejected }.count
        if plan.postings.isEmpty {
            return "The plan has no saved postings in jobs/."
        } else if targetTitles.isEmpty {
            return "No active goal names a target role, so all \(Format.count(open, "saved posting")) not rejected are used."
        } else if market.usesAllPostings {
            return "No saved posting names a target role (\(targets)), so all \(Format.count(open, "posting")) not rejected are used."
        } else {
            return "\(market.targetPostingIDs.count) of the \(Format.count(open, "saved posting")) not rejected name a target role (\(targets))."
        }
    }

    static func salaryNote(_ salary: SalaryExpectation?) -> String {
        guard let salary else { return "Your profile states no salary figures." }
        let figures = [("target", salary.target), ("minimum", salary.minimum), ("current", salary.current)]
            .compactMap { name, value in value.map { "\(name) \(Format.money($0, salary.currency))" } }
        return figures.isEmpty ? "Your profile states no salary figures." : "Your salary: " + Format.list(figures) + "."
    }
}

extension FrequencyRow {
    /// How often the target postings ask for each skill, most required first, with the person's level.
    static func rows(_ market: Market, plan: Plan) -> [FrequencyRow] {
        market.frequencies.map { frequency in
            FrequencyRow(skill: frequency.name, requiredBy: String(frequency.requiredBy),
                         requiredShare: Format.percent(frequency.requiredShare),
                         requiredPercent: String(Numbers.roundHalfUp(frequency.requiredShare * 100)),
                         preferredBy: String(frequency.preferredBy), preferredShare: Format.percent(frequency.preferredShare),
                         preferredPercent: String(Numbers.roundHalfUp(frequency.preferredShare * 100)),
                         tier: frequency.tier.label, tierClass: frequency.tier.label.lowercased(),
                         yourLevel: String(plan.profile.skill(frequency.skillID)?.level.rawValue ?? 0))
        }
    }
}

extension MatchRow {
    /// The row of `match`, its parts' maxima shown through `maxima` (the same in every row).
    init(_ match: JobMatch, rank: Int, posting: Posting?, maxima: inout ShownMaxima) {
        self.rank = String(rank)
        title = match.title
        company = match.company ?? ""
        hasCompany = !company.isEmpty
        place = Format.joined(posting?.city, posting?.remote?.rawValue, separator: " · ")
        hasPlace = !place.isEmpty
        status = match.status
        total = String(match.total)
        let address = posting?.url ?? ""
        url = Self.isWebAddress(address) ? address : ""
        hasURL = !url.isEmpty
        let named = [("title", match.titleFit), ("location", match.location), ("skills", match.skills),
                     ("experience", match.experience), ("salary", match.salary)]
        var parts: [MatchPartRow] = []
        parts.reserveCapacity(named.count)
        for (index, (name, part)) in named.enumerated() {
            parts.append(MatchPartRow(name: name, points: Format.number(part.points), maximum: maxima.number(part.maximum, part: index),
                                      reason: part.reason))
        }
        self.parts = parts
    }

    /// Whether `address` starts with `http://` or `https://`, in any case: other schemes are never
    /// linked. Compared on bytes, not on a lowercased copy, when an ASCII byte or nothing follows
    /// the scheme; else (a combining mark may join its `/`) as characters.
    static func isWebAddress(_ address: String) -> Bool {
        func starts(with scheme: StaticString) -> Bool? {
            let utf8 = address.utf8, count = scheme.utf8CodeUnitCount
            let expected = UnsafeBufferPointer(start: scheme.utf8Start, count: count)
            guard utf8.count >= count else { return false }
            if let next = utf8.dropFirst(count).first, next >= 0x80 { return nil }
            return zip(utf8, expected).allSatisfy { byte, expected in
                byte == expected || (expected >= UInt8(ascii: "a") && expected <= UInt8(ascii: "z") && byte == expected - 32)
            }
        }
        guard let https = starts(with: "https://"), let http = starts(with: "http://") else {
            let lowered = address.lowercased()
            return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
        }
        return https || http
    }
}
