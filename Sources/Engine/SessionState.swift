import Judge
import ScenarioKit

/// Everything a session remembers between answers, as plain data: it can be saved, restored
/// and compared, and together with the scenario it determines what happens next. Versioned,
/// and tied to the content it was played on, so a state is never resumed on other content.
public struct SessionState: Sendable, Codable, Equatable {
    /// The layout of this value; a state of another version is refused, not guessed at.
    public static let currentVersion = 2

    public var version = SessionState.currentVersion
    public var scenario: String
    public var mode: Mode
    public var seed: UInt64
    public var provenance: Provenance
    /// The step waiting for an answer; nil before start and after the end.
    public var step: String?
    /// Re-asks used at the current step.
    public var reasks = 0
    public var points = 0
    public var turns = 0
    /// The named state, milestones among it.
    public var values: [String: StateValue]
    /// Milestones in the order they were reached.
    public var milestones: [String] = []
    /// Fired rules by id, in the order they first fired.
    public var ruleCounts: [RuleTally] = []
    public var coaching: [Coaching] = []
    public var random: SeededRandom
    public var lastLine: Line?
    public var outcome: Outcome?
    public var ending: String?
    /// The trainee was told once that an answer was in another language.
    public var toldOtherLanguage = false
    public var helpUsed = 0
    /// Help asked for since the last answer, recorded with the next turn.
    public var pendingHelp: [Help.Kind] = []
    /// Every answered turn, judged in full, including what an exam withholds.
    public var records: [TurnRecord] = []

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

/// One answered turn in full: what the counterpart said, what the trainee typed, how it was
/// judged and where the state stood after it. The progress store and exam results keep these,
/// whatever the mode showed the trainee.
public struct TurnRecord: Sendable, Codable, Equatable {
    public var turn: Int
    public var step: String
    /// The line the answer replied to.
    public var line: Line?
    public var answer: String
    public var verdict: Verdict
    /// The named state after the turn.
    public var state: [String: StateValue]
    /// Help asked for before this answer.
    public var help: [Help.Kind]
}

/// Why a saved state cannot be resumed.
public enum RestoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case version(found: Int)
    case provenance(saved: Provenance, current: Provenance)
    case scenario(saved: String, current: String)
    case step(String)

    public var description: String {
        switch self {
        case .version(let found):
            "the saved call is of format \(found); this program reads format \(SessionState.currentVersion)"
        case .provenance(let saved, let current):
            "the saved call was played on other content (scenario \(saved.scenario.prefix(12)), rulebook \(saved.rulebook.prefix(12)), version \(saved.version)); now: scenario \(current.scenario.prefix(12)), rulebook \(current.rulebook.prefix(12)), version \(current.version)"
        case .scenario(let saved, let current):
            "the saved call is of scenario '\(saved)', not '\(current)'"
        case .step(let step):
            "the saved call stands at step '\(step)', which the scenario does not have"
        }
    }
}
