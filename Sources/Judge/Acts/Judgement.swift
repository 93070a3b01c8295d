import ScenarioKit

/// One act the judge heard, with the reason a trainer can check.
public struct ActHit: Sendable, Codable, Hashable {
    public var act: ActID
    /// 0…1; acts below the rulebook's threshold are not reported.
    public var confidence: Double
    /// One sentence: which pattern and words, or which example, made the judge decide.
    public var why: String
    /// The trainer's pattern that matched, when a pattern decided.
    public var pattern: String?
    /// Where that pattern is written ("cold-call.yaml:42").
    public var place: String?
    /// The answer's words the decision rests on.
    public var words: [String]
    /// The closest example phrase of the act, when the examples decided.
    public var example: String?

    public init(act: ActID, confidence: Double, why: String, pattern: String? = nil, place: String? = nil, words: [String] = [], example: String? = nil) {
        self.act = act
        self.confidence = confidence
        self.why = why
        self.pattern = pattern
        self.place = place
        self.words = words
        self.example = example
    }
}

/// What the judge made of one answer.
public struct Judgement: Sendable, Codable {
    public var text: String
    public var language: Language
    public var acts: [ActHit]
    /// Nothing recognisable was said: the engine asks again instead of guessing.
    public var unclear: Bool
    /// The analysed words, for conditions that check the trainer's local patterns.
    public var tokens: [Token] = []

    private enum CodingKeys: String, CodingKey { case text, language, acts, unclear }

    public init(text: String, language: Language, acts: [ActHit], unclear: Bool, tokens: [Token]) {
        self.text = text
        self.language = language
        self.acts = acts
        self.unclear = unclear
        self.tokens = tokens
    }

    public var actIDs: Set<ActID> { Set(acts.map(\.act)) }
}

/// Where the call stands when an answer is given; rules and replies may depend on it.
public struct Situation: Sendable, Hashable {
    public var counterpart: CounterpartRole
    /// The boolean state variables that are true (milestones reached among them).
    public var milestones: Set<String>
    /// The call's named state, for `if:` conditions.
    public var state: [String: StateValue]
    /// The rulebook rules this answer fired, for replies that turn on a rule.
    public var firedRules: Set<String>

    public init(counterpart: CounterpartRole, state: [String: StateValue] = [:], firedRules: Set<String> = []) {
        self.counterpart = counterpart
        self.state = state
        self.milestones = Set(state.compactMap { $0.value == .bool(true) ? $0.key : nil })
        self.firedRules = firedRules
    }

    public init(counterpart: CounterpartRole, milestones: Set<String>) {
        self.init(counterpart: counterpart, state: Dictionary(uniqueKeysWithValues: milestones.map { ($0, StateValue.bool(true)) }))
    }
}

/// A house rule an answer triggered, with the rulebook's words for it.
public struct RuleHit: Sendable, Codable, Hashable {
    public var rule: String
    public var title: String
    public var points: Int
    public var severity: Rule.Severity
    public var coach: String?
    /// The acts that made the rule fire, for "why".
    public var because: [ActID]
}
