import Engine
import Foundation

/// Where trainees' calls are kept, turn by turn, and the questions a head of sales asks of
/// them. A protocol so that a team store on a server (PostgreSQL) can stand in for the SQLite
/// file later: the reports are plain SQL that both understand.
///
///     let store = try SQLiteProgressDatabase.open(at: path)
///     let id = try store.begin(start)
///     try store.append(turn, to: id)        // committed before the next prompt
///     try store.finish(id, with: scorecard, at: Date())
public protocol ProgressDatabase: AnyObject {
    /// A new numbered attempt for the trainee, `running` until finished or abandoned.
    func begin(_ start: SessionStart) throws -> Int64
    /// One answered turn; committed when this returns.
    func append(_ turn: TurnEntry, to session: Int64) throws
    /// A milestone reached during the call (kept once per session).
    func reach(_ milestone: String, in session: Int64, turn: Int) throws
    /// The call ended (won, lost, or left by the trainee), with the engine's scorecard.
    func finish(_ session: Int64, with scorecard: Scorecard, at date: Date) throws
    /// The call was cut off without a scorecard (a restart): kept as abandoned.
    func abandon(_ session: Int64, at date: Date) throws

    func teamReport(_ filter: ReportFilter) throws -> [TraineeSummary]
    /// Nil when the trainee has no calls.
    func traineeReport(_ trainee: String, _ filter: ReportFilter) throws -> TraineeReport?
    func history(trainee: String?, limit: Int) throws -> [SessionSummary]
    /// Nil when no session has that reference.
    func review(_ session: SessionReference) throws -> SessionTranscript?
    func unclearAnswers(limit: Int) throws -> [UnclearAnswer]
    /// Removes the trainee with every call; the number of calls removed, nil when unknown.
    func forget(_ trainee: String) throws -> Int?
}

/// What the store learns when a call begins: the engine's `Start` event as it is (with the
/// provenance of the content it is played on), plus what only the host knows.
public struct SessionStart: Sendable {
    public var trainee: String
    public var start: Start
    public var scenario: ScenarioFacts
    public var startedAt: Date
    /// The process playing the call and its host: a `running` call whose process is gone
    /// was cut off, and is marked abandoned the next time the store opens.
    public var process: Int32
    public var host: String
    /// The exam attempt (`exam_results` row) this call is part of; nil outside an exam.
    public var examResult: Int64?

    public init(trainee: String, start: Start, scenario: ScenarioFacts, startedAt: Date,
                process: Int32 = getpid(), host: String = HostName.current, examResult: Int64? = nil) {
        self.trainee = trainee
        self.start = start
        self.scenario = scenario
        self.startedAt = startedAt
        self.process = process
        self.host = host
        self.examResult = examResult
    }
}

/// The scenario's attributes that reports group by, kept on the session so a report needs
/// no scenario files.
public struct ScenarioFacts: Sendable, Codable, Equatable {
    public var stage: String
    public var role: String
    public var process: String
    public var difficulty: Int

    public init(stage: String, role: String, process: String, difficulty: Int) {
        self.stage = stage
        self.role = role
        self.process = process
        self.difficulty = difficulty
    }
}

/// One answered turn: the engine's full record of it as it is (kept whatever the mode showed
/// the trainee), and what only the host measured.
public struct TurnEntry: Sendable {
    public var record: TurnRecord
    public var millisecondsToAnswer: Int?
    public var answeredAt: Date

    public init(record: TurnRecord, millisecondsToAnswer: Int?, answeredAt: Date) {
        self.record = record
        self.millisecondsToAnswer = millisecondsToAnswer
        self.answeredAt = answeredAt
    }
}

/// How a command names a session: its number in `history`, or a trainee's attempt
/// ("anna/3").
public enum SessionReference: Sendable, Equatable {
    case id(Int64)
    case attempt(trainee: String, number: Int)

    public init?(_ text: String) {
        if let id = Int64(text), id > 0 { self = .id(id); return }
        guard let slash = text.lastIndex(of: "/"), let number = Int(text[text.index(after: slash)...]), number > 0,
              slash != text.startIndex else { return nil }
        self = .attempt(trainee: String(text[..<slash]), number: number)
    }
}

/// Which calls a report counts.
public struct ReportFilter: Sendable, Equatable {
    /// Calls started on or after this moment.
    public var since: Date?
    /// How many of the latest calls the trend shows.
    public var trendLength: Int
    /// How many rules "broken most" lists.
    public var topRules: Int

    public init(since: Date? = nil, trendLength: Int = 20, topRules: Int = 5) {
        self.since = since
        self.trendLength = trendLength
        self.topRules = topRules
    }
}
