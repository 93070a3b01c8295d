@testable import Certification
import Testing

@Suite struct CertificateTests {
    @Test func aFailedResultReadsInEitherLanguageWithItsReasons() throws {
        var sitting = try ExamFixtures.sitting(clock: FakeClock())
        _ = ExamFixtures.play(&sitting, ExamFixtures.proposalTrap)
        let result = sitting.result()
        let english = Certificate(result: result, signer: nil).render(.text)
        #expect(english.hasPrefix("CallCoach certificate\n"))
        #expect(english.contains("Result          FAILED"))
        #expect(english.contains("Signed by key   not signed"))
        #expect(english.contains("critical rule 'proposal-instead-of-meeting'"))
        let russian = Certificate(result: result, signer: "SHA256:x", language: .ru).render(.markdown)
        #expect(russian.contains("| Результат | НЕ СДАН |"))
        #expect(russian.contains("| Подпись (ключ) | SHA256:x |"))
        #expect(russian.contains("- нарушено критическое правило «proposal-instead-of-meeting» в «gatekeeper-proposal»"))
    }
}
