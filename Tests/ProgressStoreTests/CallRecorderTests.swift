import Foundation
import ProgressStore
import Testing
@testable import Engine

/// The recorder turns the engine's events into store writes, and gives up quietly (once)
/// when the store fails.
@Suite struct CallRecorderTests {
    static let facts = ScenarioFacts(stage: "approach", role: "telemarketer", process: "b2b", difficulty: 1)

    static func records(_ lines: [String]) -> [TurnRecord] {
        lines.enumerated().map { StoreFixtures.record($0.offset + 1, StoreFixtures.Answer(text: "answer \($0.offset + 1)", line: $0.element), total: 10) }
    }

    /// In an exam the events show no verdict: the turns come from the session's records.
    @Test func aCallIsWrittenTurnByTurnFromTheRecordsWithTheTimeToAnswer() throws {
        let store = try StoreFixtures.open()
        var now = StoreFixtures.day(1)
        let recorder = CallRecorder(database: store, trainee: "anna", scenario: Self.facts) { now }
        recorder.record([.start(StoreFixtures.start())], turns: [], milestones: [])
        now += 2.5
        recorder.record([], turns: Self.records(["Acme, hello."]), milestones: ["passed-gatekeeper"])
        now += 1
        recorder.record([], turns: Self.records(["Acme, hello.", "Hold on."]), milestones: ["passed-gatekeeper"])
        let transcript = try #require(try store.review(.attempt(trainee: "anna", number: 1)))
        #expect(transcript.session.state == "running")
        #expect(transcript.turns.map(\.line) == ["Acme, hello.", "Hold on."])
        #expect(transcript.turns.map(\.millisecondsToAnswer) == [2500, 1000])
        #expect(transcript.turns.map(\.help) == [["hint"], []])
        #expect(transcript.milestones == ["passed-gatekeeper"])
        #expect([transcript.provenance.scenarioHash, transcript.provenance.rulebookFingerprint, transcript.provenance.programVersion]
                == ["5e1f", "9ab0", "0.3.0"])
        let card = StoreFixtures.scorecard(outcome: .win, score: 80, answers: 2, milestones: ["passed-gatekeeper", "meeting-booked"])
        recorder.record([.scorecard(card)], turns: Self.records(["Acme, hello.", "Hold on."]), milestones: ["passed-gatekeeper"])
        let finished = try #require(try store.review(.id(transcript.session.id)))
        #expect(finished.session.state == "finished")
        #expect(finished.milestones == ["passed-gatekeeper", "meeting-booked"])
        #expect(recorder.failure == nil)
    }

    @Test func aRestartAbandonsTheCallSoFarAndBeginsTheNextAttempt() throws {
        let store = try StoreFixtures.open()
        let recorder = CallRecorder(database: store, trainee: "anna", scenario: Self.facts)
        recorder.record([.start(StoreFixtures.start())], turns: [], milestones: [])
        recorder.record([], turns: Self.records(["Acme."]), milestones: [])
        recorder.record([.start(StoreFixtures.start())], turns: [], milestones: [])
        let calls = try store.history(trainee: "anna", limit: 5)
        #expect(calls.map(\.state) == ["running", "abandoned"])
        #expect(calls.map(\.attempt) == [2, 1])
        #expect(calls.last?.answers == 1)
    }

    @Test func aFailingStoreStopsTheRecordingAndSaysWhyOnce() throws {
        let store = FailingStore()
        let recorder = CallRecorder(database: store, trainee: "anna", scenario: Self.facts)
        recorder.record([.start(StoreFixtures.start())], turns: Self.records(["Acme.", "Hm?"]), milestones: [])
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
