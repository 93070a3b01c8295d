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

    public init() {}

    public var isEmpty: Bool {
        all.isEmpty && any.isEmpty && none.isEmpty && counterpart.isEmpty && reached.isEmpty
            && notReached.isEmpty && patterns.isEmpty
    }

    /// True when the condition asks only for the trainer's words, not for acts: it can hold
    /// even for an answer the judge found unclear.
    public var listensOnlyToWords: Bool { !patterns.isEmpty && all.isEmpty && any.isEmpty }

    /// Every act the condition names, for checking them against the rulebook.
    public var namedActs: [Located<ActID>] { all + any + none }
}
