/// Checks what a scenario refers to (the rulebook's acts and rules, milestones, endings) and
/// the shape of the call: every step reachable, and an ending reachable from every step.
struct ScenarioValidator {
    let sink: DiagnosticSink
    let scenario: Scenario
    let rulebook: Rulebook?

    func check() {
        checkReferences()
        checkGraph()
        checkReplyOrder()
    }

    private func checkReferences() {
        let milestones = Set(scenario.milestones)
        let endingIDs = scenario.endings.map(\.id)
        for step in scenario.steps {
            for reply in step.replies {
                checkActs(reply.when)
                for milestone in reply.when.reached + reply.when.notReached where !milestones.contains(milestone.value) {
                    sink.warning("no reply or ending awards milestone '\(milestone.value)'\(Suggestion.hint(for: milestone.value, in: milestones))", at: milestone.location)
                }
            }
        }
        for test in scenario.tests {
            if let ending = test.expect.ending, !endingIDs.contains(ending.value) {
                sink.error("test '\(test.name)' expects ending '\(ending.value)', which does not exist\(Suggestion.hint(for: ending.value, in: endingIDs))", at: ending.location)
            }
            for milestone in test.expect.milestones where !milestones.contains(milestone.value) {
                sink.error("test '\(test.name)' expects milestone '\(milestone.value)', which nothing awards\(Suggestion.hint(for: milestone.value, in: milestones))", at: milestone.location)
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
                sink.warning("reply is never taken: the reply above it has no 'when' and takes every clear answer", at: reply.location)
            }
        }
    }
}
