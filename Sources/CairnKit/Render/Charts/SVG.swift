/// A small SVG writer for the HTML reports' charts. Every text goes through `escape`;
/// numbers are written with at most one decimal and no locale.
struct SVG {
    /// The markup so far, as UTF-8: the `<svg>` element's start, then every shape, in one stream
    /// that `document()` closes and hands over (the market's chart of 10,000 postings is 13 MB of
    /// it). Each shape is written into it piece by piece, with no string made for its attributes.
    private let markup: ByteStream
    let width: Double
    let height: Double
    /// What the chart shows, for screen readers and as a tooltip.
    let label: String

    /// Starts a chart; `capacity` (bytes), when known, spares the buffer its regrowing.
    init(width: Double, height: Double, label: String, capacity: Int = 0) {
        self.width = width
        self.height = height
        self.label = label
        markup = ByteStream(capacity: capacity)
        put("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        put(number: width)
        put(" ")
        put(number: height)
        put("\" width=\"")
        put(number: width)
        put("\" role=\"img\" aria-label=\"")
        put(escaping: label)
        put("\" class=\"chart\">\n<title>")
        put(escaping: label)
        put("</title>\n")
    }

    /// The finished `<svg>` element; it scales to its container and keeps its proportions.
    /// The chart is done after it. The text is a copy of the buffer, which goes with the chart: a
    /// chart made whole (`ChartMarkup.text`) is briefly held twice, one deferred a piece at a time
    /// (`StackedBarChart.write`) a piece twice.
    mutating func document() -> String {
        put("</svg>")
        return markup.text
    }

    /// The markup written since the start or the last call, as UTF-8, lent to `emit`; the chart
    /// goes on in the same buffer, emptied (`emitDocument` gives the rest). A chart of megabytes
    /// is thus written out a stretch at a time. Gives what `emit` gives.
    mutating func emitWritten(_ emit: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        defer { markup.removeAll() }
        return markup.withBytes(emit)
    }

    /// `document()` as UTF-8, lent to `emit`; gives what `emit` gives.
    mutating func emitDocument(_ emit: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        put("</svg>")
        return emitWritten(emit)
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, radius: Double = 0,
                       stroke: String? = nil, strokeWidth: Double = 1, dash: String? = nil, tooltip: String? = nil) {
        openRect(x: x, y: y, width: width, height: height, fill: fill, radius: radius)
        if let stroke { put(stroke: stroke, width: strokeWidth) }
        if let dash { put(dash: dash) }
        close("rect", tooltip: tooltip)
    }

    /// A part of a stacked bar: a `rect` whose tooltip is "name: value", then " of maximum" when
    /// there is one, written piece by piece rather than made one string first (the market's chart
    /// has five parts for each of thousands of postings).
    mutating func barPart(x: Double, y: Double, width: Double, height: Double, fill: String,
                          name: String, value: String, maximum: String?) {
        openRect(x: x, y: y, width: width, height: height, fill: fill, radius: 0)
        put("><title>")
        put(escaping: name)
        put(": ")
        put(escaping: value)
        if let maximum {
            put(" of ")
            put(escaping: maximum)
        }
        put("</title></rect>\n")
    }

    /// A `rect` element's start tag up to its corner radius, left open.
    private mutating func openRect(x: Double, y: Double, width: Double, height: Double, fill: String, radius: Double) {
        put("<rect x=\"")
        put(number: x)
        put("\" y=\"")
        put(number: y)
        put("\" width=\"")
        put(number: max(0, width))
        put("\" height=\"")
        put(number: max(0, height))
        put("\" fill=\"")
        put(text: fill)
        put("\"")
        if radius > 0 {
            put(" rx=\"")
            put(number: radius)
            put("\"")
        }
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        put("<line x1=\"")
        put(number: x1)
        put("\" y1=\"")
        put(number: y1)
        put("\" x2=\"")
        put(number: x2)
        put("\" y2=\"")
        put(number: y2)
        put("\"")
        put(stroke: stroke, width: width)
        if let dash { put(dash: dash) }
        put("/>\n")
    }

    mutating func path(_ d: String, stroke: String, width: Double = 1.5, dash: String? = nil, markerEnd: String? = nil) {
        put("<path d=\"")
        put(text: d)
        put("\" fill=\"none\"")
        put(stroke: stroke, width: width)
        if let dash { put(dash: dash) }
        if let markerEnd {
            put(" marker-end=\"url(#")
            put(text: markerEnd)
            put(")\"")
        }
        put("/>\n")
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String) {
        put("<circle cx=\"")
        put(number: cx)
        put("\" cy=\"")
        put(number: cy)
        put("\" r=\"")
        put(number: r)
        put("\" fill=\"")
        put(text: fill)
        put("\"/>\n")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ text: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
                       weight: Int = 400, fill: String = Palette.ink, tooltip: String? = nil) {
        put("<text x=\"")
        put(number: x)
        put("\" y=\"")
        put(number: y)
        put("\" font-size=\"")
        put(number: size)
        put("\" fill=\"")
        put(text: fill)
        put("\"")
        if anchor != .start {
            put(" text-anchor=\"")
            put(text: anchor.rawValue)
            put("\"")
        }
        if weight != 400 {
            put(" font-weight=\"")
            put(digits: UInt(weight.magnitude), negative: weight < 0)
            put("\"")
        }
        put(">")
        if let tooltip {
            put("<title>")
            put(escaping: tooltip)
            put("</title>")
        }
        put(escaping: text)
        put("</text>\n")
    }

    /// Raw markup the chart itself wrote (definitions such as arrow markers).
    mutating func raw(_ text: String) {
        put(text: text)
        put("\n")
    }

    /// Ends an element's start tag: with a tooltip as its `<title>` child, else as an empty element.
    private mutating func close(_ name: StaticString, tooltip: String?) {
        guard let tooltip else { return put("/>\n") }
        put("><title>")
        put(escaping: tooltip)
        put("</title></")
        put(name)
        put(">\n")
    }

    private mutating func put(stroke: String, width: Double) {
        put(" stroke=\"")
        put(text: stroke)
        put("\" stroke-width=\"")
        put(number: width)
        put("\"")
    }

    private mutating func put(dash: String) {
        put(" stroke-dasharray=\"")
        put(text: dash)
        put("\"")
    }

    /// Markup written in the code (see `append(literal:)`).
    private mutating func put(_ literal: StaticString) {
        markup.append(literal: literal)
    }

    /// A text made at run time, as it is.
    private mutating func put(text: String) {
        markup.append(text: text)
    }

    /// `text` escaped (`escape` gives most texts back as they are).
    private mutating func put(escaping text: String) {
        markup.append(html: text)
    }

    /// A coordinate as `number` writes it.
    private mutating func put(number value: Double) {
        Self.write(number: value, into: markup)
    }

    /// A whole number in decimal, `-` first when `negative`.
    private mutating func put(digits value: UInt, negative: Bool) {
        markup.append(digits: value, negative: negative)
    }

    /// A coordinate: at most one decimal, no thousands separator.
    func n(_ value: Double) -> String { SVG.number(value) }

    static func number(_ value: Double) -> String {
        let bytes = ByteStream(capacity: 32)
        write(number: value, into: bytes)
        return bytes.text
    }

    /// `value` to one decimal, rounded half up, the decimal left out when it is 0.
    private static func write(number value: Double, into bytes: ByteStream) {
        // Most coordinates are whole numbers: written as they are, not rounded first (the
        // rounding gives them back unchanged, at some 150 instructions a number).
        if value.magnitude < 1_000_000, value.rounded(.towardZero) == value {
            return bytes.append(digits: UInt(value.magnitude), negative: value < 0)
        }
        let tenths = Numbers.roundHalfUp(value * 10)
        let magnitude = tenths.magnitude
        bytes.append(digits: magnitude / 10, negative: tenths < 0)
        if magnitude % 10 != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
        }
    }

