import Engine
import Foundation

/// Writes one `play` into the store as it happens, from the engine's events: the host shows
/// a batch of events and hands the same batch here. Each answered turn is committed before the
/// next prompt, so a call cut off keeps every answer given.
///
/// The first failure (a read-only file, a full disk) stops the recording and is kept in
/// `failure`; the call goes on, and the host says once that progress is not being saved.
public final class CallRecorder {
    private let database: any ProgressDatabase
    private let trainee: String
    private let scenario: ScenarioFacts
    private let clock: () -> Date
    private var session: Int64?
    private var answers = 0
    private var lastLine = ""
    private var lineShownAt: Date?
    private var pendingHelp: [String] = []
    public private(set) var failure: StoreError?

    public init(database: any ProgressDatabase, trainee: String, scenario: ScenarioFacts, clock: @escaping () -> Date = Date.init) {
        self.database = database
        self.trainee = trainee
        self.scenario = scenario
        self.clock = clock
    }

    /// The session being written, once the call has started.
    public var sessionID: Int64? { session }

    /// Records a batch of events the trainee has just been shown.
    public func record(_ events: [Event]) {
        let now = clock()
        for event in events where failure == nil {
            attempt { try self.record(event, at: now) }
        }
    }

    /// A hint or the options were shown; kept with the next answer.
    public func helpUsed(_ kind: String) {
        pendingHelp.append(kind)
    }

    private func record(_ event: Event, at now: Date) throws {
        switch event {
        case .start(let start):
            if let session { try database.abandon(session, at: now) }
            session = try database.begin(SessionStart(trainee: trainee, start: start, scenario: scenario, startedAt: now))
            answers = 0
            pendingHelp = []
        case .line(let line):
            lastLine = line.text
            lineShownAt = now
        case .verdict(let verdict):
            guard let session else { return }
            let waited = lineShownAt.map { Int((now.timeIntervalSince($0) * 1000).rounded()) }
            try database.append(TurnEntry(verdict: verdict, line: lastLine, help: pendingHelp, millisecondsToAnswer: waited,
                                          answeredAt: now), to: session)
            answers = verdict.turn
            pendingHelp = []
        case .milestone(let reached):
            guard let session else { return }
            try database.reach(reached.milestone, in: session, turn: answers)
        case .scorecard(let scorecard):
            guard let session else { return }
            try database.finish(session, with: scorecard, at: now)
            self.session = nil
        case .coaching, .ending:
            break
        }
    }

    private func attempt(_ body: () throws -> Void) {
        do {
            try body()
        } catch let error as StoreError {
            failure = error
        } catch {
            failure = StoreError("\(error)")
        }
    }
}
