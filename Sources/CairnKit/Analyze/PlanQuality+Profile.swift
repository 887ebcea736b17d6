extension PlanQuality.Checks {
    /// Days up to as_of a log entry must fall in.
    static let recentLogDays = 30

    /// The `checklist:` items of profile.md: their check's section and title, what a false answer
    /// means, and what an absent one leaves unsaid.
    static let checklistItems: [String: (section: String, title: String, notYet: String, whether: String)] = [
        "values_aligned": ("Self-knowledge", "Goals checked against your values",
                           "your goals are not yet checked against your values", "your goals are checked against your values"),
        "network_mapped": ("Network and visibility", "Professional network mapped",
                           "your professional network is not mapped yet (who you know, who you need to know)",
                           "your professional network is mapped"),
        "personal_brand": ("Network and visibility", "Personal brand defined",
                           "your personal brand is not defined yet (what you want to be known for, and where)",
                           "your personal brand is defined"),
        "mentor": ("Support", "A mentor or coach", "you have no mentor or coach yet", "you have a mentor or coach"),
        "manager_discussed": ("Support", "Goals discussed with your manager",
                              "your goals are not yet discussed with your manager", "you have discussed your goals with your manager"),
    ]

    func p0Resources() -> QualityCheck {
        let title = "A resource for every P0 gap"
        let critical = facts.gaps.gaps.filter { $0.priority == .p0 }
        guard !critical.isEmpty else { return .notApplicable("p0-resources", "Skills", title, because: "no P0 gap") }
        return .result("p0-resources", "Skills", title, findings: critical.filter { $0.resourceID == nil }.map { gap in
            QualityFinding(
                message: "no resource for the P0 gap \(gap.name) (\(gap.current) -> \(gap.needed))",
                fix: "add a file such as \(folder)resources/\(gap.skillID).md with `title:`, `kind:`, "
                    + "`skills: {\(gap.name): \(gap.needed)}`, `hours:` and `cost:`",
                location: goals.first { gap.goalIDs.contains($0.id) }.map { goalLocation($0, "target") } ?? profileStart)
        }, detail: "every P0 gap has a resource")
    }

    func hoursPerWeek() -> QualityCheck {
        let hours = plan.profile.time.hoursPerWeek
        return .result("hours-per-week", "Time and budget", "Hours per week for development", findings: (hours ?? 0) > 0 ? [] : [QualityFinding(
            message: hours == nil ? "no hours per week for development are set" : "time.hours_per_week is 0",
            fix: "set `hours_per_week:` under `time:` in \(profilePath) to the hours a week you can give, for example 5",
            location: profileLocation("time.hours_per_week"))], detail: "\(Format.number(hours ?? 0)) hours a week")
    }

    func budgetSet() -> QualityCheck {
        let budget = plan.profile.time.budget
        return .result("budget-set", "Time and budget", "A yearly learning budget", findings: budget != nil ? [] : [QualityFinding(
            message: "no yearly learning budget is set",
            fix: "add `budget:` (per year, in time.currency; 0 is a budget too) under `time:` in \(profilePath)",
            location: profileLocation("time.budget"))],
            detail: budget.map { Format.money($0, plan.profile.time.currency) + " a year" } ?? "")
    }

    func budgetCoversCosts() -> QualityCheck {
        let title = "The budget covers the scheduled resources"
        let costs = facts.costs
        guard let budget = costs.budget else {
            return .notApplicable("budget-covers-costs", "Time and budget", title, because: "no budget set")
        }
        return .result("budget-covers-costs", "Time and budget", title, findings: costs.exceedsBudget ? [QualityFinding(
            message: "the resources scheduled to start by \(costs.until) cost \(Format.money(costs.total, costs.currency)), "
                + "above the budget of \(Format.money(budget, costs.currency))",
            fix: "raise `budget:` under `time:` in \(profilePath) to at least \(Format.amount(costs.total)), "
                + "or choose cheaper resources in \(folder)resources/",
            location: profileLocation("time.budget"))] : [],
            detail: "\(Format.money(costs.total, costs.currency)) of \(Format.money(budget, costs.currency)) in the 12 months after \(asOf)")
    }

    func recentLog() -> QualityCheck {
        let from = asOf.adding(days: -Self.recentLogDays)
        let last = Risks.lastLogEntry(plan, asOf: asOf)
        let recent = last.map { $0.date >= from } ?? false
        return .result("recent-log", "Tracking", "A log entry in the last \(Self.recentLogDays) days", findings: recent ? [] : [QualityFinding(
            message: "no log entry between \(from) and \(asOf)" + (last.map { " (the last is on \($0.date))" } ?? ""),
            fix: "log what you did: `cairn log \"1h Skill: what you did\"`, or a list item under `## \(asOf)` in "
                + "\(folder)log/\(String(asOf.description.prefix(7))).md",
            location: last?.location ?? profileStart)], detail: last.map { "last entry \($0.date)" } ?? "")
    }

    func reviewCadence() -> QualityCheck {
        let settings = plan.settings
        let example = "`review: [monthly, quarterly]`"
        let location = settings.fieldLocations["review"] ?? settings.path.map { SourceLocation(path: $0, line: 1) } ?? profileStart
        return .result("review-cadence", "Tracking", "A review cadence", findings: settings.review.isEmpty ? [QualityFinding(
            message: "no review cadence is set",
            fix: settings.path.map { "add \(example) to \($0)" } ?? "create \(folder)cairn.yml with the line \(example)",
            location: location)] : [], detail: settings.review.map(\.rawValue).joined(separator: ", "))
    }

    func strengthsWritten() -> QualityCheck {
        bodySection("strengths-written", "Strengths written down", words: ["strength", "strengths"], heading: "Strengths",
                    what: "what you do best")
    }

    func valuesWritten() -> QualityCheck {
        bodySection("values-written", "Values written down", words: ["value", "values"], heading: "Values",
                    what: "what matters to you in work")
    }

    /// A profile body section (level 1 or 2) whose title has one of `words`, with text in it.
    func bodySection(_ id: String, _ title: String, words: Set<String>, heading: String, what: String) -> QualityCheck {
        let sections = plan.profile.sections.filter { section in
            !words.isDisjoint(with: section.title.lowercased().split { !$0.isLetter }.map(String.init))
        }
        let written = sections.first { !$0.markdown.allSatisfy(\.isWhitespace) }
        return .result(id, "Self-knowledge", title, findings: written != nil ? [] : [QualityFinding(
            message: sections.isEmpty ? "no \(heading) section in the profile" : "the \(heading) section of the profile is empty",
            fix: "write \(what) under a `## \(heading)` heading in the body of \(profilePath)",
            location: sections.first?.location ?? profileStart)], detail: written.map { "\($0.title) (\($0.location))" } ?? "")
    }

    /// A `checklist:` item of profile.md: true passes; false or absent fails.
    func checklist(_ key: String) -> QualityCheck {
        let item = Self.checklistItems[key]!
        let answer = plan.profile.checklist[key]
        let id = "checklist-" + key.replacingOccurrences(of: "_", with: "-")
        let finding: QualityFinding? = switch answer {
        case true?: nil
        case false?: QualityFinding(
            message: "checklist.\(key) is false: \(item.notYet)",
            fix: "once it is done, set `\(key): true` under `checklist:` in \(profilePath)",
            location: profileLocation("checklist.\(key)"))
        case nil: QualityFinding(
            message: "the checklist does not say whether \(item.whether) (\(key))",
            fix: "add `\(key): true` (or false until it is done) under `checklist:` in \(profilePath)",
            location: profileLocation("checklist.\(key)"))
        }
        return .result(id, item.section, item.title, findings: finding.map { [$0] } ?? [], detail: "checklist.\(key) is true")
    }
}
