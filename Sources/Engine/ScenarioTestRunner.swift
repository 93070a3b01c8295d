import Judge
import ScenarioKit

/// Plays the tests a trainer wrote inside a scenario file and compares the result with what
/// each test expects, the way Yarn Spinner's test plans replay a dialogue.
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
        for answer in test.answers {
            if session.isFinished { extra += 1; continue }
            _ = session.answer(answer)
        }
        let card = session.scorecard()
        var failures: [String] = []
        if extra > 0 { failures.append("the call ended with \(extra) answer(s) left over (ended at '\(card.ending ?? "-")')") }
        let expect = test.expect
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
        for milestone in expect.milestones where !card.milestones.contains(milestone.value) {
            failures.append("expected milestone '\(milestone.value)'; reached: \(card.milestones.isEmpty ? "none" : card.milestones.joined(separator: ", "))")
        }
        return Result(test: test, scorecard: card, failures: failures)
    }
}
