import Foundation

/// The figures a head of sales reads for one trainee, alone or as a row of the team table.
/// Codable with stable field names: `report --format json` prints them as they are.
public struct TraineeSummary: Sendable, Codable, Equatable {
    public var trainee: String
    /// Finished and abandoned calls; calls still being played are not counted.
    public var calls: Int
    public var wins: Int
    public var averageScore: Double
    public var bestScore: Int
    public var funnel: Funnel
    /// Calls in which the proposal trap's rule fired at least once.
    public var proposalTraps: Int
    public var lastCall: Date?

    public var winRate: Double { calls == 0 ? 0 : Double(wins) / Double(calls) }
    public var proposalTrapRate: Double { calls == 0 ? 0 : Double(proposalTraps) / Double(calls) }

    public init(trainee: String, calls: Int, wins: Int, averageScore: Double, bestScore: Int, funnel: Funnel,
                proposalTraps: Int, lastCall: Date?) {
        self.trainee = trainee
        self.calls = calls
        self.wins = wins
        self.averageScore = averageScore
        self.bestScore = bestScore
        self.funnel = funnel
        self.proposalTraps = proposalTraps
        self.lastCall = lastCall
    }
}

/// The cold call's funnel. A call that reached a later milestone passed the earlier ones: a
/// scenario that opens with the decision maker has no gatekeeper to get past.
public struct Funnel: Sendable, Codable, Equatable {
    public var calls: Int
    public var passedGatekeeper: Int
    public var reachedDecisionMaker: Int
    public var meetingBooked: Int

    public init(calls: Int, passedGatekeeper: Int, reachedDecisionMaker: Int, meetingBooked: Int) {
        self.calls = calls
        self.passedGatekeeper = passedGatekeeper
        self.reachedDecisionMaker = reachedDecisionMaker
        self.meetingBooked = meetingBooked
    }
}

/// One trainee in depth: the summary, the trend, the mistakes and where they stand by stage,
/// role and difficulty.
public struct TraineeReport: Sendable, Codable, Equatable {
    public var summary: TraineeSummary
    /// Scores of the latest calls, oldest first.
    public var trend: [Int]
    public var rulesBroken: [RuleBroken]
    public var byStage: [Breakdown]
    public var byRole: [Breakdown]
    public var byDifficulty: [Breakdown]
}

/// A rule the trainee broke, how often, and one real answer that broke it.
public struct RuleBroken: Sendable, Codable, Equatable {
    public var rule: String
    public var title: String
    public var severity: String
    public var count: Int
    public var exampleAnswer: String
    /// The counterpart's line that answer replied to.
    public var exampleLine: String
}

/// Calls grouped by one scenario attribute (a stage, a role, a difficulty).
public struct Breakdown: Sendable, Codable, Equatable {
    public var group: String
    public var calls: Int
    public var wins: Int
    public var averageScore: Double
}

/// One call in `history`.
public struct SessionSummary: Sendable, Codable, Equatable {
    public var id: Int64
    public var trainee: String
    public var attempt: Int
    public var scenario: String
    public var mode: String
    public var state: String
    public var outcome: String?
    public var score: Int?
    public var answers: Int
    public var startedAt: Date
}

/// One call as a manager reads it when coaching: every line, answer and verdict.
public struct SessionTranscript: Sendable, Codable, Equatable {
    public var session: SessionSummary
    public var title: String
    public var seed: String
    public var provenance: SessionProvenance
    public var milestones: [String]
    public var turns: [RecordedTurn]
}

/// The content a call was judged by, as recorded.
public struct SessionProvenance: Sendable, Codable, Equatable {
    public var scenarioHash: String
    public var rulebookFingerprint: String
    public var programVersion: String
}

/// A turn read back: the extracted columns, and the engine's record of it as it was stored.
public struct RecordedTurn: Sendable, Codable, Equatable {
    public var turn: Int
    public var step: String
    public var line: String
    public var answer: String
    public var unclear: Bool
    public var points: Int
    public var total: Int
    public var help: [String]
    public var millisecondsToAnswer: Int?
    /// The engine's own `TurnRecord` as JSON, decoded by the reader that needs its detail.
    public var recordJSON: String
}

/// An answer the judge could not place, how often trainees gave it, and a line it replied to.
public struct UnclearAnswer: Sendable, Codable, Equatable {
    public var answer: String
    public var count: Int
    public var line: String
    public var scenario: String
}
