import Engine
import Foundation

/// Writes one `play` into the store as it happens. Before each batch of events is shown, the
/// host hands it here with the session's turn records and milestones so far: the records carry
/// every answer judged in full, even in an exam that shows none of it. Each answered turn is
/// committed before the next prompt, so a call cut off keeps every answer given.
///
/// The first failure (a read-only file, a full disk) stops the recording and is kept in
/// `failure`; the call goes on, and the host says once that progress is not being saved.
public final class CallRecorder {
    private let database: any ProgressDatabase
    private let trainee: String
    private let scenario: ScenarioFacts
    private let examResult: Int64?
    private let clock: () -> Date
    private var session: Int64?
    private var turnsWritten = 0
    private var milestonesWritten = 0
    /// When the last batch was shown: the wait for the next answer starts there.
    private var shownAt: Date?
    public private(set) var failure: StoreError?

    /// - Parameter examResult: the exam attempt the call belongs to, when it is one of a sitting's.
    public init(database: any ProgressDatabase, trainee: String, scenario: ScenarioFacts, examResult: Int64? = nil,
                clock: @escaping () -> Date = Date.init) {
        self.database = database
        self.trainee = trainee
        self.scenario = scenario
        self.examResult = examResult
        self.clock = clock
    }

    /// Records a batch about to be shown.
    /// - Parameters:
    ///   - turns: the session's turn records so far (a restarted call's start afresh).
    ///   - milestones: the session's milestones so far, in the order reached.
    public func record(_ events: [Event], turns: [TurnRecord], milestones: [String]) {
        guard failure == nil else { return }
        let now = clock()
        do {
            for case .start(let start) in events {
                if let session { try database.abandon(session, at: now) }
                session = try database.begin(SessionStart(trainee: trainee, start: start, scenario: scenario, startedAt: now, examResult: examResult))
                (turnsWritten, milestonesWritten) = (0, 0)
            }
            if let session {
                // One answer a batch; should there be more, only the first waited for the trainee.
                var waited = shownAt.map { Int((now.timeIntervalSince($0) * 1000).rounded()) }
                for record in turns.dropFirst(turnsWritten) {
                    try database.append(TurnEntry(record: record, millisecondsToAnswer: waited, answeredAt: now), to: session)
                    waited = nil
                    turnsWritten += 1
                }
                for milestone in milestones.dropFirst(milestonesWritten) {
                    try database.reach(milestone, in: session, turn: turnsWritten)
                    milestonesWritten += 1
                }
                for case .scorecard(let scorecard) in events {
                    try database.finish(session, with: scorecard, at: now)
                    self.session = nil
                }
            }
        } catch let error as StoreError {
            failure = error
        } catch {
            failure = StoreError("\(error)")
        }
        shownAt = now
    }
}
