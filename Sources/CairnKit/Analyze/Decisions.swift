/// One decision of the seed workflows, with the signals on each side and where each comes from
/// (analysis section 10). It counts; it never recommends.
public struct DecisionFramework: Sendable, Encodable, Equatable {
    /// `internal-vs-external` or `ic-vs-management`.
    public var id: String
    public var title: String
    /// The two sides, each with how many signals support it.
    public var sides: [DecisionSideCount]
    /// Profile signals in the order of their keys, then computed ones.
    public var signals: [DecisionSignal]
    /// Facts looked at that support neither side, and inputs that are missing.
    public var notes: [String]
    /// The counts in words, and nothing more: "4 signals for an internal promotion, 3 for an external move".
    public var summary: String
}

/// A side of a decision.
public enum DecisionSide: String, Sendable, Encodable, CaseIterable {
    case internalPromotion = "internal"
    case externalMove = "external"
    case ic
    case management

    /// How the summary names it.
    public var label: String {
        switch self {
        case .internalPromotion: "an internal promotion"
        case .externalMove: "an external move"
        case .ic: "IC"
        case .management: "management"
        }
    }
}

/// How many signals support one side.
public struct DecisionSideCount: Sendable, Encodable, Equatable {
    public var side: DecisionSide
    public var signals: Int
}

/// A fact that supports one side, as the seeds list signs and concerns.
public struct DecisionSignal: Sendable, Encodable, Equatable {
    public var side: DecisionSide
    public var text: String
    /// `profile.md situation.clear_path`, or `computed: ...` with what it was computed from.
    public var source: String
}

/// Which side a profile answer supports: the seeds' signs, and their concerns read as signs for the other side.
/// A value the seeds say nothing about (most `false` answers) supports neither.
struct DecisionKey {
    var key: String
    var whenTrue: (DecisionSide, String)?
    var whenFalse: (DecisionSide, String)?
}

public enum Decisions {
    /// Underpaid: current salary below this share of the median of postings for the current role.
    public static let underpaidShare = 0.85

    static let situation: [DecisionKey] = [
        DecisionKey(key: "clear_path", whenTrue: (.internalPromotion, "A clear promotion path at your company"),
                    whenFalse: (.externalMove, "No clear path forward at your company")),
        DecisionKey(key: "manager_support", whenTrue: (.internalPromotion, "A strong relationship with your manager")),
        DecisionKey(key: "recent_impact", whenTrue: (.internalPromotion, "Recent impact and visibility")),
        DecisionKey(key: "company_values_retention", whenTrue: (.internalPromotion, "Your company values retention")),
        DecisionKey(key: "compressed_bands", whenTrue: (.externalMove, "Compressed compensation bands")),
        DecisionKey(key: "growth_limited", whenTrue: (.externalMove, "Limited growth opportunities at your company")),
        DecisionKey(key: "political_barriers", whenTrue: (.externalMove, "Political barriers to promotion")),
        DecisionKey(key: "maximized_role", whenTrue: (.externalMove, "You have made the most of the current role"),
                    whenFalse: (.internalPromotion, "You have not made the most of the current role yet")),
        DecisionKey(key: "running_from_problems", whenTrue: (.internalPromotion, "Moving would be running from problems, and they follow")),
    ]

    static let preferences: [DecisionKey] = [
        DecisionKey(key: "technical_depth", whenTrue: (.ic, "You love technical depth")),
        DecisionKey(key: "individual_contribution", whenTrue: (.ic, "You prefer individual contribution")),
        DecisionKey(key: "hands_on", whenTrue: (.ic, "You want to stay hands-on")),
        DecisionKey(key: "uncomfortable_with_ambiguity", whenTrue: (.ic, "You are uncomfortable with ambiguity")),
        DecisionKey(key: "developing_people", whenTrue: (.management, "You enjoy developing people")),
        DecisionKey(key: "organizational_leverage", whenTrue: (.management, "You want organizational leverage")),
        DecisionKey(key: "comfortable_with_ambiguity", whenTrue: (.management, "You are comfortable with ambiguity")),
        DecisionKey(key: "give_up_coding", whenTrue: (.management, "You are ready to give up coding time")),
    ]

    /// Both frameworks: internal vs external, then IC vs management.
    public static func of(_ plan: Plan, market: Market, readiness: [Readiness]) -> [DecisionFramework] {
        let computed = ComputedSignals(plan: plan, market: market, readiness: readiness)
        var internalVsExternal = framework(
            id: "internal-vs-external", title: "Internal promotion vs external move", sides: [.internalPromotion, .externalMove],
            keys: situation, answers: plan.profile.situation, field: "situation", plan: plan)
        for (signal, note) in [computed.underpaid(), computed.goalReadiness(), computed.demand()] {
            if let signal { internalVsExternal.signals.append(signal) }
            if let note { internalVsExternal.notes.append(note) }
        }
        var icVsManagement = framework(
            id: "ic-vs-management", title: "IC vs management", sides: [.ic, .management],
            keys: preferences, answers: plan.profile.preferences, field: "preferences", plan: plan)
        let (signal, note) = computed.trackReadiness()
        if let signal { icVsManagement.signals.append(signal) }
        if let note { icVsManagement.notes.append(note) }
        return [internalVsExternal, icVsManagement].map(counted)
    }

    /// The profile's answers to one framework's keys as signals; unanswered keys as a note.
    static func framework(id: String, title: String, sides: [DecisionSide], keys: [DecisionKey],
                          answers: [String: Bool], field: String, plan: Plan) -> DecisionFramework {
        var signals: [DecisionSignal] = []
        for entry in keys {
            guard let answer = answers[entry.key], let (side, text) = answer ? entry.whenTrue : entry.whenFalse else { continue }
            signals.append(DecisionSignal(side: side, text: text, source: "\(plan.profile.location.path) \(field).\(entry.key)"))
        }
        let missing = keys.map(\.key).filter { answers[$0] == nil }
        let notes = missing.isEmpty ? [] : ["not answered under `\(field):` in \(plan.profile.location.path): " + missing.joined(separator: ", ")]
        return DecisionFramework(id: id, title: title, sides: sides.map { DecisionSideCount(side: $0, signals: 0) },
                                 signals: signals, notes: notes, summary: "")
    }

    /// Fills in the counts and the summary.
    static func counted(_ framework: DecisionFramework) -> DecisionFramework {
        var result = framework
        result.sides = framework.sides.map { side in
            DecisionSideCount(side: side.side, signals: framework.signals.filter { $0.side == side.side }.count)
        }
        result.summary = summary(result.sides)
        return result
    }

    /// "4 signals for an internal promotion, 3 for an external move".
    static func summary(_ sides: [DecisionSideCount]) -> String {
        sides.enumerated().map { index, side in
            (index == 0 ? Format.count(side.signals, "signal") : String(side.signals)) + " for \(side.side.label)"
        }.joined(separator: ", ")
    }
}
