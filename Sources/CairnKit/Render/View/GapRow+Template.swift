import Mustache

/// The gap table has a row for every gap of a plan, hundreds on a large one: the rows are looked
/// up as they are (see `TemplateObject`).
extension GapRow: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "priority": priority
        case "priorityClass": priorityClass
        case "tiers": tiers
        case "skill": skill
        case "current": current
        case "needed": needed
        case "gap": gap
        case "hours": hours
        case "hoursParts": hoursParts
        case "hasHoursParts": hasHoursParts
        case "steps": steps
        case "weeks": weeks
        case "weeksLine": weeksLine
        case "bucket": bucket
        case "roles": roles
        case "hasRoles": hasRoles
        case "market": market
        case "hasMarket": hasMarket
        case "why": why
        case "resource": resource
        case "hasResource": hasResource
        case "goals": goals
        default: nil
        }
    }
}
