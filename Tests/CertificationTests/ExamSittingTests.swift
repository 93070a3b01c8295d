@testable import Certification
import Engine
import Foundation
import ScenarioKit
import Testing

@Suite struct ExamSittingTests {
    @Test func aWonCallAboveTheMarkPassesAndIsValidForAYear() throws {
        let clock = FakeClock()
        var sitting = try ExamFixtures.sitting(clock: clock)
        let outputs = ExamFixtures.play(&sitting, ExamFixtures.winning)
        #expect(sitting.isOver)
        #expect(!outputs.contains { if case .event(.verdict) = $0 { true } else { false } }, "an exam shows no verdicts")
        let result = sitting.result()
        #expect(result.passed)
        #expect(result.reasons.isEmpty)
        #expect(result.wins == 1)
        #expect(result.average >= 70)
        #expect(result.validUntil == "2028-01-15T08:00:00Z")
        #expect(result.calls.first?.answers.map(\.text) == ExamFixtures.winning)
        #expect(result.calls.first?.scorecard.provenance.scenario.count == 64)
    }

    @Test func theProposalTrapFailsOnTheCriticalRuleTheScoreAndTheWins() throws {
        var sitting = try ExamFixtures.sitting(clock: FakeClock())
        _ = ExamFixtures.play(&sitting, ExamFixtures.proposalTrap)
        let result = sitting.result()
        #expect(!result.passed)
        #expect(result.validUntil == nil)
        #expect(Set(result.reasons.map(\.kind)) == [.average, .wins, .criticalRule])
        #expect(result.reasons.first { $0.kind == .criticalRule }?.rule == "proposal-instead-of-meeting")
    }

    @Test func aLateAnswerIsKeptButJudgedAsNoAnswer() throws {
        let clock = FakeClock()
        var sitting = try ExamFixtures.sitting(clock: clock)
        _ = sitting.start()
        #expect(sitting.timeLeft == 90)
        clock.advance(30)
        #expect(sitting.timeLeft == 60)
        clock.advance(70)
        #expect(sitting.timeLeft == 0)
        let outputs = sitting.answer(ExamFixtures.winning[0])
        #expect(outputs.first == .late(seconds: 100, limit: 90))
        #expect(sitting.timeLeft == 90, "the clock restarts with the next line")
        let result = sitting.result()
        #expect(result.calls.first?.answers.first == .init(text: ExamFixtures.winning[0], seconds: 100, late: true))
        #expect(result.calls.first?.scorecard.milestones.isEmpty == true, "the late answer earned nothing")
    }

    @Test func quittingAbandonsTheSittingAsAFailedAttempt() throws {
        var sitting = try ExamFixtures.sitting(clock: FakeClock())
        _ = ExamFixtures.play(&sitting, Array(ExamFixtures.winning.prefix(2)))
        let events = sitting.quit()
        #expect(events.contains { if case .event(.ending(let ending)) = $0 { ending.outcome == .abandoned } else { false } })
        #expect(sitting.isOver)
        let result = sitting.result()
        #expect(!result.passed)
        #expect(result.reasons.first?.kind == .abandoned)
        #expect(result.calls.first?.scorecard.outcome == .abandoned)
    }

    @Test func aSittingNotFinishedIsGradedAsAbandoned() throws {
        var sitting = try ExamFixtures.sitting(clock: FakeClock())
        _ = sitting.start()
        #expect(sitting.result().reasons.map(\.kind).contains(.abandoned))
    }

    @Test func theSameSeedDrawsTheSameCalls() {
        let exam = ExamFixtures.exam("""
            id: pool
            title: Pool
            language: en
            pool: [a, b, c, d, e, f]
            draw: 3
            pass-mark: {average: 60}
            """)
        #expect(ExamDraw(exam, seed: 42) == ExamDraw(exam, seed: 42))
        #expect(ExamDraw(exam, seed: 42).calls.count == 3)
        #expect(Set(ExamDraw(exam, seed: 42).calls.map(\.scenario)).count == 3)
        let draws = Set((1...20).map { ExamDraw(exam, seed: $0).calls.map(\.scenario) })
        #expect(draws.count > 1, "different seeds draw different calls")
    }

    @Test func theSameSeedAndAnswersGiveTheSameResult() throws {
        var first = try ExamFixtures.sitting(clock: FakeClock())
        var second = try ExamFixtures.sitting(clock: FakeClock())
        #expect(ExamFixtures.play(&first, ExamFixtures.winning) == ExamFixtures.play(&second, ExamFixtures.winning))
        #expect(try first.result().canonicalJSON() == second.result().canonicalJSON())
    }
}
