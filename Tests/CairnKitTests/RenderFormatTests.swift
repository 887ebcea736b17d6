import Testing
@testable import CairnKit

/// Numbers and view-model strings as the reports print them, without locale.
@Suite struct RenderFormatTests {
    @Test func integersGroupThousandsWithCommas() {
        #expect(Format.integer(0) == "0")
        #expect(Format.integer(999) == "999")
        #expect(Format.integer(1_000) == "1,000")
        #expect(Format.integer(120_000) == "120,000")
        #expect(Format.integer(-1_234_567) == "-1,234,567")
    }

    @Test func numbersRoundHalfUpAndDropTrailingZeros() {
        #expect(Format.number(72) == "72")
        #expect(Format.number(31.5) == "31.5")
        #expect(Format.number(26.2857) == "26.3")
        #expect(Format.number(0.125, places: 2) == "0.13")
        #expect(Format.number(0.7, places: 2) == "0.7")
        #expect(Format.number(2.0, places: 2) == "2")
        #expect(Format.number(18.75) == "18.8")
        #expect(Format.number(12_345.5) == "12,345.5")
        #expect(Format.number(-0.04) == "0")
    }

    @Test func numbersAtTheEdges() {
        #expect(Format.integer(Int.max) == "9,223,372,036,854,775,807")
        #expect(Format.integer(Int.min) == "-9,223,372,036,854,775,808")
        #expect(Format.integer(-999) == "-999" && Format.integer(-1_000) == "-1,000")
        #expect(Format.number(0.05, places: 2) == "0.05")
        #expect(Format.number(-1.25) == "-1.3")
        #expect(Format.number(1_000_000) == "1,000,000")
        #expect(Format.number(9.96) == "10")
        #expect(Format.number(3.7, places: 0) == "4")
        #expect(Format.number(0.0001, places: 4) == "0.0001" && Format.number(0.1, places: 4) == "0.1")
        #expect(Format.number(.nan) == "-" && Format.number(-.infinity) == "-")
    }

