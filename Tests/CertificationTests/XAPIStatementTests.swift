@testable import Certification
import Foundation
import Testing

@Suite struct XAPIStatementTests {
    @Test func aPassedSittingIsACmi5PassedStatementWithTheSignatureDigest() throws {
        let clock = FakeClock()
        var sitting = try ExamFixtures.sitting(clock: clock)
        _ = sitting.start()
        for answer in ExamFixtures.winning where !sitting.isOver {
            clock.advance(20)
            _ = sitting.answer(answer)
        }
        let result = sitting.result()
        let statement = XAPIStatement(result, signatureSHA256: "abc", homePage: "https://lms.test")
        #expect(statement.verb.id == "http://adlnet.gov/expapi/verbs/passed")
        #expect(statement.result.success)
        #expect(statement.result.score.scaled == Double(result.average) / 100)
        #expect(statement.result.duration == "PT100S")
        #expect(statement.context.extensions["https://lms.test/xapi/signature-sha256"] == "abc")
        #expect(statement.actor.account.name == "anna")
        #expect(statement.id == "a1")
    }

    @Test func aFailedSittingIsFailedWithoutSuccess() throws {
        var sitting = try ExamFixtures.sitting(clock: FakeClock())
        _ = ExamFixtures.play(&sitting, ExamFixtures.proposalTrap)
        let statement = XAPIStatement(sitting.result(), signatureSHA256: nil, homePage: "https://lms.test")
        #expect(statement.verb.id == "http://adlnet.gov/expapi/verbs/failed")
        #expect(!statement.result.success)
        #expect(statement.context.extensions["https://lms.test/xapi/signature-sha256"] == nil)
    }
}
