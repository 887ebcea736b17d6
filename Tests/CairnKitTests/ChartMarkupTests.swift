import Testing
@testable import CairnKit

/// A chart of many rows is written a stretch of rows at a time, and comes out the same.
@Suite struct ChartMarkupTests {
    static func chart(rows: Int) -> StackedBarChart {
        StackedBarChart(
            title: "Scores & parts", parts: [.init(name: "a", color: "#111111"), .init(name: "b", color: "#222222")],
            rows: (0 ..< rows).map { index in
                .init(label: "Posting <\(index)>", sublabel: "Company \(index % 7)", values: [Double(index % 50), 12.5],
                      maxima: [50, 50], total: String(index % 50 + 12))
            },
            guides: [(50, "half")])
    }

    @Test(arguments: [0, 1, 2, 5, 6, 7])
    func theChartInPiecesIsTheChart(rows: Int) {
        let chart = Self.chart(rows: rows)
        var pieces: [String] = []
        chart.write(rowsPerPiece: 2) { pieces.append(String(decoding: $0, as: UTF8.self)); return true }
        #expect(pieces.joined() == chart.svg)
        #expect(pieces.count == max(1, (rows + 1) / 2))
        #expect(chart.svg.hasPrefix("<svg ") && chart.svg.hasSuffix("</svg>"))
        // Each label is written as the text and as its tooltip.
        #expect(chart.svg.components(separatedBy: "Posting &lt;").count - 1 == 2 * rows)
    }

    @Test func eachPartsTooltipTellsItsPointsOfItsMaximum() {
        // Maxima that change from row to row, none for a part past them, names to escape.
        let chart = StackedBarChart(
            title: "t", parts: [.init(name: "a<b", color: "#111111"), .init(name: "c", color: "#222222")],
            rows: [.init(label: "r1", sublabel: "", values: [12.5, 1_234.56], maxima: [20, 2_000], total: "1"),
                   .init(label: "r2", sublabel: "", values: [3, 0.04], maxima: [20], total: "2"),
                   .init(label: "r3", sublabel: "", values: [7, 10], maxima: [25, 30], total: "3")])
        let titles = chart.svg.components(separatedBy: "<title>").dropFirst(2).map { $0.components(separatedBy: "</title>")[0] }
        #expect(titles == ["r1", "a&lt;b: 12.5 of 20", "c: 1,234.6 of 2,000",
                           "r2", "a&lt;b: 3 of 20", "c: 0",
                           "r3", "a&lt;b: 7 of 25", "c: 10 of 30"])
        // The points are written on the part when it is wide enough.
        #expect(chart.svg.contains(">12.5</text>") && chart.svg.contains(">1,234.6</text>"))
    }

    @Test func shownMaximaAreEachPartsLastNumberShownAgainOnlyWhenItChanges() {
        var maxima = ShownMaxima(parts: 2)
        let asked: [(Double, Int)] = [(20, 0), (20, 0), (1_234.56, 1), (20, 1), (15, 0), (-0.0, 0), (0, 0), (.nan, 1), (7, 2)]
        #expect(asked.map { maxima.number($0.0, part: $0.1) } == asked.map { Format.number($0.0) })
    }

    @Test func writingStopsWhenTheTextIsNoLongerWanted() {
        var pieces = 0
        Self.chart(rows: 9).write(rowsPerPiece: 2) { _ in pieces += 1; return false }
        #expect(pieces == 1)
    }

    @Test func aLongChartIsSplicedAsItIsWrittenAndAShortOneAsText() throws {
        let long = ChartMarkup(chart: Self.chart(rows: ChartMarkup.rowsPerPiece + 1))
        let splices = TemplateSplices()
        let entry = try #require(long.entry(splices) as? SplicedText)
        guard case .deferred(let deferred) = entry.source else {
            Issue.record("not deferred")
            return
        }
        #expect(DeferredTextTests.pieces(of: deferred).count == 2)
        #expect(deferred.text == long.text)
        #expect((long.entry(nil) as? TemplateText)?.text == long.text)
        let short = ChartMarkup(chart: Self.chart(rows: 3))
        #expect((short.entry(splices) as? TemplateText)?.text == short.text)
        #expect(ChartMarkup(chart: nil).text.isEmpty)
    }

    /// A label is cut to the characters that fit, counted as characters: one of more bytes than
    /// fit but no more characters is kept whole.
    @Test func labelsAreCutByCharacters() {
        let limit = SVG.characters(width: 100, size: 10, bold: false)  // 18
        let fits = String(repeating: "é", count: limit), long = String(repeating: "a", count: limit + 1)
        #expect(fits.utf8.count > limit && SVG.fit(fits, width: 100, size: 10) == fits)
        #expect(SVG.fit(long, width: 100, size: 10) == String(repeating: "a", count: limit - 1) + "…")
        #expect(SVG.fit(String(repeating: "é", count: limit + 1), width: 100, size: 10) == String(repeating: "é", count: limit - 1) + "…")
        #expect(SVG.fit("short", width: 100, size: 10) == "short")
    }
}
