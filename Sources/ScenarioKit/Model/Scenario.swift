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
    public var startStep: String
    public var steps: [Step]
    public var endings: [Ending]
    public var tests: [ScenarioTest]

    public func step(_ id: String) -> Step? { steps.first { $0.id == id } }
    public func ending(_ id: String) -> Ending? { endings.first { $0.id == id } }
    public func castMember(_ id: String) -> CastMember? { cast.first { $0.id == id } }

    /// Every milestone a reply can award, in file order.
    public var milestones: [String] {
        var seen: [String] = []
        for step in steps {
            for reply in step.replies {
                if let milestone = reply.milestone?.value, !seen.contains(milestone) { seen.append(milestone) }
            }
        }
        for ending in endings {
            if let milestone = ending.milestone, !seen.contains(milestone) { seen.append(milestone) }
        }
        return seen
    }
}

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
    /// Variants of the counterpart's line; seeded randomness picks one.
    public var say: [Located<String>]
    public var replies: [Reply]
    public var otherwise: Otherwise
}

/// One kind of answer at a step and what it earns. The first reply whose condition holds wins.
public struct Reply: Sendable {
    public var location: SourceLocation
    public var when: Condition
    public var points: Int
    public var coach: String?
    public var milestone: Located<String>?
    public var target: Located<Target>
    /// A model answer of this kind: `/hint` and guided options show it.
    public var example: String?
}

/// What happens when an answer is unclear or fits no reply: the counterpart asks again, up to
/// a limit, and then the call goes on to `then`.
public struct Otherwise: Sendable {
    public var say: [Located<String>]
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
    public var say: [Located<String>]
    public var coach: String?
    public var points: Int
    public var milestone: String?
}

/// A trainer's test written inside the scenario: answers in, result expected.
public struct ScenarioTest: Sendable {
    public var name: String
    public var location: SourceLocation
    public var answers: [String]
    public var seed: UInt64
    public var expect: Expectation
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
