import Mustache

/// The market page ranks every saved posting, each with its five parts: the rows are looked up
/// as they are (see `TemplateObject`).
extension MatchRow: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "rank": rank
        case "title": title
        case "company": company
        case "hasCompany": hasCompany
        case "place": place
        case "hasPlace": hasPlace
        case "status": status
        case "total": total
        case "url": url
        case "hasURL": hasURL
        case "parts": parts
        default: nil
        }
    }
}

extension MatchPartRow: TemplateObject {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "points": points
        case "maximum": maximum
        case "reason": reason
        default: nil
        }
    }
}
