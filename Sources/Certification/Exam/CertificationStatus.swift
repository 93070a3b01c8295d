import Foundation

/// Where a trainee stands with one exam, as a report shows it: certified (and until when),
/// expired, failed or abandoned (with the attempts left and, in a cool-down, when the next
/// may start), or sitting it now. Worked out from the attempts alone, by the same rules
/// `ExamAdmission` enforces, so a report and the exam command never disagree.
public struct CertificationStatus: Sendable, Codable, Equatable {
    public enum State: String, Sendable, Codable {
        case passed, expired, failed, abandoned
        case inProgress = "in-progress"
    }

    public var exam: String
    public var title: String
    public var state: State
    /// When the attempt that decides the state ended (started, for one in progress).
    public var date: String
    public var validUntil: String?
    /// Nil when the exam allows any number, or when the trainee is certified.
    public var attemptsLeft: Int?
    /// Set while a cool-down runs.
    public var nextAttempt: String?
    public var attempts: Int

    /// Nil when there are no attempts.
    ///
    /// A valid pass stands whatever came after it (a failed re-certification does not take
    /// it away); otherwise the latest attempt decides.
    public static func of(_ attempts: [ExamAttempt], now: Date) -> CertificationStatus? {
        guard let last = attempts.last else { return nil }
        var status = CertificationStatus(exam: last.exam, title: last.title, state: .failed, date: last.finished, attempts: attempts.count)
        if last.state == .running {
            (status.state, status.date) = (.inProgress, last.started)
            return status
        }
        let stillValid = attempts.last { attempt in
            attempt.passed && (attempt.validUntil.flatMap(ExamDate.date).map { $0 > now } ?? true)
        }
        if let pass = stillValid {
            (status.state, status.date, status.validUntil) = (.passed, pass.finished, pass.validUntil)
            return status
        }
        if last.passed {
            (status.state, status.validUntil) = (.expired, last.validUntil)
            return status
        }
        status.state = last.state == .abandoned ? .abandoned : .failed
        status.attemptsLeft = ExamAdmission.attemptsLeft(last.policy, attempts: attempts)
        status.nextAttempt = ExamAdmission.nextAttempt(last.policy, attempts: attempts).flatMap { $0 > now ? ExamDate.string($0) : nil }
        return status
    }

    private init(exam: String, title: String, state: State, date: String, attempts: Int) {
        self.exam = exam
        self.title = title
        self.state = state
        self.date = date
        self.attempts = attempts
    }
}
