import Foundation

/// The files of a new plan, from templates/init/ with its dates filled in.
public enum Scaffold {
    /// Paths (relative to the plan) and texts. `{{today}}`, `{{month}}`, `{{in_3_months}}`,
    /// `{{in_18_months}}` and `{{in_6_years}}` are replaced by dates from `today`;
    /// a file named `gitignore` becomes `.gitignore`.
    public static func files(today: Day) -> [(path: String, text: String)] {
        let month = String(today.description.prefix(7))
        let replacements = [
            "{{today}}": today.description,
            "{{month}}": month,
            "{{in_2_weeks}}": today.adding(days: 14).description,
            "{{in_3_months}}": monthsLater(today, 3),
            "{{in_18_months}}": monthsLater(today, 18),
            "{{in_6_years}}": monthsLater(today, 72),
        ]
        return Templates.files(under: "init/").map { path, text in
            var path = path, text = text
            for (key, value) in replacements {
                path = path.replacingOccurrences(of: key, with: value)
                text = text.replacingOccurrences(of: key, with: value)
            }
            if path == "gitignore" { path = ".gitignore" }
            return (path, text)
        }
    }

    /// The month `count` months after `day`'s month, as YYYY-MM.
    static func monthsLater(_ day: Day, _ count: Int) -> String {
        let index = day.year * 12 + (day.month - 1) + count
        let year = index / 12, month = index % 12 + 1
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }
}
