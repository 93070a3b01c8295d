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
    case state(StateChange)
    case help(Help)
    case notice(CallNotice)
    case ending(EndingReached)
    case scorecard(Scorecard)

    public var type: String {
        switch self {
        case .start: "start"
        case .line: "line"
        case .verdict: "verdict"
        case .coaching: "coaching"
        case .state: "state"
        case .help: "help"
        case .notice: "notice"
        case .ending: "ending"
        case .scorecard: "scorecard"
        }
    }

    /// What an exam withholds until the scorecard: anything that tells the trainee how an
    /// answer was judged or what to say.
    var revealsJudgement: Bool {
        switch self {
        case .verdict, .coaching, .state, .help: true
        case .start, .line, .notice, .ending, .scorecard: false
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
    /// A won call scores at least this; a lost one less.
    public var passMark: Int
    public var provenance: Provenance

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
    /// The id of the variant said, stable when variants are reordered.
    public var variant: String
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
    /// The id of the reply taken, or nil when the answer fit none.
    public var reply: String?
    /// Points this answer earned (reply, rules and, when it ended the call, the ending).
    public var points: Int
    /// The score after this answer: the same bounded 0–100 figure the scorecard shows, so
    /// after the last answer it is the final score.
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

/// Named state that changed with an answer or an ending.
public struct StateChange: Sendable, Codable, Equatable {
    public var changes: [Change]

    public struct Change: Sendable, Codable, Equatable {
        public var variable: String
        public var value: StateValue
        public var previous: StateValue
        /// Set for a milestone reached: the title the trainee sees.
        public var milestone: String?
    }
}

/// Help the trainee asked for, recorded so a transcript shows where it was used.
public struct Help: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case hint, options }
    public var kind: Kind
    public var step: String
    /// A model answer (`hint`), or the numbered choices in a seeded order (`options`).
    public var answers: [String]

    public init(kind: Kind, step: String, answers: [String]) {
        self.kind = kind
        self.step = step
        self.answers = answers
    }
}

/// Something the trainee should know that is not part of the call itself.
public struct CallNotice: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// The answer is in another language than the call; it is asked again, once.
        case otherLanguage = "other-language"
        /// Hints and options are not available in an exam.
        case helpRefused = "help-refused"
    }
    public var kind: Kind
    /// The call's language, for `other-language`.
    public var language: Language?

    public init(kind: Kind, language: Language? = nil) {
        self.kind = kind
        self.language = language
    }
}

/// The call is over.
public struct EndingReached: Sendable, Codable, Equatable {
    /// The ending's id, or nil when the trainee abandoned the call.
    public var ending: String?
    public var outcome: Outcome
    /// The rulebook rule that lost the call, when a reply turned on one.
    public var rule: String?
}
