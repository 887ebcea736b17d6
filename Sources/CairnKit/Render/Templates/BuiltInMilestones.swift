/// What the built-in `plan-development-horizons` and `plan-development-quarters` templates make
/// of the development plan's milestones, written straight instead of through swift-mustache, for
/// the same reason as `BuiltInGapTable`: every milestone of the schedule, twice, each looking up
/// five names. The bytes are the templates' own (`BuiltInTablesTests` render both ways).
enum BuiltInMilestones {
    /// The built-in templates written here.
    static let templates: Set<String> = ["plan-development-horizons.md", "plan-development-quarters.md",
                                         "plan-development-horizons.html", "plan-development-quarters.html"]

    /// The section as the built-in template `template` renders it; nil for another template.
    static func text(_ template: String, horizons: [HorizonView], quarters: [QuarterView]) -> String? {
        let out = ByteStream()
        switch template {
        case "plan-development-horizons.md": markdown(horizons, into: out)
        case "plan-development-quarters.md": markdown(quarters, into: out)
        case "plan-development-horizons.html": html(horizons, into: out)
        case "plan-development-quarters.html": html(quarters, into: out)
        default: return nil
        }
        return out.text
    }

    /// The development plan's fields (`scope`, the page's `development` laid over the page) as
    /// `text` reads them; nil when they are not what a page of Cairn's holds.
    static func text(_ template: String, scope: TemplateFields) -> String? {
        guard let horizons = scope["horizons"] as? [HorizonView], let quarters = scope["quarters"] as? [QuarterView] else { return nil }
        return text(template, horizons: horizons, quarters: quarters)
    }

    /// The Markdown horizons. The template's opening comment shares its line with Cairn's Markdown
    /// pragma, so its line break stays.
    private static func markdown(_ horizons: [HorizonView], into out: ByteStream) {
        out.append(literal: "\n### Short, medium and long term\n\n")
        for horizon in horizons {
            out.append(literal: "#### ")
            out.append(markdown: horizon.title)
            out.append(literal: ": ")
            out.append(markdown: horizon.range)
            out.append(literal: "\n\n")
            if horizon.hasMilestones {
                out.append(literal: "| date | milestone | goal |\n|---|---|---|\n")
                for row in horizon.milestones {
                    out.append(literal: "| ")
                    out.append(markdown: row.date)
                    out.append(literal: " | ")
                    if row.isGoalDate {
                        out.append(literal: "**")
                        out.append(markdown: row.title)
                        out.append(literal: "**")
                    } else {
                        out.append(markdown: row.title)
                        if row.isLate {
                            out.append(literal: " (")
                            out.append(markdown: row.lateNote)
                            out.append(literal: ")")
                        }
                    }
                    out.append(literal: " | ")
                    out.append(markdown: row.goal)
                    out.append(literal: " |\n")
                }
            } else {
                out.append(literal: "No milestone in this horizon.\n")
            }
            out.append(literal: "\n")
        }
    }

    /// The Markdown quarters, as `markdown(_:into:)` writes the horizons.
    private static func markdown(_ quarters: [QuarterView], into out: ByteStream) {
        out.append(literal: "\n### Quarterly milestones\n\n")
        for quarter in quarters {
            out.append(literal: "#### ")
            out.append(markdown: quarter.quarter)
            out.append(literal: " (")
            out.append(markdown: quarter.range)
            out.append(literal: ")\n\n")
            if quarter.hasMilestones {
                for row in quarter.milestones {
                    out.append(literal: "- ")
                    out.append(markdown: row.date)
                    out.append(literal: ": ")
                    if row.isGoalDate {
                        out.append(literal: "**")
                        out.append(markdown: row.title)
                        out.append(literal: "**")
                    } else {
                        out.append(markdown: row.title)
                        out.append(literal: " (")
                        out.append(markdown: row.goal)
                        if row.isLate {
                            out.append(literal: "; ")
                            out.append(markdown: row.lateNote)
                        }
                        out.append(literal: ")")
                    }
                    out.append(literal: "\n")
                }
            } else {
                out.append(literal: "No milestone in this quarter.\n")
            }
            out.append(literal: "\n")
        }
    }

    /// The HTML horizons, their texts escaped as swift-mustache escapes `{{value}}` (`append(html:)`).
    private static func html(_ horizons: [HorizonView], into out: ByteStream) {
        out.append(literal: "<h3>Short, medium and long term</h3>\n")
        for horizon in horizons {
            out.append(literal: "<h4>")
            out.append(html: horizon.title)
            out.append(literal: " <span class=\"muted\">· ")
            out.append(html: horizon.range)
            out.append(literal: " · ")
            out.append(html: horizon.count)
            out.append(literal: "</span></h4>\n")
            if horizon.hasMilestones {
                out.append(literal: "<table class=\"milestones\">\n<colgroup><col class=\"date-col\"><col><col class=\"goal-col\"></colgroup>\n<tbody>\n")
                for row in horizon.milestones {
                    out.append(literal: "<tr")
                    if row.isGoalDate { out.append(literal: " class=\"goal-date\"") }
                    out.append(literal: "><td class=\"date\">")
                    out.append(html: row.date)
                    out.append(literal: "</td><td>")
                    out.append(html: row.title)
                    late(row, into: out)
                    out.append(literal: "</td><td class=\"muted\">")
                    out.append(html: row.goal)
                    out.append(literal: "</td></tr>\n")
                }
                out.append(literal: "</tbody>\n</table>\n")
            } else {
                out.append(literal: "<p class=\"note\">No milestone in this horizon.</p>\n")
            }
        }
    }

    /// The HTML quarters.
    private static func html(_ quarters: [QuarterView], into out: ByteStream) {
        out.append(literal: "<h3>Quarterly milestones</h3>\n<div class=\"quarters\">\n")
        for quarter in quarters {
            out.append(literal: "<section class=\"quarter\">\n<h4>")
            out.append(html: quarter.quarter)
            out.append(literal: "</h4>\n<p class=\"sub\">")
            out.append(html: quarter.range)
            out.append(literal: "</p>\n")
            if quarter.hasMilestones {
                out.append(literal: "<ul>\n")
                for row in quarter.milestones {
                    out.append(literal: "<li")
                    if row.isGoalDate { out.append(literal: " class=\"goal-date\"") }
                    out.append(literal: "><span class=\"date\">")
                    out.append(html: row.date)
                    out.append(literal: "</span> ")
                    out.append(html: row.title)
                    late(row, into: out)
                    out.append(literal: "</li>\n")
                }
                out.append(literal: "</ul>\n")
            } else {
                out.append(literal: "<p class=\"note\">No milestone in this quarter.</p>\n")
            }
            out.append(literal: "</section>\n")
        }
        out.append(literal: "</div>\n")
    }

    /// A late milestone's note, in HTML.
    private static func late(_ row: MilestoneRow, into out: ByteStream) {
        guard row.isLate else { return }
        out.append(literal: " <span class=\"status does-not-fit\">")
        out.append(html: row.lateNote)
        out.append(literal: "</span>")
    }
}
