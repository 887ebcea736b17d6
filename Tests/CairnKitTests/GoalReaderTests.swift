import Testing
@testable import CairnKit

@Suite struct GoalReaderTests {
    static let goal = """
        ---
        target: Staff Software Engineer
        kind: promotion
        by: 2027-Q2
        priority: high
        status: active
        alternatives: [tech-lead, Engineering Manager]
        hours_per_week: 4
        started: 2026-09
        ---

        # Staff

        ## Actions
        - [ ] Lead a cross-team initiative due:2027-06-30 #technical-leadership ~40h id:lead
        - [x] Read DDIA #system-design ~30h done:2026-03-10
        - [ ] Mentor two engineers every:month #mentoring
        - [ ] Write an RFC after:lead #technical-writing 📅 2027-09-30 ~90m
        - [x] Give a talk ✅ 2026-10-11 #public-speaking
          - [ ] Nested follow-up 🔁 every week ~1.5h
        - [X] Ticked without a date
        - not a task
        """

    func read() throws -> Goal {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", Self.goal)
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(plan?.goals.first)
    }

    @Test func readsFrontMatter() throws {
        let goal = try read()
        #expect(goal.id == "staff")
        #expect(goal.targetRoleID == "staff-engineer")
        #expect(goal.kind == .promotion)
        #expect(goal.by == Day(year: 2027, month: 6, day: 30), "a quarter as a deadline is its last day")
        #expect(goal.priority == .high)
        #expect(goal.status == .active)
        #expect(goal.alternatives == ["tech-lead", "engineering-manager"])
        #expect(goal.hoursPerWeek == 4)
        #expect(goal.started == Day(year: 2026, month: 9, day: 1), "a month as a start is its first day")
    }

    @Test func readsActionsWithInlineFields() throws {
        let actions = try read().actions
        #expect(actions.count == 7)
        let lead = actions[0]
        #expect(lead.title == "Lead a cross-team initiative")
        #expect(lead.due == Day(year: 2027, month: 6, day: 30))
        #expect(lead.skillIDs == ["technical-leadership"])
        #expect(lead.estimateHours == 40)
        #expect(lead.id == "lead")
        #expect(!lead.isDone)
        #expect(lead.location == SourceLocation(path: "goals/staff.md", line: 15, column: 1))
        #expect(actions[1].isDone && actions[1].doneDate == Day(year: 2026, month: 3, day: 10))
        #expect(actions[2].every == .month)
        #expect(actions[3].after == ["lead"])
        #expect(actions[3].due == Day(year: 2027, month: 9, day: 30))
        #expect(actions[3].estimateHours == 1.5)
        #expect(actions[3].title == "Write an RFC")
        #expect(actions[4].doneDate == Day(year: 2026, month: 10, day: 11))
        #expect(actions[5].every == .week && actions[5].estimateHours == 1.5)
        #expect(actions[6].isDone && actions[6].doneDate == nil)
    }

    @Test func badInlineFieldsAreDiagnosed() {
        var fixture = PlanFixture()
        fixture.add("goals/g.md", "---\ntarget: staff-engineer\n---\n- [ ] A due:2026-02-30 every:fortnight ~40hrs #kubernetis\n")
        let diagnostics = fixture.read().diagnostics
        #expect(diagnostics.map(\.code) == [.invalidDate, .invalidValue, .invalidDuration, .unknownSkill])
        #expect(diagnostics.map(\.location.column) == [9, 24, 40, 47])
        #expect(diagnostics[3].hint?.contains("did you mean 'Kubernetes'?") == true)
    }

    @Test func actionsWaitingOnEachOtherAreACycle() {
        var fixture = PlanFixture()
        fixture.add("goals/g.md", "---\ntarget: staff-engineer\n---\n- [ ] A id:a after:c\n- [ ] B id:b after:a\n- [ ] C id:c after:b\n- [ ] D id:d after:a\n")
        let diagnostics = fixture.read().diagnostics
        #expect(diagnostics.map(\.code) == [.prerequisiteCycle])
        #expect(diagnostics.first?.message.contains("a -> c -> b -> a") == true, "\(diagnostics)")
        #expect(diagnostics.first?.location.line == 4)
    }
}
