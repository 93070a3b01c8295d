import Judge
import ScenarioKit

/// Everything a session remembers between answers, as plain data: it can be saved, restored
/// and compared, and together with the scenario it determines what happens next.
public struct SessionState: Sendable, Codable, Equatable {
    /// The step waiting for an answer; nil before start and after the end.
    public var step: String?
    /// Re-asks used at the current step.
    public var reasks = 0
    public var points = 0
    public var turns = 0
    public var milestones: [String] = []
    /// Fired rules by id, in the order they first fired.
    public var ruleCounts: [RuleTally] = []
    public var coaching: [Coaching] = []
    public var random: SeededRandom
    public var lastLine: Line?
    public var outcome: Outcome?
    public var ending: String?

    public struct RuleTally: Sendable, Codable, Equatable {
        public var hit: RuleHit
        public var count: Int
    }

    public var isFinished: Bool { outcome != nil }

    mutating func record(_ hit: RuleHit) {
        if let index = ruleCounts.firstIndex(where: { $0.hit.rule == hit.rule }) {
            ruleCounts[index].count += 1
        } else {
            ruleCounts.append(RuleTally(hit: hit, count: 1))
        }
    }
}
