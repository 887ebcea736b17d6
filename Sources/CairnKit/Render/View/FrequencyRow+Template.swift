import Mustache

/// The market page's table of skills has a row for every skill its target postings name,
/// hundreds on a large plan: the rows are looked up as they are (see `TemplateObject`).
extension FrequencyRow: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "skill": skill
        case "requiredBy": requiredBy
        case "requiredShare": requiredShare
        case "requiredPercent": requiredPercent
        case "preferredBy": preferredBy
        case "preferredShare": preferredShare
        case "preferredPercent": preferredPercent
        case "tier": tier
        case "tierClass": tierClass
        case "yourLevel": yourLevel
        default: nil
        }
    }
}
