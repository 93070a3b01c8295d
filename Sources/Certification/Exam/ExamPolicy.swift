import ScenarioKit

/// An exam's rules of sitting: how many failed attempts are allowed since the last pass and
/// how long to wait after one. Kept with every attempt, so a report can say what a trainee
/// may do next without the exam's file.
public struct ExamPolicy: Sendable, Equatable {
    /// Failed attempts allowed since the last pass; nil for any number.
    public var attempts: Int?
    /// Seconds to wait after a failed attempt.
    public var coolDown: Int

    public init(attempts: Int?, coolDown: Int) {
        self.attempts = attempts
        self.coolDown = coolDown
    }

    public init(_ exam: Exam) {
        self.init(attempts: exam.attempts, coolDown: exam.coolDown)
    }
}
