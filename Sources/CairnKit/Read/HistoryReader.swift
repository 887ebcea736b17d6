extension PlanHistory {
    /// Reads what git gave for `plan`: each revision of profile.md and goals/ through the same
    /// readers as the files themselves. A revision that does not read cleanly (an error in the
    /// file at that commit, or bytes that are not UTF-8) is listed in `unreadable`, not
    /// reported: it is history, not something to fix.
    public static func read(_ outcome: GitHistory.Outcome, plan: Plan) -> PlanHistory {
        switch outcome {
        case .notARepository: return PlanHistory(status: .notARepository)
        case .unavailable(let reason): return PlanHistory(status: .unavailable(reason))
        case .revisions(let revisions, let shallow):
            var history = PlanHistory(status: .read(shallow: shallow))
            let skills = SkillResolver(taxonomy: plan.catalog.taxonomy)
            for revision in revisions {
                guard let text = revision.text else {
                    history.unreadable.append("\(revision.path)@\(revision.commit.hash) (not UTF-8)")
                    continue
                }
                var ignored = Diagnostics()
                let file = SourceFile(path: revision.path, text: text)
                if revision.path == "profile.md" {
                    guard let profile = ProfileReader.read(file, catalog: plan.catalog, skills: skills,
                                                           currency: plan.settings.currency, diagnostics: &ignored),
                          ignored.errorCount == 0 else {
                        history.unreadable.append("\(revision.path)@\(revision.commit.hash)")
                        continue
                    }
                    let levels = Dictionary(profile.skills.map { ($0.skillID, $0.level.rawValue) }, uniquingKeysWith: max)
                    history.profileRevisions.append(ProfileRevision(commit: revision.commit, levels: levels))
                } else {
                    guard let goal = GoalReader.read(file, catalog: plan.catalog, skills: skills, diagnostics: &ignored),
                          ignored.errorCount == 0 else {
                        history.unreadable.append("\(revision.path)@\(revision.commit.hash)")
                        continue
                    }
                    let done = Set(goal.actions.filter(\.isDone).map(\.key))
                    history.goalRevisions[goal.id, default: []].append(GoalRevision(commit: revision.commit, done: done))
                }
            }
            return history
        }
    }
}
