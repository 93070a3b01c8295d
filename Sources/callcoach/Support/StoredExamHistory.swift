import Certification
import Foundation
import ProgressStore

/// The exam history over the progress store's `exam_results`, so attempts live in the same
/// database as the calls: `--db`, `CALLCOACH_DB` or the XDG default, as `play` uses. The
/// adapter sits here, in the executable, so neither Certification nor ProgressStore imports
/// the other.
final class StoredExamHistory: ExamHistory {
    private let database: SQLiteProgressDatabase
    /// The row of the sitting begun, which its calls' sessions point at.
    private(set) var examResult: Int64?

    init(database: SQLiteProgressDatabase) {
        self.database = database
    }

    func attempts(trainee: String, exam: String) throws -> [ExamAttempt] {
        try database.examAttempts(trainee: trainee, exam: exam).map(ExamAttempt.init)
    }

    func begin(_ sitting: ExamSitting) throws {
        let exam = sitting.exam, result = sitting.result()
        examResult = try database.beginExam(ExamAttemptStart(
            attempt: sitting.attempt, trainee: sitting.trainee, exam: exam.id, title: exam.title, language: exam.language.rawValue,
            examHash: result.exam.sha256, seed: sitting.seed, passMark: exam.passMark.average, attemptsAllowed: exam.attempts,
            coolDown: exam.coolDown, startedAt: sitting.started))
    }

    func finish(_ result: ExamResult, signature: String?) throws {
        try database.finishExam(ExamAttemptEnd(
            attempt: result.attempt, completed: !result.reasons.contains { $0.kind == .abandoned }, passed: result.passed,
            average: result.average, wins: result.wins, endedAt: ExamDate.date(result.finished) ?? Date(),
            validUntil: result.validUntil.flatMap(ExamDate.date), resultJSON: String(decoding: try result.canonicalJSON(), as: UTF8.self),
            signature: signature))
    }
}

extension ExamAttempt {
    /// An attempt as the store keeps it, in the terms admission and status are worked out in.
    init(_ stored: StoredExamAttempt) {
        self.init(attempt: stored.attempt, trainee: stored.trainee, exam: stored.exam, title: stored.title,
                  state: State(rawValue: stored.state) ?? .abandoned, started: ExamDate.string(stored.startedAt),
                  finished: ExamDate.string(stored.endedAt), passed: stored.passed, average: stored.average,
                  validUntil: stored.validUntil.map(ExamDate.string),
                  policy: ExamPolicy(attempts: stored.attemptsAllowed, coolDown: stored.coolDown))
    }
}
