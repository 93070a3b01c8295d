import Judge
import ScenarioKit

/// Plays recorded calls through their scenario and compares each ending with the one expected:
/// how often a whole call comes out as a coach would call it.
public enum CallsRunner {
    public struct Result: Sendable {
        public var call: RecordedCall
        public var scorecard: Scorecard
        /// The verdict of every answer, for seeing where a call went another way.
        public var verdicts: [Verdict]

        public var passed: Bool { scorecard.ending == call.ending.value }
    }

    public static func run(_ recorded: RecordedCalls, scenario: Scenario, judge: Judge) -> [Result] {
        recorded.calls.map { call in
            var session = Session(scenario: scenario, judge: judge, mode: .practice, seed: call.seed)
            _ = session.start()
            for answer in call.answers where !session.isFinished {
                _ = session.answer(answer)
            }
            return Result(call: call, scorecard: session.scorecard(), verdicts: session.state.records.map(\.verdict))
        }
    }
}
