/// When a rule fires or a reply is taken: facts about one answer and the situation it was
/// given in. Every listed clause must hold; an empty condition always holds.
public struct Condition: Sendable, Hashable {
    /// Acts that must all be heard.
    public var all: [Located<ActID>] = []
    /// Acts of which at least one must be heard (when any are listed).
    public var any: [Located<ActID>] = []
    /// Acts that must not be heard.
    public var none: [Located<ActID>] = []
    /// Whom the trainee must be talking to (when any are listed).
    public var counterpart: [CounterpartRole] = []
    /// Milestones the call must already have reached.
    public var reached: [Located<String>] = []
    /// Milestones the call must not have reached yet.
    public var notReached: [Located<String>] = []
    /// The trainer's own phrases, checked on this answer only; at least one must match.
    public var patterns: [Located<Pattern>] = []
    /// Rulebook rules of which at least one must have fired on this answer (when any are
    /// listed): `when: {rule: proposal-instead-of-meeting}` loses the call on exactly the
    /// answers the rulebook calls the cardinal mistake, so a scenario never restates it.
    public var rules: [Located<String>] = []
    /// A condition over the call's named state (`if: "mood >= 2"`).
    public var expression: Located<Expression>?

    public init() {}

    public init(all: [Located<ActID>]) {
        self.all = all
    }

    public var isEmpty: Bool {
        all.isEmpty && any.isEmpty && none.isEmpty && counterpart.isEmpty && reached.isEmpty
            && notReached.isEmpty && patterns.isEmpty && rules.isEmpty && expression == nil
    }

    /// True when the condition asks only for the trainer's words, not for acts: it can hold
    /// even for an answer the judge found unclear.
    public var listensOnlyToWords: Bool { !patterns.isEmpty && all.isEmpty && any.isEmpty && rules.isEmpty }

    /// True when the condition asks nothing of the answer itself (only of the state or the
    /// situation): it holds for an unclear answer as much as for any other.
    public var ignoresTheAnswer: Bool { all.isEmpty && any.isEmpty && none.isEmpty && patterns.isEmpty && rules.isEmpty }

    /// Every act the condition names, for checking them against the rulebook.
    public var namedActs: [Located<ActID>] { all + any + none }
}
