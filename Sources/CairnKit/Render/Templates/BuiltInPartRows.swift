/// What the built-in part templates make of rows of ranked postings (`PageParts`), written
/// straight instead of through swift-mustache, which looks every name up through its context
/// stack and builds every section as a string of its own: on a plan of 2,000 postings, the
/// market pages' rows were 3.5 of a cold build's 10 billion instructions. The bytes are the
/// templates' own, row for row (`PagePartsTests` render both ways and compare); a plan's own part
/// template is always rendered by swift-mustache.
enum BuiltInPartRows {
    /// The rows `slice` as the built-in template `template` renders them after what it renders
    /// around no rows; nil for a template written here for no rows.
    static func text(_ template: String, _ slice: ArraySlice<MatchRow>) -> String? {
        var out = ""
        switch template {
        case "market-posting-rows.md":
            for row in slice { rowsLine(row, into: &out) }
        case "market-posting-cards.md":
            for row in slice { card(row, into: &out) }
        case "market-postings.html":
            for row in slice { htmlCard(row, into: &out) }
        default:
            return nil
        }
        return out
    }

    /// `| {{rank}} | {{title}} | {{company}} | {{status}} | {{#parts}}{{points}} | {{/parts}}**{{total}}** |`
    private static func rowsLine(_ row: MatchRow, into out: inout String) {
        let md = MarkdownContentType.escape
        for piece in ["| ", md(row.rank), " | ", md(row.title), " | ", md(row.company), " | ", md(row.status), " | "] { out += piece }
        for part in row.parts {
            out += md(part.points)
            out += " | "
        }
        for piece in ["**", md(row.total), "** |\n"] { out += piece }
    }

    /// A ranked posting as a section of market.md: its heading, where and in what status, and the
    /// table of its parts.
    private static func card(_ row: MatchRow, into out: inout String) {
        let md = MarkdownContentType.escape
        for piece in ["### ", md(row.rank), ". ", md(row.title)] { out += piece }
        if row.hasCompany { for piece in [", ", md(row.company)] { out += piece } }
        for piece in [": ", md(row.total), "\n\n"] { out += piece }
        if row.hasPlace { for piece in [md(row.place), " · "] { out += piece } }
        out += md(row.status)
        if row.hasURL { for piece in [" · <", md(row.url), ">"] { out += piece } }
        out += "\n\n| part | points | why |\n|---|--:|---|\n"
        for part in row.parts {
            for piece in ["| ", md(part.name), " | ", md(part.points), " / ", md(part.maximum), " | ", md(part.reason), " |\n"] { out += piece }
        }
        out += "\n"
    }

    /// A ranked posting as a card of market.html. `SVG.escape` escapes as swift-mustache's HTML
    /// content type does `{{value}}`: the same five characters, the same entities.
    private static func htmlCard(_ row: MatchRow, into out: inout String) {
        let html = SVG.escape
        for piece in ["<article class=\"card\">\n<div class=\"card-head\">\n<h3>", html(row.rank), ". "] { out += piece }
        if row.hasURL {
            for piece in ["<a href=\"", html(row.url), "\">", html(row.title), "</a>"] { out += piece }
        } else {
            out += html(row.title)
        }
        if row.hasCompany { for piece in [" <span class=\"muted\">· ", html(row.company), "</span>"] { out += piece } }
        for piece in ["</h3>\n<div><span class=\"score\">", html(row.total), "<small> / 100</small></span></div>\n</div>\n<p class=\"muted\">"] {
            out += piece
        }
        if row.hasPlace { for piece in [html(row.place), " · "] { out += piece } }
        for piece in [html(row.status), "</p>\n<table>\n<thead><tr><th class=\"part-name\">Part</th><th class=\"num part-points\">Points</th>",
                      "<th>Why</th></tr></thead>\n<tbody>\n"] { out += piece }
        for part in row.parts {
            for piece in ["<tr><td>", html(part.name), "</td><td class=\"num\">", html(part.points), " / ", html(part.maximum),
                          "</td><td class=\"why\">", html(part.reason), "</td></tr>\n"] { out += piece }
        }
        out += "</tbody>\n</table>\n</article>\n"
    }
}
