import Foundation

/// Whether a trainee may sit an exam now: failed attempts since their last pass are counted
/// against `attempts`, and after a failed one they wait out `cool-down`. A pass resets the
/// count, so re-certification before expiry is always allowed. An attempt still running
/// counts as failed: nobody sits one exam twice at once.
public enum ExamAdmission {
    public static func check(_ policy: ExamPolicy, attempts: [ExamAttempt], now: Date) throws(AdmissionError) {
        if let allowed = policy.attempts {
            let used = failedSinceLastPass(attempts)
            if used >= allowed { throw .noAttemptsLeft(used: used) }
        }
        if let until = nextAttempt(policy, attempts: attempts), now < until {
            throw .coolingDown(until: ExamDate.string(until))
        }
    }

    /// Attempts the trainee has left; nil when the exam allows any number.
    public static func attemptsLeft(_ policy: ExamPolicy, attempts: [ExamAttempt]) -> Int? {
        policy.attempts.map { max(0, $0 - failedSinceLastPass(attempts)) }
    }

    /// When the cool-down after the last attempt ends; nil when that attempt passed.
    public static func nextAttempt(_ policy: ExamPolicy, attempts: [ExamAttempt]) -> Date? {
        guard let last = attempts.last, !last.passed, let finished = ExamDate.date(last.finished) else { return nil }
        return finished.addingTimeInterval(TimeInterval(policy.coolDown))
    }

    private static func failedSinceLastPass(_ attempts: [ExamAttempt]) -> Int {
        attempts.reversed().prefix { !$0.passed }.count
    }
}

/// Why a sitting was refused.
public enum AdmissionError: Error, Sendable, Equatable {
    case noAttemptsLeft(used: Int)
    case coolingDown(until: String)
}
