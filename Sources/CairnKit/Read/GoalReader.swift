/// Reads goals/<id>.md: front-matter and the body's task-list items as actions.
enum GoalReader {
    static let keys = ["target", "kind", "by", "priority", "status", "alternatives", "hours_per_week", "started"]

    static func read(_ file: SourceFile, catalog: Catalog, skills: SkillResolver, diagnostics: inout Diagnostics) -> Goal? {
        let reporter = Reporter(file: file)
        defer { diagnostics.append(contentsOf: reporter.collected) }
        guard let document = Document(file, known: keys, what: "a goal", reporter: reporter) else { return nil }
        guard let fields = document.fields else { return nil }
        fields.require("target", example: "target: staff-engineer")
        guard let targetNode = fields.value("target"), let targetName = ValueReader(reporter).text(targetNode, field: "target"),
              let target = RoleLookup.resolve(targetName, at: targetNode, catalog: catalog, reporter: reporter) else { return nil }
        let alternatives = fields.textList("alternatives").compactMap { name, node in
            RoleLookup.resolve(name, at: node, catalog: catalog, reporter: reporter)
        }
        let body = MarkdownBody(document.body)
        let actions = body.taskItems().map { item in
            action(item, goalID: document.stem, reporter: reporter, skills: skills)
        }
        return Goal(
            id: document.stem, targetRoleID: target, kind: fields.word("kind", as: GoalKind.self),
            by: fields.date("by")?.last, priority: fields.word("priority", as: GoalPriority.self) ?? .medium,
            status: fields.word("status", as: GoalStatus.self) ?? .active, alternatives: alternatives,
            hoursPerWeek: fields.number("hours_per_week", maximum: 168), started: fields.date("started")?.first,
            actions: actions, body: body.markdown, fieldLocations: fields.locations, location: file.location(line: 1))
    }

    static func action(_ item: MarkdownBody.TaskItem, goalID: String, reporter: Reporter, skills: SkillResolver) -> Action {
        let inline = InlineFields(item.text, line: item.line, reporter: reporter, skills: skills, allowGoals: false)
        return Action(
            goalID: goalID, title: inline.title, isDone: item.done || inline.done != nil, doneDate: inline.done?.first,
            due: inline.due?.last, skillIDs: inline.skillIDs, estimateHours: inline.estimateMinutes.map { Double($0) / 60 },
            every: inline.every, id: inline.id, after: inline.after,
            location: reporter.file.location(line: item.line, column: reporter.file.firstNonBlankColumn(item.line)))
    }
}
