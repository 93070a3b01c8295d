import Foundation
import ProgressStore
import Testing

/// The reports against figures worked out by hand from a fixture of five calls.
@Suite struct ReportTests {
    typealias Answer = StoreFixtures.Answer
    static let trap = "proposal-instead-of-meeting"

    /// anna: 4 calls (loss 20, win 90, abandoned 10, loss 0); boris: a win (70) and a call
    /// still running.
    static func fixture() throws -> SQLiteProgressDatabase {
        let store = try StoreFixtures.open()
        try StoreFixtures.call(store, trainee: "anna", on: 1, answers: [Answer(text: "Да, вышлю КП", rules: [(trap, .critical)])],
                               milestones: ["passed-gatekeeper"], outcome: .loss, score: 20)
        try StoreFixtures.call(store, trainee: "anna", on: 2, difficulty: 2, answers: [
            Answer(text: "Соедините с директором", rules: [("asked-for-decision-maker", .good)]),
            Answer(text: "Соедините немедленно", line: "Он занят", rules: [("pressure", .violation)]),
        ], milestones: ["passed-gatekeeper", "reached-decision-maker", "meeting-booked"], outcome: .win, score: 90)
        try StoreFixtures.call(store, trainee: "anna", on: 3, stage: "objections", role: "hunter", difficulty: 2, answers: [
            Answer(text: "эээ", line: "Что вы хотели?", unclear: true),
            Answer(text: "Быстрее!", line: "Минуту", rules: [("pressure", .violation)]),
        ], outcome: .abandoned, score: 10)
        try StoreFixtures.call(store, trainee: "anna", on: 4, answers: [
            Answer(text: "Ладно, вышлю", rules: [(trap, .critical)]),
            Answer(text: "Хорошо, отправлю", line: "Жду КП", rules: [(trap, .critical)]),
        ], milestones: ["reached-decision-maker"], outcome: .loss, score: 0)
        try StoreFixtures.call(store, trainee: "boris", on: 5, answers: [Answer(text: "эээ", line: "Алло?", unclear: true)],
                               milestones: ["passed-gatekeeper", "reached-decision-maker", "meeting-booked"], outcome: .win, score: 70)
        try StoreFixtures.call(store, trainee: "boris", on: 6, answers: [Answer(text: "Добрый день")], outcome: nil, score: 5)
        return store
    }

    @Test func theTeamHasARowPerTraineeAndRunningCallsDoNotCount() throws {
        let rows = try Self.fixture().teamReport(ReportFilter())
        #expect(rows.map(\.trainee) == ["anna", "boris"])
        let anna = rows[0], boris = rows[1]
        #expect(anna.calls == 4)
        #expect(anna.wins == 1)
        #expect(anna.averageScore == 30)
        #expect(anna.bestScore == 90)
        #expect(anna.funnel == Funnel(calls: 4, passedGatekeeper: 3, reachedDecisionMaker: 2, meetingBooked: 1))
        #expect(anna.proposalTraps == 2)
        #expect(anna.proposalTrapRate == 0.5)
        #expect(anna.lastCall == StoreFixtures.day(4))
        #expect(boris.calls == 1)
        #expect(boris.averageScore == 70)
        #expect(boris.funnel == Funnel(calls: 1, passedGatekeeper: 1, reachedDecisionMaker: 1, meetingBooked: 1))
        #expect(boris.proposalTraps == 0)
    }

    @Test func sinceCountsOnlyLaterCalls() throws {
        let rows = try Self.fixture().teamReport(ReportFilter(since: StoreFixtures.day(3)))
        let anna = try #require(rows.first { $0.trainee == "anna" })
        #expect(anna.calls == 2)
        #expect(anna.wins == 0)
        #expect(anna.averageScore == 5)
        #expect(anna.bestScore == 10)
        #expect(anna.proposalTraps == 1)
        #expect(anna.funnel == Funnel(calls: 2, passedGatekeeper: 1, reachedDecisionMaker: 1, meetingBooked: 0))
    }

    @Test func oneTraineeInDepth() throws {
        let report = try #require(try Self.fixture().traineeReport("anna", ReportFilter()))
        #expect(report.summary.calls == 4)
        #expect(report.trend == [20, 90, 10, 0])
        #expect(report.rulesBroken.map(\.rule) == [Self.trap, "pressure"])
        #expect(report.rulesBroken.map(\.count) == [3, 2])
        #expect(report.rulesBroken[0].exampleAnswer == "Хорошо, отправлю")
        #expect(report.rulesBroken[0].exampleLine == "Жду КП")
        #expect(report.rulesBroken[1].exampleAnswer == "Быстрее!")
        #expect(report.byStage.map(\.group) == ["approach", "objections"])
        #expect(report.byStage.map(\.calls) == [3, 1])
        #expect(report.byStage.map(\.wins) == [1, 0])
        #expect(abs(report.byStage[0].averageScore - 110.0 / 3) < 1e-9)
        #expect(report.byRole.map(\.group) == ["hunter", "telemarketer"])
        #expect(report.byDifficulty.map(\.group) == ["1", "2"])
        #expect(report.byDifficulty.map(\.averageScore) == [10, 50])
    }

    @Test func aTraineeWithoutCallsHasNoReport() throws {
        #expect(try Self.fixture().traineeReport("carol", ReportFilter()) == nil)
    }

    @Test func unclearAnswersMostFrequentFirst() throws {
        let unclear = try Self.fixture().unclearAnswers(limit: 10)
        #expect(unclear.map(\.answer) == ["эээ"])
        #expect(unclear.first?.count == 2)
    }

    @Test func historyAndReviewReadCallsBack() throws {
        let store = try Self.fixture()
        let history = try store.history(trainee: "anna", limit: 10)
        #expect(history.map(\.attempt) == [4, 3, 2, 1])
        #expect(history.map(\.state) == ["finished", "abandoned", "finished", "finished"])
        let transcript = try #require(try store.review(.attempt(trainee: "anna", number: 2)))
        #expect(transcript.turns.map(\.answer) == ["Соедините с директором", "Соедините немедленно"])
        #expect(transcript.turns.first?.help == ["hint"])
        #expect(transcript.milestones.count == 3)
        #expect(try store.review(.id(transcript.session.id))?.session.attempt == 2)
        #expect(try store.review(.id(999)) == nil)
    }

    @Test func forgettingATraineeRemovesEveryCallAndTurn() throws {
        let store = try Self.fixture()
        #expect(try store.forget("anna") == 4)
        #expect(try store.forget("anna") == nil)
        #expect(try store.teamReport(ReportFilter()).map(\.trainee) == ["boris"])
        #expect(try store.history(trainee: nil, limit: 10).count == 2)
        #expect(try store.unclearAnswers(limit: 10).first?.count == 1)
        #expect(try store.integrityCheck() == "ok")
    }
}
