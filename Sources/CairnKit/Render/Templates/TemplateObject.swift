import Mustache

/// A view row that templates look its names up in directly, instead of in a dictionary made from
/// it: for rows a page has thousands of (the market's ranked postings), where those dictionaries
/// cost more memory than the page. `child(named:)` must answer every stored property by its name,
/// as a dictionary of its stored properties would, and nothing else (TemplateObjectTests check
/// it). A template context keeps such a row, and an array of them, as it is: each such type is
/// listed in `TemplateEncoder.kept`.
protocol TemplateObject: MustacheParent {}
