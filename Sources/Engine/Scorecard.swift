import ScenarioKit

/// The end-of-call summary: score, outcome, what went right and wrong, and what to practise.
public struct Scorecard: Sendable, Codable, Equatable {
    public var scenario: String
    public var seed: UInt64
    public var mode: Mode
    public var outcome: Outcome
    /// The ending reached, or nil when the call was abandoned.
    public var ending: String?
    /// 0…100, and on the right side of the pass mark: a won call scores at least `passMark`,
    /// a lost or abandoned one less, so no lost call ranks above a won one.
    public var score: Int
    public var passMark: Int
    /// The sum of all points before bounding, for trainers balancing a scenario.
    public var points: Int
    public var answers: Int
    public var milestones: [Milestone]
    /// The named state at the end of the call.
    public var state: [String: StateValue]
    public var violations: [RuleCount]
    public var goodMoves: [RuleCount]
    /// Hints and option lists asked for during the call.
    public var helpUsed: Int
    /// The advice that matters most first: the ending's lesson, critical rules, mistakes.
    public var coaching: [String]
    public var provenance: Provenance

    /// How often one rule fired during the call.
    public struct RuleCount: Sendable, Codable, Equatable {
        public var rule: String
        public var title: String
        public var severity: Rule.Severity
        public var count: Int
    }

    /// A milestone reached, with the words the trainee sees.
    public struct Milestone: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
    }

    public var hasCriticalViolation: Bool { violations.contains { $0.severity == .critical } }

    /// The score a call's points earn: bounded to 0–100, then put on the side of the pass mark
    /// its outcome belongs to. A call still running is only bounded.
    public static func score(points: Int, outcome: Outcome?, passMark: Int) -> Int {
        let bounded = min(100, max(0, points))
        switch outcome {
        case .win?: return max(bounded, passMark)
        case .loss?, .abandoned?: return min(bounded, passMark - 1)
        case nil: return bounded
        }
    }
}
