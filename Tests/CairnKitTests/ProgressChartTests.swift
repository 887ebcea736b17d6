import Testing
@testable import CairnKit

/// The progress report's charts: burndown, hours per week and skill levels over time.
@Suite struct ProgressChartTests {
    static func day(_ month: Int, _ day: Int, year: Int = 2026) -> Day { Day(year: year, month: month, day: day)! }

    static func count(_ needle: String, in text: String) -> Int { text.ranges(of: needle).count }

    static func expectWellFormed(_ svg: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(svg.hasPrefix("<svg"), sourceLocation: sourceLocation)
        #expect(svg.hasSuffix("</svg>"), sourceLocation: sourceLocation)
        #expect(count("<text ", in: svg) == count("</text>", in: svg), sourceLocation: sourceLocation)
        #expect(count("<title>", in: svg) == count("</title>", in: svg), sourceLocation: sourceLocation)
    }

    // Four weekly points over 28 days; planned runs from 40 h to zero at 2026-12-02, 30 days after the start.
    static let burndown = [
        BurnPoint(day: day(11, 2), remaining: 40, planned: 40),
        BurnPoint(day: day(11, 9), remaining: 34, planned: 30.7),
        BurnPoint(day: day(11, 16), remaining: 20, planned: 21.3),
        BurnPoint(day: day(11, 30), remaining: 12, planned: 2.7),
    ]

