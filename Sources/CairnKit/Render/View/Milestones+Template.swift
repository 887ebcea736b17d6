import Mustache

/// The development plan's horizons and quarters list every milestone of the schedule, hundreds
/// on a large plan: they are looked up as they are (see `TemplateObject`).
extension HorizonView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "range": range
        case "milestones": milestones
        case "hasMilestones": hasMilestones
        case "count": count
        default: nil
        }
    }
}

extension QuarterView: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "quarter": quarter
        case "range": range
        case "milestones": milestones
        case "hasMilestones": hasMilestones
        default: nil
        }
    }
}

extension MilestoneRow: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "date": date
        case "title": title
        case "goal": goal
        case "kind": kind
        case "isGoalDate": isGoalDate
        case "isLate": isLate
        case "lateNote": lateNote
        default: nil
        }
    }
}
