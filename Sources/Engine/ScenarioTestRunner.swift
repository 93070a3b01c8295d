import Judge
import ScenarioKit

/// Plays the tests a trainer wrote inside a scenario file and compares the result with what
/// each test expects, turn by turn and at the end, the way Yarn Spinner's test plans replay
/// a dialogue.
public enum ScenarioTestRunner {
    public struct Result: Sendable {
        public var test: ScenarioTest
        public var scorecard: Scorecard
        /// Why the test failed; empty when it passed.
        public var failures: [String]

        public var passed: Bool { failures.isEmpty }
    }

    public static func run(_ scenario: Scenario, judge: Judge) -> [Result] {
        scenario.tests.map { run($0, in: scenario, judge: judge) }
    }

    public static func run(_ test: ScenarioTest, in scenario: Scenario, judge: Judge) -> Result {
        var session = Session(scenario: scenario, judge: judge, mode: .practice, seed: test.seed)
        _ = session.start()
        var extra = 0
        var failures: [String] = []
        for (index, answer) in test.answers.enumerated() {
            if session.isFinished { extra += 1; continue }
            let events = session.answer(answer)
            if index < test.turns.count {
                failures += TurnCheck(expected: test.turns[index], events: events, session: session, number: index + 1).failures
            }
        }
        let card = session.scorecard()
        if extra > 0 { failures.append("the call ended with \(extra) answer(s) left over (ended at '\(card.ending ?? "-")')") }
        failures += endFailures(test.expect, card: card, session: session)
        return Result(test: test, scorecard: card, failures: failures)
    }

    private static func endFailures(_ expect: Expectation, card: Scorecard, session: Session) -> [String] {
        var failures: [String] = []
        if let ending = expect.ending?.value, card.ending != ending {
            failures.append("expected ending '\(ending)', got \(card.ending.map { "'\($0)'" } ?? "no ending (call still at step '\(session.state.step ?? "-")')")")
        }
        if let outcome = expect.outcome, card.outcome != outcome {
            failures.append("expected outcome \(outcome.rawValue), got \(card.outcome.rawValue)")
        }
        if let range = expect.score, !range.contains(card.score) {
            failures.append("expected score \(range), got \(card.score)")
        }
        let violated = Set(card.violations.map(\.rule))
        for rule in expect.violates where !violated.contains(rule.value) {
            failures.append("expected rule '\(rule.value)' to be violated; violated: \(violated.isEmpty ? "none" : violated.sorted().joined(separator: ", "))")
        }
        if expect.clean == true, !violated.isEmpty {
            failures.append("expected no violations, got \(violated.sorted().joined(separator: ", "))")
        }
        let reached = card.milestones.map(\.id)
        for milestone in expect.milestones where !reached.contains(milestone.value) {
            failures.append("expected milestone '\(milestone.value)'; reached: \(reached.isEmpty ? "none" : reached.joined(separator: ", "))")
        }
        failures += StateCheck.failures(expect.state, actual: card.state, when: "at the end")
        return failures
    }
}

/// Compares one answer's events with a test's expectations for that turn.
struct TurnCheck {
    let expected: TurnExpectation
    let events: [Event]
    let session: Session
    let number: Int

    var failures: [String] {
        let prefix = "turn \(number): "
        guard let verdict = events.lazy.compactMap({ if case .verdict(let value) = $0 { value } else { nil } }).first else {
            return [prefix + "the answer was not judged (\(events.map(\.type).joined(separator: ", ")))"]
        }
        var failures: [String] = []
        if let want = expected.line?.value {
            let line = events.lazy.compactMap { if case .line(let value) = $0 { value } else { nil } }.first
            if let line, !(line.variant == want || line.text.localizedCaseInsensitiveContains(want)) {
                failures.append("expected the line to say '\(want)', it said '\(line.text)' (variant \(line.variant))")
            } else if line == nil {
                failures.append("expected the line '\(want)', but nobody spoke")
            }
        }
        if let acts = expected.acts.map({ Set($0.map(\.value)) }), acts != Set(verdict.acts.map(\.act)) {
            failures.append("expected acts \(Self.list(acts.map(\.rawValue))), heard \(Self.list(verdict.acts.map(\.act.rawValue)))")
        }
        if let reply = expected.reply?.value, reply != (verdict.reply ?? "otherwise") {
            failures.append("expected reply '\(reply)', took '\(verdict.reply ?? "otherwise")'")
        }
        if let unclear = expected.unclear, unclear != verdict.unclear {
            failures.append(unclear ? "expected the answer to be unclear" : "expected the answer to be understood")
        }
        if let points = expected.points, points != verdict.points {
            failures.append("expected \(points) points, got \(verdict.points)")
        }
        let fired = Set(verdict.rules.map(\.rule))
        for rule in expected.rules where !fired.contains(rule.value) {
            failures.append("expected rule '\(rule.value)' to fire; fired: \(Self.list(fired.sorted()))")
        }
        if let at = expected.at?.value, at != (session.state.step ?? session.state.ending ?? "") {
            failures.append("expected the call at '\(at)', it is at '\(session.state.step ?? session.state.ending ?? "-")'")
        }
        failures += StateCheck.failures(expected.state, actual: session.state.values, when: "after the answer")
        return failures.map { prefix + $0 }
    }

    static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.sorted().joined(separator: ", ") }
}

enum StateCheck {
    static func failures(_ expected: [Located<String>: StateValue], actual: [String: StateValue], when: String) -> [String] {
        expected.sorted { $0.key.location.line < $1.key.location.line }.compactMap { name, value in
            actual[name.value] == value ? nil : "expected \(name.value) = \(value) \(when), found \(actual[name.value]?.description ?? "nothing")"
        }
    }
}
