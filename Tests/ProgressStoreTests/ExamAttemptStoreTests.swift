import Foundation
import GRDB
import ProgressStore
import Testing

/// Exam attempts in `exam_results`: a row when the sitting begins, completed at its end, its
/// calls linked as sessions, and a sitting whose process died marked abandoned.
@Suite struct ExamAttemptStoreTests {
    static func start(_ attempt: String, trainee: String = "anna", on day: Int, pid: Int32 = getpid()) -> ExamAttemptStart {
        ExamAttemptStart(attempt: attempt, trainee: trainee, exam: "cold-call-basic", title: "Холодный звонок", language: "ru",
                         examHash: "e3b0", seed: 5, passMark: 70, attemptsAllowed: 3, coolDown: 86_400, startedAt: StoreFixtures.day(day),
                         process: pid)
    }

    @Test func anAttemptIsKeptFromItsStartAndCompletedAtItsEnd() throws {
        let store = try StoreFixtures.open()
        let row = try store.beginExam(Self.start("a1", on: 3))
        let running = try #require(try store.examAttempts(trainee: "anna").first)
        #expect(running.state == "running")
        #expect(!running.passed)
        #expect(running.endedAt == StoreFixtures.day(3), "a cool-down counts from the start until the end is known")
        #expect(running.attemptsAllowed == 3 && running.coolDown == 86_400)

        let call = try store.begin(SessionStart(trainee: "anna", start: StoreFixtures.start(), scenario: ScenarioFacts(
            stage: "approach", role: "telemarketer", process: "b2b", difficulty: 1), startedAt: StoreFixtures.day(3), examResult: row))
        let end = StoreFixtures.day(3).addingTimeInterval(600)
        try store.finishExam(ExamAttemptEnd(attempt: "a1", completed: true, passed: true, average: 82, wins: 2, endedAt: end,
                                            validUntil: StoreFixtures.day(368), resultJSON: "{}", signature: "-----BEGIN SSH SIGNATURE-----"))
        let finished = try #require(try store.examAttempts(trainee: "anna", exam: "cold-call-basic").first)
        #expect(finished.state == "finished")
        #expect(finished.passed && finished.average == 82 && finished.wins == 2)
        #expect(finished.endedAt == end && finished.validUntil == StoreFixtures.day(368))
        #expect(finished.sessions == [call])
        #expect(try store.examAttempts(trainee: "boris").isEmpty)
        #expect(try store.examAttempts(exam: "other").isEmpty)
    }

    @Test func aSittingLeftBeforeItsEndIsAbandoned() throws {
        let store = try StoreFixtures.open()
        _ = try store.beginExam(Self.start("a1", on: 3))
        try store.finishExam(ExamAttemptEnd(attempt: "a1", completed: false, passed: false, average: 10, wins: 0,
                                            endedAt: StoreFixtures.day(3), validUntil: nil, resultJSON: "{}", signature: nil))
        #expect(try store.examAttempts().map(\.state) == ["abandoned"])
    }

    @Test func aSittingWhoseProcessIsGoneIsAbandonedWhenTheStoreOpens() throws {
        let path = StoreFixtures.databasePath()
        let store = try StoreFixtures.open(path)
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        _ = try store.beginExam(Self.start("killed", on: 3, pid: gone.processIdentifier))
        _ = try store.beginExam(Self.start("sitting", trainee: "boris", on: 4))
        let reopened = try StoreFixtures.open(path)
        #expect(try reopened.examAttempts().map(\.state) == ["abandoned", "running"])
    }

    @Test func forgettingATraineeRemovesTheirAttempts() throws {
        let store = try StoreFixtures.open()
        _ = try store.beginExam(Self.start("a1", on: 3))
        _ = try store.forget("anna")
        #expect(try store.examAttempts().isEmpty)
    }
}
