/// Checks a scenario's named state as a compiler would: every name declared once, every
/// condition a well-typed boolean, every effect of the variable's type, and no branch that
/// can never be taken because the state it waits for never changes.
struct StateValidator {
    let sink: DiagnosticSink
    let scenario: Scenario

    func check() {
        var seen: [String: SourceLocation] = [:]
        for variable in scenario.state {
            if let first = seen[variable.name] {
                sink.error("state variable '\(variable.name)' is declared twice (first at line \(first.line))", at: variable.location)
            }
            seen[variable.name] = variable.location
        }
        let checker = ExpressionChecker(variables: Dictionary(scenario.state.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first }))
        let changed = Set(allEffects.map(\.variable.value))
        for step in scenario.steps {
            for variant in step.say + step.otherwise.say {
                if let condition = variant.condition { checkCondition(condition, checker, changed, what: "line variant '\(variant.id)'") }
            }
            for reply in step.replies {
                if let condition = reply.when.expression { checkCondition(condition, checker, changed, what: "reply '\(reply.id)'") }
                for milestone in reply.when.reached + reply.when.notReached { checkMilestone(milestone) }
                reply.effects.forEach { checkEffect($0, checker) }
            }
        }
        for ending in scenario.endings {
            ending.effects.forEach { checkEffect($0, checker) }
            for variant in ending.say {
                if let condition = variant.condition { checkCondition(condition, checker, changed, what: "line variant '\(variant.id)'") }
            }
        }
        for variable in scenario.state where !changed.contains(variable.name) {
            sink.warning("state variable '\(variable.name)' is never changed: no reply or ending sets or adds to it", at: variable.location)
        }
        for test in scenario.tests {
            let expected = test.turns.flatMap(\.state.keys) + test.expect.state.keys
            for name in expected where scenario.variable(name.value) == nil {
                sink.error("test '\(test.name)' expects state '\(name.value)', which is not declared\(Suggestion.hint(for: name.value, in: scenario.state.map(\.name)))", at: name.location)
            }
        }
    }

    private var allEffects: [Effect] {
        scenario.steps.flatMap { $0.replies.flatMap(\.effects) } + scenario.endings.flatMap(\.effects)
    }

    private func checkCondition(_ condition: Located<Expression>, _ checker: ExpressionChecker, _ changed: Set<String>, what: String) {
        switch checker.type(of: condition.value) {
        case .failure(let failure):
            sink.error("if '\(condition.value)': \(failure.message)", at: condition.location.shifted(by: failure.offset))
        case .success(.int):
            sink.error("if '\(condition.value)' is a number, not a condition; compare it (e.g. '\(condition.value) > 0')", at: condition.location)
        case .success(.bool):
            let fixed = Set(condition.value.variables).isDisjoint(with: changed)
            if fixed, !condition.value.holds(scenario.initialState) {
                let reason = condition.value.variables.isEmpty ? "it is always false" : "it is false at the start and nothing changes \(condition.value.variables.map { "'\($0)'" }.joined(separator: ", "))"
                sink.error("\(what) can never happen: \(reason)", at: condition.location)
            }
        }
    }

    private func checkMilestone(_ name: Located<String>) {
        guard let variable = scenario.variable(name.value) else {
            sink.error("unknown milestone '\(name.value)'\(Suggestion.hint(for: name.value, in: scenario.milestones)); declare it under state: as '\(name.value): {milestone: \"…\"}'", at: name.location)
            return
        }
        if variable.type != .bool { sink.error("'\(name.value)' is a number, not a milestone", at: name.location) }
    }

    private func checkEffect(_ effect: Effect, _ checker: ExpressionChecker) {
        guard let variable = scenario.variable(effect.variable.value) else {
            let names = scenario.state.map(\.name)
            sink.error("\(effect.kind.rawValue) '\(effect.variable.value)': unknown state variable\(Suggestion.hint(for: effect.variable.value, in: names)); declare it under state:", at: effect.variable.location)
            return
        }
        switch checker.type(of: effect.value.value) {
        case .failure(let failure):
            sink.error("\(effect.kind.rawValue) \(variable.name): \(failure.message)", at: effect.value.location.shifted(by: failure.offset))
        case .success(let type):
            if effect.kind == .add && variable.type != .int {
                sink.error("add works on numbers; '\(variable.name)' is a bool — use set:", at: effect.variable.location)
            } else if type != variable.type {
                sink.error("\(effect.kind.rawValue) \(variable.name): '\(variable.name)' is \(variable.type.rawValue), the value '\(effect.value.value)' is \(type.rawValue)", at: effect.value.location)
            }
        }
    }
}
