import Certification
import Foundation
import Testing

/// Where a trainee stands, worked out by hand: "now" is 2027-01-15 08:00 UTC; the exam allows
/// 2 failed attempts since the last pass and a 24-hour cool-down.
@Suite struct CertificationStatusTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)   // 2027-01-15T08:00:00Z
    let policy = ExamPolicy(attempts: 2, coolDown: 86_400)

    func attempt(_ id: String, _ state: ExamAttempt.State = .finished, passed: Bool = false, finished: String,
                 validUntil: String? = nil) -> ExamAttempt {
        ExamAttempt(attempt: id, trainee: "anna", exam: "basic", title: "Basic", state: state, started: finished, finished: finished,
                    passed: passed, average: passed ? 80 : 20, validUntil: validUntil, policy: policy)
    }

    @Test func aValidPassStandsEvenAfterAFailedReCertification() throws {
        let attempts = [attempt("1", passed: true, finished: "2026-03-01T10:00:00Z", validUntil: "2027-03-01T10:00:00Z"),
                        attempt("2", finished: "2027-01-15T07:00:00Z")]
        let status = try #require(CertificationStatus.of(attempts, now: now))
        #expect(status.state == .passed)
        #expect(status.date == "2026-03-01T10:00:00Z")
        #expect(status.validUntil == "2027-03-01T10:00:00Z")
        #expect(status.attemptsLeft == nil && status.nextAttempt == nil)
        #expect(status.attempts == 2)
    }

    @Test func aPassPastItsExpiryHasExpired() throws {
        let status = try #require(CertificationStatus.of([attempt("1", passed: true, finished: "2025-01-10T10:00:00Z",
                                                                  validUntil: "2026-01-10T10:00:00Z")], now: now))
        #expect(status.state == .expired)
        #expect(status.validUntil == "2026-01-10T10:00:00Z")
    }

    /// Failed at 07:00, an hour ago: one of two attempts used, the next after 07:00 tomorrow.
    @Test func aFailureInItsCoolDownSaysWhenTheNextAttemptMayStart() throws {
        let status = try #require(CertificationStatus.of([attempt("1", finished: "2027-01-15T07:00:00Z")], now: now))
        #expect(status.state == .failed)
        #expect(status.attemptsLeft == 1)
        #expect(status.nextAttempt == "2027-01-16T07:00:00Z")
    }

    /// An expired pass, then two failures two days ago: none left, the cool-down over.
    @Test func failuresAfterAnExpiredPassUseTheAttemptsUp() throws {
        let attempts = [attempt("1", passed: true, finished: "2025-01-10T10:00:00Z", validUntil: "2026-01-10T10:00:00Z"),
                        attempt("2", finished: "2027-01-12T10:00:00Z"), attempt("3", .abandoned, finished: "2027-01-13T10:00:00Z")]
        let status = try #require(CertificationStatus.of(attempts, now: now))
        #expect(status.state == .abandoned)
        #expect(status.date == "2027-01-13T10:00:00Z")
        #expect(status.attemptsLeft == 0)
        #expect(status.nextAttempt == nil)
    }

    @Test func aSittingUnderWayIsInProgressAndNoAttemptsIsNoStatus() throws {
        let status = try #require(CertificationStatus.of([attempt("1", .running, finished: "2027-01-15T07:45:00Z")], now: now))
        #expect(status.state == .inProgress)
        #expect(status.date == "2027-01-15T07:45:00Z")
        #expect(CertificationStatus.of([], now: now) == nil)
    }
}
