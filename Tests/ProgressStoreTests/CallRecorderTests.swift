import Foundation
import ProgressStore
import Testing
@testable import Engine

/// The recorder turns the engine's events into store writes, and gives up quietly (once)
/// when the store fails.
@Suite struct CallRecorderTests {
    static let facts = ScenarioFacts(stage: "approach", role: "telemarketer", process: "b2b", difficulty: 1)

    static func line(_ text: String) -> Event {
        .line(Line(speaker: "laura", name: "Laura", text: text, step: "greeting", reask: false))
    }

    static func verdict(_ turn: Int, _ answer: String) -> Event {
        .verdict(StoreFixtures.turn(turn, StoreFixtures.Answer(text: answer), total: 10 * turn).verdict)
    }

    @Test func aCallIsWrittenTurnByTurnWithTheLineAndTheTimeToAnswer() throws {
        let store = try StoreFixtures.open()
        var now = StoreFixtures.day(1)
        let recorder = CallRecorder(database: store, trainee: "anna", scenario: Self.facts) { now }
        recorder.record([.start(StoreFixtures.start()), Self.line("Acme, hello.")])
        now += 2.5
        recorder.helpUsed("hint")
        recorder.record([Self.verdict(1, "Put me through"), .milestone(MilestoneReached(milestone: "passed-gatekeeper")), Self.line("Hold on.")])
        now += 1
        recorder.record([Self.verdict(2, "Thanks")])
        let transcript = try #require(try store.review(.attempt(trainee: "anna", number: 1)))
        #expect(transcript.session.state == "running")
        #expect(transcript.turns.map(\.line) == ["Acme, hello.", "Hold on."])
        #expect(transcript.turns.map(\.millisecondsToAnswer) == [2500, 1000])
        #expect(transcript.turns.map(\.help) == [["hint"], []])
        #expect(transcript.milestones == ["passed-gatekeeper"])
        recorder.record([.scorecard(StoreFixtures.scorecard(outcome: .win, score: 80, answers: 2, milestones: ["passed-gatekeeper"]))])
        #expect(try store.review(.id(transcript.session.id))?.session.state == "finished")
        #expect(recorder.failure == nil)
    }

    @Test func aRestartAbandonsTheCallSoFarAndBeginsTheNextAttempt() throws {
        let store = try StoreFixtures.open()
        let recorder = CallRecorder(database: store, trainee: "anna", scenario: Self.facts)
        recorder.record([.start(StoreFixtures.start()), Self.line("Acme."), Self.verdict(1, "Hello")])
        recorder.record([.start(StoreFixtures.start()), Self.line("Acme.")])
        let calls = try store.history(trainee: "anna", limit: 5)
        #expect(calls.map(\.state) == ["running", "abandoned"])
        #expect(calls.map(\.attempt) == [2, 1])
        #expect(calls.last?.answers == 1)
    }

    @Test func aFailingStoreStopsTheRecordingAndSaysWhyOnce() throws {
        let store = FailingStore()
        let recorder = CallRecorder(database: store, trainee: "anna", scenario: Self.facts)
        recorder.record([.start(StoreFixtures.start()), Self.line("Acme."), Self.verdict(1, "Hello"), Self.verdict(2, "Again")])
        #expect(recorder.failure == StoreError("the disk holding progress.sqlite is full"))
        #expect(store.appends == 1)
    }
}

/// A store whose disk fills at the first answer.
private final class FailingStore: ProgressDatabase {
    var appends = 0

    func begin(_ start: SessionStart) throws -> Int64 { 1 }
    func append(_ turn: TurnEntry, to session: Int64) throws {
        appends += 1
        throw StoreError("the disk holding progress.sqlite is full")
    }
    func reach(_ milestone: String, in session: Int64, turn: Int) throws {}
    func finish(_ session: Int64, with scorecard: Scorecard, at date: Date) throws {}
    func abandon(_ session: Int64, at date: Date) throws {}
    func teamReport(_ filter: ReportFilter) throws -> [TraineeSummary] { [] }
    func traineeReport(_ trainee: String, _ filter: ReportFilter) throws -> TraineeReport? { nil }
    func history(trainee: String?, limit: Int) throws -> [SessionSummary] { [] }
    func review(_ session: SessionReference) throws -> SessionTranscript? { nil }
    func unclearAnswers(limit: Int) throws -> [UnclearAnswer] { [] }
    func forget(_ trainee: String) throws -> Int? { nil }
}