    /// The bytes `escape` replaces.
    static let escaped = ByteScan.Targets("&<>\"'")

    /// Text safe in SVG/HTML content and attribute values: every `&`, `<`, `>`, `"` and `'` as its
    /// entity, the ones swift-mustache's HTML escaping writes. That escaping looks at `Character`s,
    /// so it leaves a quote followed by a combining mark as it is, and the quote then ends an
    /// attribute's value (`title="{{x}}"` with `x"\u{301} onclick=...`); this one replaces each byte.
    static func escape(_ text: String) -> String { ByteScan.escaped(text, escaped, by: escape) }

    /// `bytes` as `escape(_:)` gives them, handed to `write` a stretch at a time.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into write: (UnsafeBufferPointer<UInt8>) -> Void) {
        ByteScan.split(bytes, at: escaped, plain: write) { byte in
            let entity: StaticString = switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            default: "&#39;"
            }
            write(UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
        }
    }

    /// `text` cut to about `width` pixels at `size`, with an ellipsis when cut. A rough
    /// per-character width keeps this deterministic without font metrics.
    static func fit(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        let limit = characters(width: width, size: size, bold: bold)
        // A text of no more bytes than the limit has no more characters (most labels): not counted.
        guard text.utf8.count > limit, text.count > limit else { return text }
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
