/// What the built-in gap-table templates make of a page's gaps, written straight instead of
/// through swift-mustache: the table has a row for every gap (hundreds on a large plan), and each
/// row looks a dozen names up, each lookup some protocol casts of the Swift runtime at about
/// 1,300 instructions apiece. The bytes are the templates' own (`BuiltInTablesTests` render both ways
/// and compare); a plan's own `gap-table` template is always rendered by swift-mustache.
enum BuiltInGapTable {
    /// The built-in templates written here.
    static let templates: Set<String> = ["gap-table.md", "gap-table.html"]

    /// The table as the built-in template `template` renders it from a page's `gapsNote`,
    /// `hasGaps` and `gaps`; nil for another template.
    static func text(_ template: String, note: String, hasGaps: Bool, gaps: [GapRow]) -> String? {
        let out = ByteStream()
        switch template {
        case "gap-table.md": markdown(note: note, hasGaps: hasGaps, gaps: gaps, into: out)
        case "gap-table.html": html(note: note, hasGaps: hasGaps, gaps: gaps, into: out)
        default: return nil
        }
        return out.text
    }

    /// The page's fields as `text` reads them; nil when they are not what a page of Cairn's holds.
    static func text(_ template: String, page: TemplateFields) -> String? {
        guard let note = page["gapsNote"] as? TemplateText, let hasGaps = page["hasGaps"] as? Bool,
              let gaps = page["gaps"] as? [GapRow] else { return nil }
        return text(template, note: note.text, hasGaps: hasGaps, gaps: gaps)
    }

    /// The Markdown table and the effort of each gap's steps. The template's opening comment shares
    /// its line with Cairn's Markdown pragma, so its line break stays.
    private static func markdown(note: String, hasGaps: Bool, gaps: [GapRow], into out: ByteStream) {
        out.append(literal: "\n")
        out.append(markdown: note)
        out.append(literal: "\n")
        guard hasGaps else { return }
        out.append(literal: "\n| priority | skill | current | needed | gap | effort (h) | weeks | bucket | why | resource |\n")
        out.append(literal: "|---|---|--:|--:|--:|---|--:|---|---|---|\n")
        for row in gaps {
            out.append(literal: "| **")
            out.append(markdown: row.priority)
            out.append(literal: "** (")
            out.append(markdown: row.tiers)
            out.append(literal: ") | ")
            out.append(markdown: row.skill)
            out.append(literal: " | ")
            out.append(markdown: row.current)
            out.append(literal: " | ")
            out.append(markdown: row.needed)
            out.append(literal: " | ")
            out.append(markdown: row.gap)
            out.append(literal: " | ")
            out.append(markdown: row.hours)
            if row.hasHoursParts {
                out.append(literal: " = ")
                out.append(markdown: row.hoursParts)
            }
            out.append(literal: " | ")
            out.append(markdown: row.weeks)
            out.append(literal: " | ")
            out.append(markdown: row.bucket)
            out.append(literal: " | ")
            out.append(markdown: row.why)
            out.append(literal: " | ")
            out.append(markdown: row.resource)
            out.append(literal: " |\n")
        }
        out.append(literal: "\nEffort per step, and the weeks at your hours per week:\n\n")
        for row in gaps {
            out.append(literal: "- **")
            out.append(markdown: row.skill)
            out.append(literal: "**: ")
            out.append(markdown: row.steps)
            out.append(literal: "; ")
            out.append(markdown: row.weeksLine)
            out.append(literal: ".\n")
        }
    }

    /// The HTML table, its texts escaped as swift-mustache escapes `{{value}}` (`append(html:)`).
    private static func html(note: String, hasGaps: Bool, gaps: [GapRow], into out: ByteStream) {
        out.append(literal: "<p class=\"note\">")
        out.append(html: note)
        out.append(literal: "</p>\n")
        guard hasGaps else { return }
        out.append(literal: "<table class=\"gap-table\">\n<thead><tr><th>Priority</th><th>Skill</th><th class=\"num\">Level</th>")
        out.append(literal: "<th class=\"num\">Effort</th><th>Weeks</th><th style=\"width: 34%\">Why</th><th>Resource</th></tr></thead>\n<tbody>\n")
        for row in gaps {
            out.append(literal: "<tr><td><span class=\"tier ")
            out.append(html: row.priorityClass)
            out.append(literal: "\">")
            out.append(html: row.priority)
            out.append(literal: "</span><span class=\"sub\">")
            out.append(html: row.tiers)
            out.append(literal: "</span></td><td><strong>")
            out.append(html: row.skill)
            out.append(literal: "</strong></td><td class=\"num\">")
            out.append(html: row.current)
            out.append(literal: " → ")
            out.append(html: row.needed)
            out.append(literal: "<span class=\"sub\">gap ")
            out.append(html: row.gap)
            out.append(literal: "</span></td><td class=\"num\">")
            out.append(html: row.hours)
            out.append(literal: " h")
            if row.hasHoursParts {
                out.append(literal: "<span class=\"sub\">")
                out.append(html: row.hoursParts)
                out.append(literal: "</span>")
            }
            out.append(literal: "</td><td>")
            out.append(html: row.weeks)
            out.append(literal: "<span class=\"sub\">")
            out.append(html: row.bucket)
            out.append(literal: "</span></td><td class=\"why\">")
            if row.hasRoles { out.append(html: row.roles) }
            if row.hasMarket {
                if row.hasRoles { out.append(literal: "<br>") }
                out.append(html: row.market)
            }
            out.append(literal: "<span class=\"sub\">")
            out.append(html: row.steps)
            out.append(literal: "</span></td><td class=\"skills-list\">")
            if row.hasResource {
                out.append(html: row.resource)
            } else {
                out.append(literal: "<span class=\"muted\">none chosen</span>")
            }
            out.append(literal: "</td></tr>\n")
        }
        out.append(literal: "</tbody>\n</table>\n")
    }
}
