/// What the built-in part templates make of rows of ranked postings (`PageParts`), written
/// straight instead of through swift-mustache, which looks every name up through its context
/// stack and builds every section as a string of its own: on a plan of 2,000 postings, the
/// market pages' rows were 3.5 of a cold build's 10 billion instructions. The bytes are the
/// templates' own, row for row (`PagePartsTests` render both ways and compare); a plan's own part
/// template is always rendered by swift-mustache.
enum BuiltInPartRows {
    /// The built-in templates whose rows are written here: each a comment line and one section
    /// over the page's `matches`.
    static let templates: Set<String> = ["market-posting-rows.md", "market-posting-cards.md", "market-postings.html"]

    /// Appends the rows `slice` to `out` as the built-in template `template` renders them after
    /// what it renders around no rows, in UTF-8 as a page writes them; false, with nothing
    /// appended, for a template not written here.
    static func write(_ template: String, _ slice: ArraySlice<MatchRow>, into out: ByteStream) -> Bool {
        switch template {
        case "market-posting-rows.md":
            for row in slice { rowsLine(row, into: out) }
        case "market-posting-cards.md":
            for row in slice { card(row, into: out) }
        case "market-postings.html":
            for row in slice { htmlCard(row, into: out) }
        default:
            return false
        }
        return true
    }

    /// `| {{rank}} | {{title}} | {{company}} | {{status}} | {{#parts}}{{points}} | {{/parts}}**{{total}}** |`
    private static func rowsLine(_ row: MatchRow, into out: ByteStream) {
        out.append(literal: "| ")
        out.append(markdown: row.rank)
        out.append(literal: " | ")
        out.append(markdown: row.title)
        out.append(literal: " | ")
        out.append(markdown: row.company)
        out.append(literal: " | ")
        out.append(markdown: row.status)
        out.append(literal: " | ")
        for part in row.parts {
            out.append(markdown: part.points)
            out.append(literal: " | ")
        }
        out.append(literal: "**")
        out.append(markdown: row.total)
        out.append(literal: "** |\n")
    }

    /// A ranked posting as a section of market.md: its heading, where and in what status, and the
    /// table of its parts.
    private static func card(_ row: MatchRow, into out: ByteStream) {
        out.append(literal: "### ")
        out.append(markdown: row.rank)
        out.append(literal: ". ")
        out.append(markdown: row.title)
        if row.hasCompany {
            out.append(literal: ", ")
            out.append(markdown: row.company)
        }
        out.append(literal: ": ")
        out.append(markdown: row.total)
        out.append(literal: "\n\n")
        if row.hasPlace {
            out.append(markdown: row.place)
            out.append(literal: " · ")
        }
        out.append(markdown: row.status)
        if row.hasURL {
            out.append(literal: " · <")
            out.append(markdown: row.url)
            out.append(literal: ">")
        }
        out.append(literal: "\n\n| part | points | why |\n|---|--:|---|\n")
        for part in row.parts {
            out.append(literal: "| ")
            out.append(markdown: part.name)
            out.append(literal: " | ")
            out.append(markdown: part.points)
            out.append(literal: " / ")
            out.append(markdown: part.maximum)
            out.append(literal: " | ")
            out.append(markdown: part.reason)
            out.append(literal: " |\n")
        }
        out.append(literal: "\n")
    }

    /// A ranked posting as a card of market.html, its texts escaped as swift-mustache escapes
    /// `{{value}}` (`append(html:)`).
    private static func htmlCard(_ row: MatchRow, into out: ByteStream) {
        out.append(literal: "<article class=\"card\">\n<div class=\"card-head\">\n<h3>")
        out.append(html: row.rank)
        out.append(literal: ". ")
        if row.hasURL {
            out.append(literal: "<a href=\"")
            out.append(html: row.url)
            out.append(literal: "\">")
            out.append(html: row.title)
            out.append(literal: "</a>")
        } else {
            out.append(html: row.title)
        }
        if row.hasCompany {
            out.append(literal: " <span class=\"muted\">· ")
            out.append(html: row.company)
            out.append(literal: "</span>")
        }
        out.append(literal: "</h3>\n<div><span class=\"score\">")
        out.append(html: row.total)
        out.append(literal: "<small> / 100</small></span></div>\n</div>\n<p class=\"muted\">")
        if row.hasPlace {
            out.append(html: row.place)
            out.append(literal: " · ")
        }
        out.append(html: row.status)
        out.append(literal: "</p>\n<table>\n<thead><tr><th class=\"part-name\">Part</th><th class=\"num part-points\">Points</th>")
        out.append(literal: "<th>Why</th></tr></thead>\n<tbody>\n")
        for part in row.parts {
            out.append(literal: "<tr><td>")
            out.append(html: part.name)
            out.append(literal: "</td><td class=\"num\">")
            out.append(html: part.points)
            out.append(literal: " / ")
            out.append(html: part.maximum)
            out.append(literal: "</td><td class=\"why\">")
            out.append(html: part.reason)
            out.append(literal: "</td></tr>\n")
        }
        out.append(literal: "</tbody>\n</table>\n</article>\n")
    }
}