    /// The rules as first written, piece by piece on strings: the reference for the byte writer.
    static func referenceNumber(_ value: Double, places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Numbers.roundHalfUp(value.magnitude * Double(scale))
        var fraction = String(scaled % scale)
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let digits = String(scaled / scale)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 && scaled > 0 ? "-" : "") + grouped + (fraction.isEmpty ? "" : "." + fraction)
    }

    @Test func numbersMatchTheStringRulesOnRandomValues() {
        var random = SeededRandom(state: 6)
        for _ in 0..<20_000 {
            let magnitude = [1.0, 10, 1_000, 1e6, 1e9][Int.random(in: 0..<5, using: &random)]
            let value = Double.random(in: -magnitude...magnitude, using: &random)
            let places = Int.random(in: 0...4, using: &random)
            #expect(Format.number(value, places: places) == Self.referenceNumber(value, places: places), "\(value) \(places)")
        }
    }

    @Test func digitsAreAppendedPaddedToTheirWidth() {
        func written(_ value: UInt, negative: Bool = false, width: Int = 1) -> String {
            let bytes = ByteStream()
            bytes.append(digits: value, negative: negative, width: width)
            return bytes.text
        }
        #expect(written(0) == "0" && written(7, width: 2) == "07" && written(42, width: 4) == "0042")
        #expect(written(12_345, width: 4) == "12345" && written(5, negative: true) == "-5")
        #expect(written(UInt.max) == "18446744073709551615")
    }

    @Test func percentagesMoneyAndYears() {
        #expect(Format.percent(0.8) == "80%")
        #expect(Format.percent(2.0 / 3.0) == "67%")
        #expect(Format.percent(0.125) == "13%")
        #expect(Format.money(120_000, "USD") == "120,000 USD")
        #expect(Format.money(227_499.5, "EUR") == "227,500 EUR")
        #expect(Format.amount(236_250) == "236,250")
        #expect(Format.years(1) == "1 year")
        #expect(Format.years(6) == "6 years")
        #expect(Format.years(2.5) == "2.5 years")
        #expect(Format.count(1, "posting") == "1 posting")
        #expect(Format.count(3, "posting") == "3 postings")
        #expect(Format.list(["a", "b", "c"]) == "a, b and c")
    }

    @Test func svgCoordinatesHaveNoThousandsSeparator() {
        #expect(SVG.number(1234.56) == "1234.6")
        #expect(SVG.number(-3.04) == "-3")
        #expect(SVG.number(12) == "12")
        #expect(SVG.number(-0.06) == "-0.1")
        #expect(SVG.number(-0.05) == "0", "rounded half up: -0.5 tenths is 0")
        #expect(SVG.number(100.05) == "100.1")
        #expect(SVG.number(0) == "0")
    }

    /// Whole coordinates are written without being rounded first, as the rounding writes them:
    /// the sign of -0 dropped, and no decimal.
    @Test func svgWholeCoordinatesAsRounded() {
        for whole in [-999_999, -1000, -38, -1, 0, 1, 7, 246, 600, 999_999] {
            #expect(SVG.number(Double(whole)) == String(whole))
        }
        #expect(SVG.number(-0.0) == "0")
        #expect(SVG.number(1_000_000) == "1000000")
        #expect(SVG.number(-2_500_000) == "-2500000")
        #expect(SVG.number(246.5) == "246.5")
        #expect(SVG.number(-12.25) == "-12.2", "rounded half up: -122.5 tenths is -122")
    }

    @Test func readinessViewShowsEveryPartAndItsInputs() throws {
        let plan = try ReadinessTests.plan(profile: """
            ---
            title: Senior Software Engineer
            experience: 6
            skills: {Go: 3, Kubernetes: 1}
            evidence:
              - title: Ran the cluster upgrade
                date: 2024-11-23
                skills: [Kubernetes]
            ---
            """)
        let analysis = Analysis.of(plan, asOf: ReadinessTests.asOf, focusRole: "test-role")
        let view = ReadinessView(try #require(analysis.focus), plan: plan, asOf: ReadinessTests.asOf)
        #expect(view.total == "69")
        #expect(view.tier == "stretch" && view.tierClass == "stretch")
        #expect(view.technical == PartView(points: "26.3", maximum: "40"))
        #expect(view.technicalFormula == "40 × 2.3 / 3.5 = 26.3")
        #expect(view.skills.map(\.credit) == ["1", "0.7", "0.4", "0.4"])
        #expect(view.skills.map(\.weight) == ["1", "1", "1", "0.5"])
        #expect(view.skills.map(\.kind) == ["required", "required", "required", "preferred"])
        #expect(view.skills.map(\.met) == [true, false, false, false])
        #expect(view.experienceLine == "6 years against the role's typical 8: 30 × min(1, 6 / 8) = 22.5")
        #expect(view.demonstratedLine == "2 of 3 required skills have evidence dated 2024-11-23 to 2026-11-23: 30 × 2 / 3 = 20")
        #expect(view.backed.map(\.skill) == ["Kubernetes", "SQL"])
        #expect(view.backed[0].summary == "Ran the cluster upgrade (profile evidence, 2024-11-23)")
        #expect(view.unbacked == "Go" && view.hasUnbacked)
    }

    @Test func evidenceBeyondThreeItemsIsCounted() throws {
        let log = (1...5).map { "## 2026-10-0\($0)\n- 1h Go: session \($0)\n" }.joined()
        var fixture = PlanFixture(profile: "---\ntitle: Senior Software Engineer\nexperience: 6\nskills: {Go: 3}\n---\n")
        fixture.add("roles/go-role.md", "---\ntitle: Go Role\ntrack: ic\nlevel: 3\nrequires: {Go: 2}\n---\n")
        fixture.add("goals/g.md", "---\ntarget: go-role\n---\n")
        fixture.add("log/2026-10.md", log)
        let plan = try #require(fixture.read().plan)
        let analysis = Analysis.of(plan, asOf: ReadinessTests.asOf)
        let view = ReadinessView(try #require(analysis.readiness.first { $0.roleID == "go-role" }), plan: plan, asOf: ReadinessTests.asOf)
        #expect(view.backed.first?.evidence.count == 3)
        #expect(view.backed.first?.more == "and 2 more")
        #expect(view.backed.first?.summary.hasSuffix("; and 2 more") == true)
    }

    @Test func skillRowExplainsFacetsStalenessAndTheScore() {
        let score = SkillScore(skillID: "go", name: "Go", category: "language", level: 3,
                               facets: [FacetScore(name: "Concurrency", level: 3, evidence: 2, weight: 2),
                                        FacetScore(name: "Generics", level: 1, evidence: 0, weight: 1)],
                               weightedLevel: 2.3333, breadthBonus: false, expertFloor: false, stale: true,
                               lastUsed: Day(year: 2023, month: 1, day: 1), base: 2.1, score: 70)
        let row = SkillRow(score)
        #expect(row.score == "70" && row.base == "2.1" && row.levelName == "expert")
        #expect(row.parts == "facets Concurrency 3×2, Generics 1×1: weighted mean 2.33; ×0.9, last used 2023-01-01, more than 24 months ago; 2.1 / 3 × 100 = 70")
        #expect(row.facets.map(\.weight) == ["2", "1"])
    }

    @Test func markdownCellsEscapePipesAndLineBreaks() {
        #expect(MarkdownContentType.escape("a | b") == "a \\| b")
        #expect(MarkdownContentType.escape("one\ntwo\r\n\nthree") == "one two three")
        #expect(MarkdownContentType.escape("<b>kept</b>") == "<b>kept</b>")
    }

    @Test func mermaidLabelsUseEntityCodes() {
        #expect(MermaidGraph.label("C# \"Lead\" <x>") == "C#35; #quot;Lead#quot; #lt;x#gt;")
    }

    @Test func quotedMarkdownHeadingsMoveBelowTheReportHeading() {
        let text = "Intro\n\n## Expected\n\n### Detail\n\n```\n## not a heading\n```\n#hashtag\n"
        #expect(MarkdownText.demote(text, to: 4) == "Intro\n\n#### Expected\n\n##### Detail\n\n```\n## not a heading\n```\n#hashtag\n")
        #expect(MarkdownText.demote("###### Six\n# One\n", to: 5) == "###### Six\n##### One\n")
        #expect(MarkdownText.demote("no headings\n", to: 4) == "no headings\n")
    }

    @Test func wrappedChartLabelsKeepToTheirLines() {
        #expect(SVG.wrap("Senior Site Reliability Engineer", width: 210, size: 13, bold: true, lines: 2)
                == ["Senior Site Reliability", "Engineer"])
        #expect(SVG.wrap("Staff Engineer", width: 210, size: 13, bold: true, lines: 2) == ["Staff Engineer"])
        let cut = SVG.wrap(String(repeating: "word ", count: 30), width: 100, size: 13, lines: 2)
        #expect(cut.count == 2 && cut[1].hasSuffix("…"))
    }

    @Test func jsonKeysAreSnakeCaseWithIdsKeptWhole() {
        #expect(SnakeCaseKey("targetPostingIDs").stringValue == "target_posting_ids")
        #expect(SnakeCaseKey("roleID").stringValue == "role_id")
        #expect(SnakeCaseKey("titleFit").stringValue == "title_fit")
        #expect(SnakeCaseKey("asOf").stringValue == "as_of")
        #expect(SnakeCaseKey("total").stringValue == "total")
    }
}
