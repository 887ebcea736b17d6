/// What the built-in `market-skills` templates (the market page's "Skills the postings ask for")
/// make of a page's frequencies, written straight instead of through swift-mustache, for the same
/// reason as `BuiltInGapTable`: a row for every skill the target postings name, each looking up
/// ten names. The bytes are the templates' own (`BuiltInTablesTests` render both ways).
enum BuiltInSkillTable {
    /// The built-in templates written here.
    static let templates: Set<String> = ["market-skills.md", "market-skills.html"]

    /// The section as the built-in template `template` renders it; nil for another template.
    static func text(_ template: String, hasFrequencies: Bool, frequencies: [FrequencyRow]) -> String? {
        let out = ByteStream()
        switch template {
        case "market-skills.md": markdown(hasFrequencies: hasFrequencies, frequencies: frequencies, into: out)
        case "market-skills.html": html(hasFrequencies: hasFrequencies, frequencies: frequencies, into: out)
        default: return nil
        }
        return out.text
    }

    /// The page's fields as `text` reads them; nil when they are not what a page of Cairn's holds.
    static func text(_ template: String, page: TemplateFields) -> String? {
        guard let hasFrequencies = page["hasFrequencies"] as? Bool, let frequencies = page["frequencies"] as? [FrequencyRow] else { return nil }
        return text(template, hasFrequencies: hasFrequencies, frequencies: frequencies)
    }

    /// The Markdown section. The template's opening comment shares its line with Cairn's Markdown
    /// pragma, so its line break stays.
    private static func markdown(hasFrequencies: Bool, frequencies: [FrequencyRow], into out: ByteStream) {
        out.append(literal: "\n## Skills the postings ask for\n\n")
        guard hasFrequencies else { return }
        out.append(literal: "Share of the target postings that require or prefer each skill. Tier by the required share:\n")
        out.append(literal: "P0 at 80% or more, P1 at 50%, P2 at 20%, P3 below.\n\n")
        out.append(literal: "| skill | required by | share | preferred by | share | tier | your level |\n|---|--:|--:|--:|--:|---|--:|\n")
        for row in frequencies {
            out.append(literal: "| ")
            out.append(markdown: row.skill)
            out.append(literal: " | ")
            out.append(markdown: row.requiredBy)
            out.append(literal: " | ")
            out.append(markdown: row.requiredShare)
            out.append(literal: " | ")
            out.append(markdown: row.preferredBy)
            out.append(literal: " | ")
            out.append(markdown: row.preferredShare)
            out.append(literal: " | ")
            out.append(markdown: row.tier)
            out.append(literal: " | ")
            out.append(markdown: row.yourLevel)
            out.append(literal: " |\n")
        }
    }

    /// The HTML section, its texts escaped as swift-mustache escapes `{{value}}` (`append(html:)`).
    private static func html(hasFrequencies: Bool, frequencies: [FrequencyRow], into out: ByteStream) {
        out.append(literal: "<h2 id=\"skills\">Skills the postings ask for</h2>\n")
        guard hasFrequencies else { return }
        out.append(literal: "<p class=\"note\">Share of the target postings that require or prefer each skill. Tier by the required share: ")
        out.append(literal: "P0 at 80% or more, P1 at 50%, P2 at 20%, P3 below.</p>\n<table>\n")
        out.append(literal: "<thead><tr><th>Skill</th><th>Required by</th><th>Preferred by</th><th>Tier</th><th class=\"num\">Your level</th></tr></thead>\n")
        out.append(literal: "<tbody>\n")
        for row in frequencies {
            out.append(literal: "<tr><td>")
            out.append(html: row.skill)
            out.append(literal: "</td><td><span class=\"meter\"><span style=\"width: ")
            out.append(html: row.requiredPercent)
            out.append(literal: "%\"></span></span>")
            out.append(html: row.requiredShare)
            out.append(literal: " <span class=\"muted\">(")
            out.append(html: row.requiredBy)
            out.append(literal: ")</span></td><td><span class=\"meter preferred\"><span style=\"width: ")
            out.append(html: row.preferredPercent)
            out.append(literal: "%\"></span></span>")
            out.append(html: row.preferredShare)
            out.append(literal: " <span class=\"muted\">(")
            out.append(html: row.preferredBy)
            out.append(literal: ")</span></td><td><span class=\"tier ")
            out.append(html: row.tierClass)
            out.append(literal: "\">")
            out.append(html: row.tier)
            out.append(literal: "</span></td><td class=\"num\">")
            out.append(html: row.yourLevel)
            out.append(literal: "</td></tr>\n")
        }
        out.append(literal: "</tbody>\n</table>\n")
    }
}
