/// The development plan as a Mermaid `gantt` for Markdown pages: the same bars as the HTML
/// chart, one section per goal, P0 items marked `crit`, and each goal's date as a milestone
/// when it falls in the window.
///
/// Mermaid's gantt lexer ends a task name at `:`, `#`, `;` or a line break, reads a line
/// starting with a keyword (`title`, `section`, `click`, `call`, a date, ...) as that keyword,
/// and drops lines starting with `%%`. Task names therefore start with their priority ("P0 ..."),
/// which no keyword does, and lose those characters; ids are generated (`t1`, `g1`).
enum MermaidGantt {
    static func chart(_ plan: GanttPlan) -> String {
        guard plan.barCount > 0 else { return "" }
        var lines = [
            "gantt",
            "  title Development plan as of \(plan.asOf)",
            "  dateFormat YYYY-MM-DD",
            "  axisFormat %Y-%m",
            "  todayMarker off",
        ]
        var task = 0, goal = 0
        for section in plan.sections {
            var name = section.title
            if let date = section.date { name += ", by \(date)" + (date < plan.to ? "" : " (after the chart)") }
            lines.append("  section \(text(name))")
            for bar in section.bars {
                task += 1
                // `crit` only: Mermaid draws `active` tasks pale, which would hide their priority.
                let tags = bar.priority == .p0 ? ["crit"] : []
                // Mermaid's end dates are exclusive: the day after the milestone (a Sunday) ends the bar.
                let end = bar.clipped ? plan.to : bar.milestone.adding(days: 1)
                var title = "\(bar.priority.label) \(bar.title)"
                if bar.clipped { title += " (ends \(bar.milestone))" }
                if bar.late, let due = bar.due { title += " (late, due \(due))" }
                lines.append("  \(text(title)) :\((tags + ["t\(task)", bar.start.description, end.description]).joined(separator: ", "))")
            }
            if let date = section.date, date < plan.to {
                goal += 1
                lines.append("  Goal date \(date) :milestone, g\(goal), \(date), 0d")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Text safe in a gantt task or section name: no `:`, `#`, `;`, `%%` or line breaks,
    /// runs of spaces as one.
    static func text(_ raw: String) -> String {
        var out = ""
        for character in raw {
            switch character {
            case ":": out += " -"
            case ";": out += ","
            case "#": continue
            case "%": if out.last != "%" { out.append("%") }
            case "\n", "\r", "\r\n", "\t": out.append(" ")
            default: out.append(character)
            }
        }
        let words = out.split(separator: " ", omittingEmptySubsequences: true)
        return words.isEmpty ? "untitled" : words.joined(separator: " ")
    }
}
