@testable import Certification
import Engine
import Foundation
import ScenarioKit
import Testing

@Suite struct ExamRulesTests {
    let exam = ExamFixtures.basic
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    var policy: ExamPolicy { ExamPolicy(exam) }

    func attempt(_ id: String, passed: Bool, hoursAgo: Double) -> ExamAttempt {
        let finished = ExamDate.string(now.addingTimeInterval(-hoursAgo * 3600))
        return ExamAttempt(attempt: id, trainee: "anna", exam: "basic", title: "Basic", state: .finished, started: finished,
                           finished: finished, passed: passed, average: passed ? 80 : 30, validUntil: nil, policy: policy)
    }

    @Test func attemptsAndCoolDownDecideWhoMaySit() throws {
        try ExamAdmission.check(policy, attempts: [], now: now)
        #expect(throws: AdmissionError.coolingDown(until: "2027-01-16T07:00:00Z")) {
            try ExamAdmission.check(policy, attempts: [attempt("1", passed: false, hoursAgo: 1)], now: now)
        }
        try ExamAdmission.check(policy, attempts: [attempt("1", passed: false, hoursAgo: 25)], now: now)
        let twoFailed = [attempt("1", passed: false, hoursAgo: 72), attempt("2", passed: false, hoursAgo: 48)]
        #expect(throws: AdmissionError.noAttemptsLeft(used: 2)) { try ExamAdmission.check(policy, attempts: twoFailed, now: now) }
        #expect(ExamAdmission.attemptsLeft(policy, attempts: twoFailed) == 0)
        let passedSince = twoFailed + [attempt("3", passed: true, hoursAgo: 30)]
        try ExamAdmission.check(policy, attempts: passedSince, now: now)
        #expect(ExamAdmission.attemptsLeft(policy, attempts: passedSince) == 2)
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
