/// Checks what a scenario refers to (the rulebook's acts and rules, milestones, endings) and
/// the shape of the call: every step reachable, and an ending reachable from every step.
struct ScenarioValidator {
    let sink: DiagnosticSink
    let scenario: Scenario
    let rulebook: Rulebook?

    func check() {
        checkReferences()
        StateValidator(sink: sink, scenario: scenario).check()
        checkIDs()
        checkRuleReferences()
        checkGraph()
        checkReplyOrder()
    }

    private func checkReferences() {
        let milestones = Set(scenario.milestones)
        let endingIDs = scenario.endings.map(\.id)
        for step in scenario.steps {
            for reply in step.replies {
                checkActs(reply.when)
            }
        }
        for test in scenario.tests {
            if let ending = test.expect.ending, !endingIDs.contains(ending.value) {
                sink.error("test '\(test.name)' expects ending '\(ending.value)', which does not exist\(Suggestion.hint(for: ending.value, in: endingIDs))", at: ending.location)
            }
            for milestone in test.expect.milestones where !milestones.contains(milestone.value) {
                sink.error("test '\(test.name)' expects milestone '\(milestone.value)', which is not declared\(Suggestion.hint(for: milestone.value, in: milestones))", at: milestone.location)
            }
            for turn in test.turns {
                if let at = turn.at, scenario.step(at.value) == nil, scenario.ending(at.value) == nil {
                    sink.error("test '\(test.name)' expects the call at '\(at.value)', which is no step or ending\(Suggestion.hint(for: at.value, in: scenario.steps.map(\.id) + endingIDs))", at: at.location)
                }
                if let rulebook { checkActs(Condition(all: turn.acts ?? []), in: rulebook) }
            }
            if let rulebook {
                let ruleIDs = rulebook.rules.map(\.id)
                for rule in test.expect.violates where rulebook.rule(rule.value) == nil {
                    sink.error("test '\(test.name)' expects rule '\(rule.value)', which rulebook '\(rulebook.id)' does not have\(Suggestion.hint(for: rule.value, in: ruleIDs))", at: rule.location)
                }
            }
        }
    }

    private func checkActs(_ condition: Condition) {
        guard let rulebook else { return }
        checkActs(condition, in: rulebook)
    }

    private func checkActs(_ condition: Condition, in rulebook: Rulebook) {
        let known = rulebook.acts.map(\.id.rawValue)
        for act in condition.namedActs where rulebook.act(act.value) == nil {
            sink.error("unknown act '\(act.value)' (not in rulebook '\(rulebook.id)')\(Suggestion.hint(for: act.value.rawValue, in: known))", at: act.location)
        }
    }

    private func checkGraph() {
        guard scenario.step(scenario.startStep) != nil else { return }
        let edges = Dictionary(uniqueKeysWithValues: scenario.steps.map { step in
            (step.id, step.replies.map(\.target.value) + [step.otherwise.then.value])
        })
        var reachedSteps: Set<String> = [scenario.startStep]
        var reachedEndings: Set<String> = []
        var queue = [scenario.startStep]
        while let current = queue.popLast() {
            for target in edges[current] ?? [] {
                switch target {
                case .step(let id) where !reachedSteps.contains(id):
                    reachedSteps.insert(id)
                    queue.append(id)
                case .ending(let id):
                    reachedEndings.insert(id)
                default:
                    break
                }
            }
        }
        for step in scenario.steps where !reachedSteps.contains(step.id) {
            sink.warning("step '\(step.id)' is unreachable: no reply leads to it", at: step.location)
        }
        for ending in scenario.endings where !reachedEndings.contains(ending.id) {
            sink.warning("ending '\(ending.id)' is unreachable: no reply leads to it", at: ending.location)
        }
        var canEnd: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for step in scenario.steps where !canEnd.contains(step.id) {
                let ends = (edges[step.id] ?? []).contains { target in
                    switch target {
                    case .ending(let id): scenario.ending(id) != nil
                    case .step(let id): canEnd.contains(id)
                    }
                }
                if ends { canEnd.insert(step.id); changed = true }
            }
        }
        for step in scenario.steps where !canEnd.contains(step.id) {
            sink.error("no ending can be reached from step '\(step.id)': the call would never end", at: step.location)
        }
    }

    private func checkReplyOrder() {
        for step in scenario.steps {
            guard let catchAll = step.replies.firstIndex(where: { $0.when.isEmpty }) else { continue }
            for reply in step.replies[(catchAll + 1)...] {
                sink.error("reply '\(reply.id)' can never happen: the reply above it has no 'when' and takes every clear answer", at: reply.location)
            }
        }
    }

    /// Reply ids within a step, and line variant ids within one list of lines, name one thing
    /// each: transcripts, per-turn tests and the progress store refer to them.
    private func checkIDs() {
        func unique(_ items: [(String, SourceLocation)], _ what: String, fix: String) {
            var seen: [String: SourceLocation] = [:]
            for (id, location) in items {
                if let first = seen[id] {
                    sink.error("two \(what) are called '\(id)' (the first at line \(first.line)); \(fix)", at: location)
                } else {
                    seen[id] = location
                }
            }
        }
        for step in scenario.steps {
            unique(step.replies.map { ($0.id, $0.location) }, "replies of step '\(step.id)'",
                   fix: "a reply is named after where it leads unless it has an 'id:'; give one of them an id")
            unique(step.say.map { ($0.id, $0.text.location) }, "lines of step '\(step.id)'", fix: "give each variant its own id or words")
            unique(step.otherwise.say.map { ($0.id, $0.text.location) }, "re-ask lines of step '\(step.id)'", fix: "give each variant its own id or words")
        }
        for ending in scenario.endings {
            unique(ending.say.map { ($0.id, $0.text.location) }, "lines of ending '\(ending.id)'", fix: "give each variant its own id or words")
        }
    }

    /// A reply may lose the call on a rulebook rule (`when: {rule: …}`); a losing reply that
    /// spells out a critical rule's acts instead defines the cardinal mistake a second time, and
    /// the two definitions drift apart.
    private func checkRuleReferences() {
        guard let rulebook else { return }
        let critical = rulebook.rules.filter { $0.severity == .critical && !$0.when.all.isEmpty }
        for step in scenario.steps {
            for reply in step.replies {
                for name in reply.when.rules where rulebook.rule(name.value) == nil {
                    sink.error("unknown rule '\(name.value)' (not in rulebook '\(rulebook.id)')\(Suggestion.hint(for: name.value, in: rulebook.rules.map(\.id)))", at: name.location)
                }
                guard reply.when.rules.isEmpty, case .ending(let id) = reply.target.value, scenario.ending(id)?.outcome == .loss else { continue }
                let acts = Set(reply.when.all.map(\.value))
                for rule in critical where Set(rule.when.all.map(\.value)).isSubset(of: acts) {
                    let same = acts == Set(rule.when.all.map(\.value)) && Set(reply.when.none.map(\.value)) == Set(rule.when.none.map(\.value))
                    let how = same ? "restates" : "restates differently"
                    sink.warning("reply '\(reply.id)' \(how) the critical rule '\(rule.id)'; write 'when: {rule: \(rule.id)}' so the call turns on exactly the answers the rulebook condemns", at: reply.location)
                }
            }
        }
    }
}
