@testable import Certification
import Engine
import Foundation
import ScenarioKit
import Testing

@Suite struct ExamRulesTests {
    let exam = ExamFixtures.basic
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func attempt(_ id: String, passed: Bool, hoursAgo: Double) -> ExamAttempt {
        var result = try! ExamResult.read(Data(#"{"attempt":"x","average":0,"calls":[],"exam":{"calls":1,"criticalRules":[],"id":"basic","language":"en","title":"Basic","passMark":{"average":70,"wins":1},"sha256":""},"finished":"","format":"","passed":false,"reasons":[],"seed":1,"started":"","trainee":"anna","version":"","wins":0}"#.utf8))
        result.attempt = id
        result.passed = passed
        result.finished = ExamDate.string(now.addingTimeInterval(-hoursAgo * 3600))
        return ExamAttempt(result)
    }

    @Test func attemptsAndCoolDownDecideWhoMaySit() throws {
        try ExamAdmission.check(exam, attempts: [], now: now)
        #expect(throws: AdmissionError.coolingDown(until: "2027-01-16T07:00:00Z")) {
            try ExamAdmission.check(exam, attempts: [attempt("1", passed: false, hoursAgo: 1)], now: now)
        }
        try ExamAdmission.check(exam, attempts: [attempt("1", passed: false, hoursAgo: 25)], now: now)
        let twoFailed = [attempt("1", passed: false, hoursAgo: 72), attempt("2", passed: false, hoursAgo: 48)]
        #expect(throws: AdmissionError.noAttemptsLeft(used: 2)) { try ExamAdmission.check(exam, attempts: twoFailed, now: now) }
        #expect(ExamAdmission.attemptsLeft(exam, attempts: twoFailed) == 0)
        let passedSince = twoFailed + [attempt("3", passed: true, hoursAgo: 30)]
        try ExamAdmission.check(exam, attempts: passedSince, now: now)
        #expect(ExamAdmission.attemptsLeft(exam, attempts: passedSince) == 2)
    }

    @Test func theHistoryFileReplacesTheProvisionalRecordOfAnAttempt() throws {
        let scratch = Scratch()
        let history = ExamHistoryFile(path: scratch.path + "/data/attempts.json")
        var sitting = try ExamFixtures.sitting(clock: FakeClock())
        try history.record(result: sitting.result())
        #expect(try history.attempts(trainee: "anna", exam: "basic").map(\.passed) == [false])
        _ = ExamFixtures.play(&sitting, ExamFixtures.winning)
        try history.record(result: sitting.result())
        #expect(try history.attempts(trainee: "anna", exam: "basic").map(\.passed) == [true])
        #expect(try history.attempts(trainee: "boris", exam: "basic").isEmpty)
    }

    @Test func gradingListsEveryReason() throws {
        var sitting = try ExamFixtures.sitting(clock: FakeClock())
        _ = ExamFixtures.play(&sitting, ExamFixtures.winning)
        let card = try #require(sitting.result().calls.first?.scorecard)
        let strict = ExamFixtures.exam("id: s\ntitle: S\nlanguage: en\nscenarios: [a, b]\npass-mark: {average: 70, wins: 2}\n")
        let grade = ExamGrading.grade([card], planned: 2, exam: strict, abandoned: false)
        #expect(grade.average == card.score / 2)
        #expect(grade.reasons.map(\.kind) == [.average, .wins])
        #expect(ExamGrading.grade([card, card], planned: 2, exam: strict, abandoned: false).passed)
    }
}
