import ScenarioKit

/// The end-of-call summary: score, outcome, what went right and wrong, and what to practise.
public struct Scorecard: Sendable, Codable, Equatable {
    public var scenario: String
    public var seed: UInt64
    public var mode: Mode
    public var outcome: Outcome
    /// The ending reached, or nil when the call was abandoned.
    public var ending: String?
    /// 0…100: the points earned, bounded.
    public var score: Int
    /// The sum of all points before bounding, for trainers balancing a scenario.
    public var points: Int
    public var answers: Int
    public var milestones: [String]
    public var violations: [RuleCount]
    public var goodMoves: [RuleCount]
    /// The advice that matters most first: the ending's lesson, critical rules, mistakes.
    public var coaching: [String]

    /// How often one rule fired during the call.
    public struct RuleCount: Sendable, Codable, Equatable {
        public var rule: String
        public var title: String
        public var severity: Rule.Severity
        public var count: Int
    }

    public var hasCriticalViolation: Bool { violations.contains { $0.severity == .critical } }

    public static func score(points: Int) -> Int { min(100, max(0, points)) }
}
