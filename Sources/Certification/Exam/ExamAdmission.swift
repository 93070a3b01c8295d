import Foundation
import ScenarioKit

/// Whether a trainee may sit an exam now: failed attempts since their last pass are counted
/// against `attempts`, and after a failed one they wait out `cool-down`. A pass resets the
/// count, so re-certification before expiry is always allowed.
public enum ExamAdmission {
    public static func check(_ exam: Exam, attempts: [ExamAttempt], now: Date) throws(AdmissionError) {
        let sinceLastPass = attempts.reversed().prefix { !$0.passed }
        if let allowed = exam.attempts, sinceLastPass.count >= allowed {
            throw .noAttemptsLeft(used: sinceLastPass.count)
        }
        if let last = attempts.last, !last.passed, let finished = ExamDate.date(last.finished) {
            let until = finished.addingTimeInterval(TimeInterval(exam.coolDown))
            if now < until { throw .coolingDown(until: ExamDate.string(until)) }
        }
    }

    /// Attempts the trainee has left; nil when the exam allows any number.
    public static func attemptsLeft(_ exam: Exam, attempts: [ExamAttempt]) -> Int? {
        exam.attempts.map { max(0, $0 - attempts.reversed().prefix { !$0.passed }.count) }
    }
}

/// Why a sitting was refused.
public enum AdmissionError: Error, Sendable, Equatable, CustomStringConvertible {
    case noAttemptsLeft(used: Int)
    case coolingDown(until: String)

    public var description: String {
        switch self {
        case .noAttemptsLeft(let used): "no attempts left: \(used) failed since the last pass (attempts are kept in the exam history)"
        case .coolingDown(let until): "the last attempt failed; the next may start at \(until)"
        }
    }
}
