import Judge
import ScenarioKit

/// Everything a session reports, in the order it happens. Front ends render events; the
/// batch runner prints them as JSON lines; the progress store records them. The JSON form is a
/// contract: `{"type": "line", …fields}` with stable field names.
public enum Event: Sendable, Equatable {
    case start(Start)
    case line(Line)
    case verdict(Verdict)
    case coaching(Coaching)
    case milestone(MilestoneReached)
    case ending(EndingReached)
    case scorecard(Scorecard)

    public var type: String {
        switch self {
        case .start: "start"
        case .line: "line"
        case .verdict: "verdict"
        case .coaching: "coaching"
        case .milestone: "milestone"
        case .ending: "ending"
        case .scorecard: "scorecard"
        }
    }
}

/// The call begins: what the trainee is told before the phone rings.
public struct Start: Sendable, Codable, Equatable {
    public var scenario: String
    public var title: String
    public var language: Language
    public var brief: String
    public var mode: Mode
    public var seed: UInt64
    public var cast: [Person]

    public struct Person: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var role: CounterpartRole
        public var about: String?
    }
}

/// The counterpart speaks.
public struct Line: Sendable, Codable, Equatable {
    public var speaker: String
    public var name: String
    public var text: String
    /// The step this line opens, or nil for an ending's last words.
    public var step: String?
    /// True when the counterpart is asking again after an unclear answer.
    public var reask: Bool
}

/// The judge's decision on one answer: what it heard, which rules it applied, what it earned.
public struct Verdict: Sendable, Codable, Equatable {
    public var turn: Int
    public var step: String
    public var answer: String
    public var acts: [ActHit]
    public var unclear: Bool
    public var rules: [RuleHit]
    /// Index of the reply taken in the step's `replies`, or nil when the answer fit none.
    public var reply: Int?
    /// Points this answer earned (reply and rules together).
    public var points: Int
    /// Running total after this answer.
    public var total: Int
}

/// Advice for the trainee, and where it came from.
public struct Coaching: Sendable, Codable, Equatable {
    public enum Source: String, Sendable, Codable { case reply, rule, otherwise, ending }
    public var text: String
    public var source: Source
    /// The rule's id when a rule gave the advice.
    public var rule: String?
}

/// A milestone of the call reached for the first time.
public struct MilestoneReached: Sendable, Codable, Equatable {
    public var milestone: String
}

/// The call is over.
public struct EndingReached: Sendable, Codable, Equatable {
    /// The ending's id, or nil when the trainee abandoned the call.
    public var ending: String?
    public var outcome: Outcome
}
