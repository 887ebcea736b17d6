/// The rows an analysis has hundreds of (its scheduled items, months, milestones, gaps and the
/// market's skill frequencies) written straight
/// with `JSONWriter`: the bytes `JSONEncoding` writes through their `Encodable` conformances
/// (snake_case keys in sorted order, an absent optional left out), without the coding containers,
/// which cost about a thousand instructions a value. `JSONEncoding` hands them here when it
/// converts keys to snake_case (`JSONRenderer`); RowsJSONTests compare the bytes with the
/// containers' and with Foundation's JSONEncoder. A row holding a number that is not finite goes
/// to the containers, which throw as Foundation does.
extension JSONWriter {
    /// `item` written straight, its opening line indented by `level`, when its numbers are
    /// finite; false, and nothing written, otherwise.
    mutating func writeRow(_ item: ScheduledItem, level: Int) -> Bool {
        guard item.placedHours.isFinite, item.item.hours.isFinite else { return false }
        write(item, level: level)
        return true
    }

    /// `month` written straight as `writeRow(_:level:)` writes an item.
    mutating func writeRow(_ month: MonthPlan, level: Int) -> Bool {
        guard month.hours.isFinite, month.items.allSatisfy(\.hours.isFinite) else { return false }
        write(month, level: level)
        return true
    }

    /// `gap` written straight as `writeRow(_:level:)` writes an item.
    mutating func writeRow(_ gap: Gap, level: Int) -> Bool {
        guard gap.isFinite else { return false }
        write(gap, level: level)
        return true
    }

    /// `milestone` written straight (its numbers are none).
    mutating func writeRow(_ milestone: Milestone, level: Int) -> Bool {
        byte(123)
        var first = true
        member("date", &first, level)
        string(milestone.date.description)
        member("goal_id", &first, level)
        string(milestone.goalID)
        member("item_id", &first, level)
        string(milestone.itemID)
        member("title", &first, level)
        string(milestone.title)
        close(125, count: 1, indent: level)
        return true
    }

    /// `frequency` written straight as `writeRow(_:level:)` writes an item.
    mutating func writeRow(_ frequency: SkillFrequency, level: Int) -> Bool {
        guard frequency.requiredShare.isFinite, frequency.preferredShare.isFinite else { return false }
        byte(123)
        var first = true
        member("name", &first, level)
        string(frequency.name)
        member("postings", &first, level)
        integer(frequency.postings)
        member("preferred_by", &first, level)
        integer(frequency.preferredBy)
        member("preferred_share", &first, level)
        double(frequency.preferredShare)
        member("required_by", &first, level)
        integer(frequency.requiredBy)
        member("required_share", &first, level)
        double(frequency.requiredShare)
        member("skill_id", &first, level)
        string(frequency.skillID)
        member("tier", &first, level)
        string(frequency.tier.label)
        close(125, count: 1, indent: level)
        return true
    }

    private mutating func write(_ scheduled: ScheduledItem, level: Int) {
        byte(123)
        var first = true
        member("item", &first, level)
        write(scheduled.item, level: level + 1)
        member("late", &first, level)
        bool(scheduled.late)
        day("milestone", scheduled.milestone, &first, level)
        member("placed_hours", &first, level)
        double(scheduled.placedHours)
        day("start", scheduled.start, &first, level)
        close(125, count: 1, indent: level)
    }

    private mutating func write(_ item: WorkItem, level: Int) {
        byte(123)
        var first = true
        member("after", &first, level)
        strings(item.after, level: level + 1)
        day("deadline", item.deadline, &first, level)
        day("due", item.due, &first, level)
        text("every", item.every?.rawValue, &first, level)
        member("goal_id", &first, level)
        string(item.goalID)
        member("goal_ids", &first, level)
        strings(item.goalIDs, level: level + 1)
        member("hours", &first, level)
        double(item.hours)
        member("id", &first, level)
        string(item.id)
        member("kind", &first, level)
        string(item.kind.rawValue)
        if let itemLevel = item.level {
            member("level", &first, level)
            integer(itemLevel)
        }
        member("priority", &first, level)
        string(item.priority.label)
        text("skill_id", item.skillID, &first, level)
        text("source", item.source, &first, level)
        member("title", &first, level)
        string(item.title)
        close(125, count: 1, indent: level)
    }