    @Test func burndownPlacesPointsOnItsScale() {
        let svg = BurndownChart.svg(Self.burndown, title: "Staff engineer", goalDate: Self.day(12, 2))
        Self.expectWellFormed(svg)
        // Top value 40 gives steps of 10 up to 40; the plot is 160 px high from y 30 and 572 px wide from x 48.
        #expect(svg.contains("<circle cx=\"48\" cy=\"30\" r=\"3\""), "40 h on the first day: the top left corner")
        #expect(svg.contains("<circle cx=\"334\" cy=\"110\" r=\"3\""), "20 h after 14 of 28 days: 30 + 160 x 0.5, 48 + 572 x 0.5")
        #expect(svg.contains("<circle cx=\"620\" cy=\"142\" r=\"3\""), "12 h on the last day: 30 + 160 x 0.7")
        for tick in ["0 h", "10 h", "20 h", "30 h", "40 h"] { #expect(svg.contains(">\(tick)</text>"), "\(tick) gridline") }
        #expect(!svg.contains(">50 h</text>"))
        #expect(svg.contains("aria-label=\"Remaining hours of Staff engineer, 2026-11-02 to 2026-11-30: 40 h to 12 h\""))
        #expect(svg.contains(">2026-11-02</text>") && svg.contains(">2026-11-16</text>") && svg.contains(">2026-11-30</text>"))
        #expect(svg.contains(">remaining</text>") && svg.contains(">planned</text>"))
        #expect(Self.count("stroke-dasharray=\"5 4\"", in: svg) == 2, "the planned line and its legend")
        #expect(svg.contains("goal date 2026-12-02 →"), "the goal date lies after the last day")
    }

    @Test func burndownWithoutPlannedValuesHasNoPlannedLine() {
        let points = Self.burndown.map { BurnPoint(day: $0.day, remaining: $0.remaining, planned: nil) }
        let svg = BurndownChart.svg(points, title: "Staff engineer", goalDate: nil)
        Self.expectWellFormed(svg)
        #expect(!svg.contains("stroke-dasharray"))
        #expect(!svg.contains("planned") && !svg.contains("goal date"))
        #expect(Self.count("<path ", in: svg) == 1)
    }

    @Test func burndownMarksAGoalDateInsideThePeriod() {
        let svg = BurndownChart.svg(Self.burndown, title: "Staff engineer", goalDate: Self.day(11, 16))
        #expect(svg.contains("<line x1=\"334\" y1=\"24\" x2=\"334\" y2=\"190\""), "halfway through, from above the plot to its foot")
        #expect(svg.contains(">goal date 2026-11-16</text>"))
    }

    @Test func burndownOfOnePointShowsItsValue() {
        let svg = BurndownChart.svg([BurnPoint(day: Self.day(11, 2), remaining: 7.5, planned: 7.5)], title: "Staff", goalDate: nil)
        Self.expectWellFormed(svg)
        // 7.5 h gives steps of 2 up to 8: y = 30 + 160 x (1 - 7.5 / 8) = 40, in the middle of the plot.
        #expect(svg.contains("<circle cx=\"334\" cy=\"40\" r=\"3\""))
        #expect(svg.contains(">7.5 h</text>"))
        #expect(svg.contains(">8 h</text>") && !svg.contains(">10 h</text>"))
        #expect(svg.contains("aria-label=\"Remaining hours of Staff on 2026-11-02: 7.5 h\""))
        #expect(!svg.contains("<path ") && !svg.contains(">planned</text>"), "one planned value makes no line")
    }

    @Test func burndownOfNoPointsSaysSo() {
        let svg = BurndownChart.svg([], title: "Staff", goalDate: Self.day(12, 2))
        Self.expectWellFormed(svg)
        #expect(svg.contains(">no remaining hours counted yet</text>"))
    }

    @Test func burndownEscapesTheTitle() {
        let svg = BurndownChart.svg(Self.burndown, title: "<b>&\"", goalDate: nil)
        #expect(svg.contains("Remaining hours of &lt;b&gt;&amp;&quot;, 2026-11-02"))
        #expect(!svg.contains("<b>"))
    }

    static let weeks = [
        WeekHours(monday: day(11, 2), hours: 3.5),
        WeekHours(monday: day(11, 9), hours: 0),
        WeekHours(monday: day(11, 16), hours: 7),
        WeekHours(monday: day(11, 23), hours: 8),
    ]

    @Test func weeklyHoursDrawsABarPerWeekAgainstCapacity() {
        let svg = WeeklyHoursChart.svg(Self.weeks, hoursPerWeek: 10)
        Self.expectWellFormed(svg)
        #expect(Self.count("<rect ", in: svg) == 4)
        // Capacity 10 h is the top: 7 h is 98 of 140 px above the foot at 164; slots of 548 / 4 = 137 px from x 4.
        #expect(svg.contains("<rect x=\"322.5\" y=\"66\" width=\"48\" height=\"98\""))
        #expect(svg.contains("<title>week of 2026-11-02: 3.5 h</title>"))
        #expect(svg.contains("<title>week of 2026-11-09: 0 h</title>"))
        for value in ["3.5", "7", "8"] { #expect(svg.contains(">\(value)</text>"), "\(value) above its bar") }
        #expect(!svg.contains(">0</text>"), "an empty week has no value label")
        for label in ["Nov 2", "Nov 9", "Nov 16", "Nov 23"] { #expect(svg.contains(">\(label)</text>")) }
        #expect(svg.contains(">capacity 10 h</text>"))
        #expect(svg.contains("<line x1=\"4\" y1=\"24\" x2=\"552\" y2=\"24\" stroke=\"#1f2933\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>"))
    }

    @Test func weeklyHoursWithoutCapacityHasNoCapacityLine() {
        let svg = WeeklyHoursChart.svg(Self.weeks, hoursPerWeek: 0)
        Self.expectWellFormed(svg)
        #expect(!svg.contains("capacity") && !svg.contains("stroke-dasharray"))
        #expect(Self.count("<rect ", in: svg) == 4)
        // 8 h is the top now: 7 h stands 122.5 of 140 px.
        #expect(svg.contains("<rect x=\"322.5\" y=\"41.5\" width=\"48\" height=\"122.5\""))
    }

    @Test func weekLabelsAreWrittenByHand() {
        #expect(WeeklyHoursChart.label(Self.day(12, 28)) == "Dec 28")
        #expect(WeeklyHoursChart.label(Self.day(1, 4, year: 2027)) == "Jan 4")
    }

    @Test func aYearOfWeeksLabelsEveryFourthWeekWithoutValues() {
        let weeks = (0..<53).map { WeekHours(monday: Self.day(1, 5).adding(days: 7 * $0), hours: 2) }
        let svg = WeeklyHoursChart.svg(weeks, hoursPerWeek: 0)
        Self.expectWellFormed(svg)
        #expect(Self.count("<rect ", in: svg) == 53)
        // Slots of 548 / 53 px: a 40 px label needs every 4th slot, weeks 0, 4, ... 52.
        #expect(Self.count("<text ", in: svg) == 14)
    }

    @Test func weeklyHoursWithNoWeeksSaysSo() {
        let svg = WeeklyHoursChart.svg([], hoursPerWeek: 10)
        Self.expectWellFormed(svg)
        #expect(svg.contains(">no weeks counted</text>"))
        #expect(!svg.contains("<rect"))
    }

    // Both from 2026-09-01 to 2026-11-30: 90 days over 450 px, 5 px a day from x 170.
    static let series = [
        SkillSeries(skillID: "public-speaking", points: [
            LevelPoint(day: day(9, 1), level: 0), LevelPoint(day: day(10, 16), level: 1), LevelPoint(day: day(11, 30), level: 1),
        ]),
        SkillSeries(skillID: "xss", points: [
            LevelPoint(day: day(9, 1), level: 1), LevelPoint(day: day(10, 1), level: 2), LevelPoint(day: day(11, 30), level: 2),
        ]),
    ]
    static let names = ["public-speaking": "Public Speaking", "xss": "<b>&\""]

    @Test func skillLevelsMarkEachChangeOnTheSharedAxis() {
        let svg = SkillLevelChart.svg(Self.series, names: Self.names, through: Self.day(11, 30))
        Self.expectWellFormed(svg)
        #expect(Self.count("<rect ", in: svg) == 2, "one dot per change, none for the level carried to the end")
        // Day 45 of 90: x 170 + 225; level 1 in the first row: 4 + 38 - 10.
        #expect(svg.contains("<rect x=\"391.5\" y=\"28.5\" width=\"7\" height=\"7\""))
        #expect(svg.contains("<title>Public Speaking: 0 → 1 on 2026-10-16</title>"))
        // Day 30: x 170 + 150; level 2 in the second row: 48 + 38 - 20.
        #expect(svg.contains("<rect x=\"316.5\" y=\"62.5\" width=\"7\" height=\"7\""))
        #expect(svg.contains(">2026-09-01</text>") && svg.contains(">2026-11-30</text>"))
        #expect(svg.contains(">level 0 → 1</text>") && svg.contains(">level 1 → 2</text>"))
    }

    @Test func skillNamesAreEscaped() {
        let svg = SkillLevelChart.svg(Self.series, names: Self.names, through: Self.day(11, 30))
        #expect(svg.contains(">&lt;b&gt;&amp;&quot;</text>"))
        #expect(svg.contains("<title>&lt;b&gt;&amp;&quot;: 1 → 2 on 2026-10-01</title>"))
        #expect(!svg.contains("<b>") && !svg.contains(">&\""))
    }

    @Test func aSkillWithoutANameShowsItsID() {
        let svg = SkillLevelChart.svg(Self.series, names: [:], through: Self.day(11, 30))
        #expect(svg.contains(">public-speaking</text>"))
        #expect(svg.contains("<title>xss: 1 → 2 on 2026-10-01</title>"))
    }

    @Test func skillLevelsWithoutChangesSaySo() {
        for series in [[], [SkillSeries(skillID: "go", points: [])]] {
            let svg = SkillLevelChart.svg(series, names: [:], through: Self.day(11, 30))
            Self.expectWellFormed(svg)
            #expect(svg.contains(">no level changes yet</text>"))
        }
        let single = SkillLevelChart.svg([SkillSeries(skillID: "go", points: [LevelPoint(day: Self.day(11, 30), level: 2)])],
                                         names: [:], through: Self.day(11, 30))
        Self.expectWellFormed(single)
        #expect(!single.contains("<rect "), "a single point is no change")
    }

    @Test func chartsAreTheSameEveryTime() {
        #expect(BurndownChart.svg(Self.burndown, title: "Staff", goalDate: Self.day(12, 2))
            == BurndownChart.svg(Self.burndown, title: "Staff", goalDate: Self.day(12, 2)))
        #expect(WeeklyHoursChart.svg(Self.weeks, hoursPerWeek: 10) == WeeklyHoursChart.svg(Self.weeks, hoursPerWeek: 10))
        #expect(SkillLevelChart.svg(Self.series, names: Self.names, through: Self.day(11, 30))
            == SkillLevelChart.svg(Self.series, names: Self.names, through: Self.day(11, 30)))
    }
}
