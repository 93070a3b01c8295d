import Foundation

/// Where a trainee's attempts are kept, so attempts and cool-down can be enforced and reports
/// can say who is certified. The progress store keeps them (its `exam_results` table); this
/// module only says what it must do, so it needs no database.
public protocol ExamHistory {
    /// Every attempt of `trainee` at `exam`, oldest first.
    func attempts(trainee: String, exam: String) throws -> [ExamAttempt]
    /// The sitting begins: kept at once as an attempt that has not passed, so killing the
    /// program still costs one.
    func begin(_ sitting: ExamSitting) throws
    /// The sitting ended: its attempt takes the result, and the signature when it was signed.
    func finish(_ result: ExamResult, signature: String?) throws
}

/// One attempt as the history keeps it.
public struct ExamAttempt: Sendable, Equatable {
    /// Running until the sitting ends (or its process is found gone), then finished, or
    /// abandoned when the trainee left it or the program was killed.
    public enum State: String, Sendable {
        case running, finished, abandoned
    }

    public var attempt: String
    public var trainee: String
    public var exam: String
    public var title: String
    public var state: State
    public var started: String
    /// The end, or the start while it runs: a cool-down counts from here.
    public var finished: String
    public var passed: Bool
    public var average: Int?
    public var validUntil: String?
    /// The exam's rules of sitting as they were for this attempt.
    public var policy: ExamPolicy

    public init(attempt: String, trainee: String, exam: String, title: String, state: State, started: String, finished: String,
                passed: Bool, average: Int?, validUntil: String?, policy: ExamPolicy) {
        self.attempt = attempt
        self.trainee = trainee
        self.exam = exam
        self.title = title
        self.state = state
        self.started = started
        self.finished = finished
        self.passed = passed
        self.average = average
        self.validUntil = validUntil
        self.policy = policy
    }
}
