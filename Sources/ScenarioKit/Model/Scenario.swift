/// One scripted call: who picks up, what they say, how each kind of answer moves the call on,
/// how it can end, and the tests the trainer wrote for it. Only the loader makes one, after
/// validation, so the engine can play it without checking again.
public struct Scenario: Sendable {
    public var id: String
    public var file: String
    public var title: String
    public var language: Language
    public var rulebookName: Located<String>
    public var stage: SalesStage
    public var role: SellerRole
    public var process: SalesProcess
    public var difficulty: Int
    public var brief: String
    public var cast: [CastMember]
    /// The call's named memory, in file order; milestones are among them.
    public var state: [StateVariable]
    /// A won call scores at least this, a lost or abandoned one less: the score never ranks a
    /// lost call above a won one.
    public var passMark: Int
    public var startStep: String
    public var steps: [Step]
    public var endings: [Ending]
    public var tests: [ScenarioTest]

    public func step(_ id: String) -> Step? { steps.first { $0.id == id } }
    public func ending(_ id: String) -> Ending? { endings.first { $0.id == id } }
    public func castMember(_ id: String) -> CastMember? { cast.first { $0.id == id } }
    public func variable(_ name: String) -> StateVariable? { state.first { $0.name == name } }

    /// The milestones, in file order.
    public var milestones: [String] { state.filter(\.isMilestone).map(\.name) }

    /// Every variable at its declared starting value.
    public var initialState: [String: StateValue] {
        Dictionary(uniqueKeysWithValues: state.map { ($0.name, $0.initial) })
    }
}

/// The default pass mark: a won call scores 60 or more, a lost one 59 or less.
public let defaultPassMark = 60

/// A person on the other end of the line.
public struct CastMember: Sendable {
    public var id: String
    public var name: String
    public var role: CounterpartRole
    public var about: String?
}

/// Where a reply or a re-ask limit sends the call.
public enum Target: Sendable, Hashable {
    case step(String)
    case ending(String)
}

/// One moment of the call: the counterpart speaks, the trainee answers.
public struct Step: Sendable {
    public var id: String
    public var location: SourceLocation
    public var speaker: String
    /// Variants of the counterpart's line; seeded randomness picks one among those whose
    /// condition holds.
    public var say: [Variant]
    public var replies: [Reply]
    public var otherwise: Otherwise
}

/// One way the counterpart may say a line. The id stays when variants are reordered, so a
/// transcript and a per-turn test can name the line that was said.
public struct Variant: Sendable {
    public var id: String
    public var text: Located<String>
    /// Said only when this holds (the counterpart's mood, say); nil: always possible.
    public var condition: Located<Expression>?

    public init(id: String, text: Located<String>, condition: Located<Expression>? = nil) {
        self.id = id
        self.text = text
        self.condition = condition
    }
}

/// One kind of answer at a step and what it earns. The first reply whose condition holds wins.
public struct Reply: Sendable {
    /// Stable within its step: written as `id:`, else the name of where the reply leads.
    public var id: String
    public var location: SourceLocation
    public var when: Condition
    public var points: Int
    public var coach: String?
    /// Changes to the state when the reply is taken (`milestone: x` is `set: {x: true}`).
    public var effects: [Effect]
    public var target: Located<Target>
    /// A model answer of this kind: `/hint` and guided options show it.
    public var example: String?
}

/// What happens when an answer is unclear or fits no reply: the counterpart asks again, up to
/// a limit, and then the call goes on to `then`.
public struct Otherwise: Sendable {
    public var say: [Variant]
    public var limit: Int
    public var then: Located<Target>
    public var points: Int
    public var coach: String?
    public var location: SourceLocation
}

/// How a call can end.
public struct Ending: Sendable {
    public var id: String
    public var location: SourceLocation
    public var outcome: Outcome
    public var say: [Variant]
    public var coach: String?
    public var points: Int
    public var effects: [Effect]
}

/// A trainer's test written inside the scenario: answers in, result expected.
public struct ScenarioTest: Sendable {
    public var name: String
    public var location: SourceLocation
    public var answers: [String]
    /// What each answer must do, in order (Yarn Spinner test-plan style); empty when the test
    /// lists bare answers and checks only the end.
    public var turns: [TurnExpectation]
    public var seed: UInt64
    public var expect: Expectation
}

/// What one answer of a test must lead to; unset fields are not checked.
public struct TurnExpectation: Sendable {
    public var location: SourceLocation
    /// Words the counterpart's next line must contain, or the id of its variant.
    public var line: Located<String>?
    /// Exactly the acts the judge must hear.
    public var acts: [Located<ActID>]?
    /// The id of the reply that must be taken; `otherwise` when none fits.
    public var reply: Located<String>?
    public var unclear: Bool?
    /// Values the state must hold after the answer.
    public var state: [Located<String>: StateValue]
    /// Points this answer must earn, rules included.
    public var points: Int?
    /// The step the call must be at afterwards (or the ending it reached).
    public var at: Located<String>?
    /// Rules that must fire on this answer.
    public var rules: [Located<String>]
}

/// What a scenario test expects; unset fields are not checked.
public struct Expectation: Sendable {
    public var ending: Located<String>?
    public var outcome: Outcome?
    public var score: ScoreRange?
    public var violates: [Located<String>]
    /// No rule violated at all.
    public var clean: Bool?
    public var milestones: [Located<String>]
    /// Values the state must hold when the call ends.
    public var state: [Located<String>: StateValue] = [:]
}

/// A range a score must fall in, written as "90", ">= 80", "<= 20" or "40..60"; every number
/// is a score from 0 to 100.
public struct ScoreRange: Sendable, Hashable, CustomStringConvertible {
    public var lower: Int
    public var upper: Int

    public init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    public static func parse(_ text: String) -> ScoreRange? {
        let compact = text.filter { !$0.isWhitespace }
        func score(_ digits: some StringProtocol) -> Int? { Int(digits).flatMap { (0...100).contains($0) ? $0 : nil } }
        if let exact = score(compact) { return ScoreRange(lower: exact, upper: exact) }
        for (prefix, make) in [(">=", { ScoreRange(lower: $0, upper: Int.max) }), ("<=", { ScoreRange(lower: Int.min, upper: $0) }),
                               ("==", { ScoreRange(lower: $0, upper: $0) }), (">", { ScoreRange(lower: $0 + 1, upper: Int.max) }),
                               ("<", { ScoreRange(lower: Int.min, upper: $0 - 1) })] as [(String, (Int) -> ScoreRange)] {
            if compact.hasPrefix(prefix), let value = score(compact.dropFirst(prefix.count)) { return make(value) }
        }
        let bounds = compact.components(separatedBy: "..")
        if bounds.count == 2, let low = score(bounds[0]), let high = score(bounds[1]), low <= high {
            return ScoreRange(lower: low, upper: high)
        }
        return nil
    }

    public func contains(_ score: Int) -> Bool { lower <= score && score <= upper }

    public var description: String {
        switch (lower, upper) {
        case (Int.min, let high): "<= \(high)"
        case (let low, Int.max): ">= \(low)"
        case (let low, let high) where low == high: "\(low)"
        default: "\(lower)..\(upper)"
        }
    }
}
