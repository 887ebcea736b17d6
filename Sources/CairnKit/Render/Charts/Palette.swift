/// The reports' colours: a restrained palette that survives printing in greyscale.
enum Palette {
    static let ink = "#1f2933"
    static let muted = "#616e7c"
    static let rule = "#d9dee3"
    static let track = "#eef1f4"
    static let technical = "#3b6ea5"
    static let experience = "#5f9c8a"
    static let demonstrated = "#d19a3c"
    static let matchParts = ["#3b6ea5", "#5f9c8a", "#d19a3c", "#8a6fa8", "#c26d5c"]

    /// The colour of a readiness tier.
    static func tier(_ tier: ReadinessTier) -> String {
        switch tier {
        case .readyNow: "#2f7d4f"
        case .goodFit: "#3b6ea5"
        case .stretch: "#b7791f"
        case .aspirational: "#8a94a0"
        }
    }

    /// A light fill for boxes of a tier.
    static func tierFill(_ tier: ReadinessTier) -> String {
        switch tier {
        case .readyNow: "#e8f4ec"
        case .goodFit: "#e7eff7"
        case .stretch: "#f9f0df"
        case .aspirational: "#f2f3f5"
        }
    }
}
