import Testing
@testable import CairnKit

/// When logged hours start counting for a skill's next step (`StepCredit.since`): the later of
/// the earliest start of the goals needing it and the day after its last level change; the log's
/// first entry when neither is known.
@Suite struct StepCreditTests {
    @Test func theLaterOfTheGoalsStartAndTheLastChange() throws {
        var fixture = ScheduleTests.fixture()
        fixture.add("goals/late.md", "---\ntarget: target\nstarted: 2026-10-01\n---\n")
        fixture.add("goals/early.md", "---\ntarget: target\nstarted: 2026-09-01\n---\n")
        fixture.add("log/2026-08.md", "## 2026-08-02\n- 1h Alpha: first entry\n## 2026-08-15\n- level Alpha 1\n")
        fixture.add("log/2026-10.md", "## 2026-10-20\n- level Beta 1\n")
        let plan = try #require(fixture.read().plan)
        let context = ProgressContext(plan, asOf: ScheduleTests.asOf)
        let credit = context.credit(on: ScheduleTests.asOf)
        func day(_ text: String) -> Day { ScheduleTests.day(text) }
        // Goals from 10-01 and 09-01: the earlier, 09-01, is after Alpha's change (08-16 on).
        #expect(credit.since("alpha", goals: ["late", "early"]) == day("2026-09-01"))
        // Beta changed on 10-20: from 10-21, after the goal's 10-01.
        #expect(credit.since("beta", goals: ["late"]) == day("2026-10-21"))
        // No goal start known: from the day after the change; neither: the log's first entry.
        #expect(credit.since("alpha", goals: []) == day("2026-08-16"))
        #expect(credit.since("alpha", goals: ["none"]) == day("2026-08-16"))
        #expect(credit.since("gamma", goals: ["none"]) == day("2026-08-02"))
        #expect(credit.since("gamma", goals: ["early", "late"]) == day("2026-09-01"))
    }
}
