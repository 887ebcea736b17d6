/// A skill level on the 0-3 scale.
public enum Level: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case none = 0, basic = 1, proficient = 2, expert = 3

    /// Reads `0`-`3` or a level name, case-insensitively.
    public init?(text: String) {
        // A digit alone, as most levels are written: read without lowering the text first.
        if text.utf8.count == 1, let digit = text.utf8.first, (48...57).contains(digit) {
            guard let level = Level(rawValue: Int(digit - 48)) else { return nil }
            self = level
            return
        }
        let lowered = text.lowercased()
        if let value = Int(lowered), let level = Level(rawValue: value) {
            self = level
        } else if let level = Level.allCases.first(where: { $0.name == lowered }) {
            self = level
        } else {
            return nil
        }
    }

    public var name: String {
        switch self {
        case .none: "none"
        case .basic: "basic"
        case .proficient: "proficient"
        case .expert: "expert"
        }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
}
