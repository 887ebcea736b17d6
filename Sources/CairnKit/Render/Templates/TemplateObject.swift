import Mustache

/// A view row that templates look its names up in directly, instead of in a dictionary made from
/// it: for rows a page has thousands of (the market's ranked postings), where those dictionaries
/// cost more memory than the page. `child(named:)` must answer every stored property by its name,
/// as `TemplateContext.build` would give it, and nothing else (TemplateObjectTests check it).
protocol TemplateObject: MustacheParent {}

/// Arrays of template objects, which go to the templates as they are.
protocol TemplateObjects {}

extension Array: TemplateObjects where Element: TemplateObject {}
