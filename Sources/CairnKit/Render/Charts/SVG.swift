/// A small SVG writer for the HTML reports' charts. Every text goes through `escape`;
/// numbers are written with at most one decimal and no locale.
struct SVG {
    /// The markup so far: the `<svg>` element's start, then every shape, in one buffer that
    /// `document()` closes and hands over (the market's chart of 10,000 postings is 13 MB of it).
    private var markup: String
    let width: Double
    let height: Double
    /// What the chart shows, for screen readers and as a tooltip.
    let label: String

    /// The bytes the buffer is sized for, again after each `take`.
    private let capacity: Int

    /// Starts a chart; `capacity` (bytes), when known, spares the buffer its regrowing.
    init(width: Double, height: Double, label: String, capacity: Int = 0) {
        self.width = width
        self.height = height
        self.label = label
        self.capacity = capacity
        markup = ""
        markup.reserveCapacity(capacity)
        markup += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" "
        markup += "role=\"img\" aria-label=\"\(SVG.escape(label))\" class=\"chart\">\n<title>\(SVG.escape(label))</title>\n"
    }

    /// The finished `<svg>` element; it scales to its container and keeps its proportions.
    /// The chart is done after it: its markup is closed and given away, not copied.
    mutating func document() -> String {
        markup += "</svg>"
        return markup
    }

    /// The markup written since the start or the last `take`, given away; the chart goes on in a
    /// new buffer, and `document()` gives the rest. A chart of megabytes is thus written out a
    /// stretch at a time.
    mutating func take() -> String {
        let taken = markup
        markup = ""
        markup.reserveCapacity(capacity)
        return taken
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, radius: Double = 0,
                       stroke: String? = nil, strokeWidth: Double = 1, dash: String? = nil, tooltip: String? = nil) {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" fill=\"\(fill)\""
        if radius > 0 { attributes += " rx=\"\(n(radius))\"" }
        if let stroke { attributes += " stroke=\"\(stroke)\" stroke-width=\"\(n(strokeWidth))\"" }
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        element("rect", attributes, tooltip: tooltip)
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        var attributes = "x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        element("line", attributes)
    }

    mutating func path(_ d: String, stroke: String, width: Double = 1.5, dash: String? = nil, markerEnd: String? = nil) {
        var attributes = "d=\"\(d)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        if let markerEnd { attributes += " marker-end=\"url(#\(markerEnd))\"" }
        element("path", attributes)
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String) {
        element("circle", "cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r))\" fill=\"\(fill)\"")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ text: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
                       weight: Int = 400, fill: String = Palette.ink, tooltip: String? = nil) {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" fill=\"\(fill)\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if weight != 400 { attributes += " font-weight=\"\(weight)\"" }
        if let tooltip {
            markup += "<text \(attributes)><title>\(SVG.escape(tooltip))</title>\(SVG.escape(text))</text>\n"
        } else {
            markup += "<text \(attributes)>\(SVG.escape(text))</text>\n"
        }
    }

    /// Raw markup the chart itself wrote (definitions such as arrow markers).
    mutating func raw(_ text: String) {
        markup += text
        markup += "\n"
    }

    private mutating func element(_ name: String, _ attributes: String, tooltip: String? = nil) {
        if let tooltip {
            markup += "<\(name) \(attributes)><title>\(SVG.escape(tooltip))</title></\(name)>\n"
        } else {
            markup += "<\(name) \(attributes)/>\n"
        }
    }

    /// A coordinate: at most one decimal, no thousands separator.
    func n(_ value: Double) -> String { SVG.number(value) }

    static func number(_ value: Double) -> String {
        let tenths = Numbers.roundHalfUp(value * 10)
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return sign + String(magnitude / 10) + (magnitude % 10 == 0 ? "" : "." + String(magnitude % 10))
    }

    /// Text safe in SVG/HTML content and attribute values.
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: kept as it is, not rebuilt a character at a time.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `text` cut to about `width` pixels at `size`, with an ellipsis when cut. A rough
    /// per-character width keeps this deterministic without font metrics.
    static func fit(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        let limit = characters(width: width, size: size, bold: bold)
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)).trimmingTrailingSpaces() + "…"
    }
}

extension SVG {
    /// About how many characters fit in `width` pixels at `size`.
    static func characters(width: Double, size: Double, bold: Bool) -> Int {
        max(4, Int(width / (size * (bold ? 0.6 : 0.55))))
    }

    /// `text` broken at spaces into at most `lines` lines of about `width` pixels; the last line
    /// is cut with an ellipsis when the text does not fit.
    static func wrap(_ text: String, width: Double, size: Double, bold: Bool = false, lines: Int) -> [String] {
        let limit = characters(width: width, size: size, bold: bold)
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit || result.count == lines - 1 {
                current += " " + word
            } else {
                result.append(current)
                current = String(word)
            }
        }
        result.append(current)
        return result.map { fit($0, width: width, size: size, bold: bold) }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " || copy.last == "," { copy.removeLast() }
        return copy
    }
}

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