    private mutating func write(_ month: MonthPlan, level: Int) {
        byte(123)
        var first = true
        member("hours", &first, level)
        double(month.hours)
        member("items", &first, level)
        byte(91)
        for (index, item) in month.items.enumerated() {
            separator(first: index == 0, indent: level + 2)
            byte(123)
            var firstOfItem = true
            member("hours", &firstOfItem, level + 2)
            double(item.hours)
            member("item_id", &firstOfItem, level + 2)
            string(item.itemID)
            member("title", &firstOfItem, level + 2)
            string(item.title)
            close(125, count: 1, indent: level + 2)
        }
        close(93, count: month.items.count, indent: level + 1)
        member("month", &first, level)
        string(month.month)
        close(125, count: 1, indent: level)
    }

    private mutating func write(_ gap: Gap, level: Int) {
        byte(123)
        var first = true
        member("bucket", &first, level)
        string(gap.bucket.rawValue)
        member("current", &first, level)
        integer(gap.current)
        member("effort_hours", &first, level)
        double(gap.effortHours)
        text("frequency_tier", gap.frequencyTier?.label, &first, level)
        member("gap", &first, level)
        integer(gap.gap)
        member("goal_ids", &first, level)
        strings(gap.goalIDs, level: level + 1)
        member("name", &first, level)
        string(gap.name)
        member("needed", &first, level)
        integer(gap.needed)
        member("needs", &first, level)
        byte(91)
        for (index, need) in gap.needs.enumerated() {
            separator(first: index == 0, indent: level + 2)
            write(need, level: level + 2)
        }
        close(93, count: gap.needs.count, indent: level + 1)
        member("postings", &first, level)
        integer(gap.postings)
        member("priority", &first, level)
        string(gap.priority.label)
        if let requiredBy = gap.requiredBy {
            member("required_by", &first, level)
            integer(requiredBy)
        }
        text("resource_id", gap.resourceID, &first, level)
        text("role_tier", gap.roleTier?.label, &first, level)
        member("skill_id", &first, level)
        string(gap.skillID)
        member("steps", &first, level)
        byte(91)
        for (index, step) in gap.steps.enumerated() {
            separator(first: index == 0, indent: level + 2)
            write(step, level: level + 2)
        }
        close(93, count: gap.steps.count, indent: level + 1)
        if let weeks = gap.weeks {
            member("weeks", &first, level)
            double(weeks)
        }
        close(125, count: 1, indent: level)
    }

    private mutating func write(_ need: GapNeed, level: Int) {
        byte(123)
        var first = true
        member("goal_id", &first, level)
        string(need.goalID)
        member("level", &first, level)
        integer(need.level)
        text("role_id", need.roleID, &first, level)
        member("source", &first, level)
        string(need.source.rawValue)
        close(125, count: 1, indent: level)
    }

    private mutating func write(_ step: GapStep, level: Int) {
        byte(123)
        var first = true
        member("basis", &first, level)
        string(step.basis)
        member("hours", &first, level)
        double(step.hours)
        member("level", &first, level)
        integer(step.level)
        if let logged = step.loggedHours {
            member("logged_hours", &first, level)
            double(logged)
        }
        day("logged_since", step.loggedSince, &first, level)
        text("resource_id", step.resourceID, &first, level)
        close(125, count: 1, indent: level)
    }

    /// An array of texts whose opening bracket stands on a line indented by `level`.
    private mutating func strings(_ values: [String], level: Int) {
        byte(91)
        for (index, value) in values.enumerated() {
            separator(first: index == 0, indent: level + 1)
            string(value)
        }
        close(93, count: values.count, indent: level)
    }

    /// The member `key` with a text, left out when there is none.
    private mutating func text(_ key: StaticString, _ value: String?, _ first: inout Bool, _ level: Int) {
        guard let value else { return }
        member(key, &first, level)
        string(value)
    }

    /// The member `key` with a day, as `Day` encodes itself, left out when there is none.
    private mutating func day(_ key: StaticString, _ value: Day?, _ first: inout Bool, _ level: Int) {
        text(key, value?.description, &first, level)
    }
}

extension Gap {
    /// Whether every number of the gap is finite, as JSON can hold it.
    var isFinite: Bool {
        effortHours.isFinite && (weeks?.isFinite ?? true)
            && steps.allSatisfy { $0.hours.isFinite && ($0.loggedHours?.isFinite ?? true) }
    }
}
