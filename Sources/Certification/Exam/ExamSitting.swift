import CallCoachKit
import Engine
import Foundation
import ScenarioKit

/// One sitting of an exam, stepped by its host like a `Session`: the drawn calls are played
/// one after another in exam mode (the engine withholds verdicts and help), each answer is
/// timed against the exam's clock, and `result` grades the whole.
///
/// A late answer is kept in the record as typed but the engine is given an empty answer in
/// its place, which it judges as saying nothing (the counterpart asks again, then the
/// step's `otherwise` decides): no time-out can earn points.
public struct ExamSitting: Sendable {
    public let exam: Exam
    public let trainee: String
    public let seed: UInt64
    public let attempt: String
    public let started: Date
    private let examSHA256: String
    private let calls: [LoadedScenario]
    private let clock: any ExamClock
    private var finished: [ExamResult.CallRecord] = []
    private var played: [Session] = []
    private var session: Session?
    private var answers: [ExamResult.Answer] = []
    private var askedAt: Date
    public private(set) var abandoned = false

    /// What the host shows besides the engine's events.
    public enum Output: Sendable, Equatable {
        /// Call `number` of `count` begins.
        case call(number: Int, count: Int, title: String)
        case event(Event)
        /// The answer came after the time limit and counts as no answer.
        case late(seconds: Int, limit: Int)
    }

    /// `calls` are the loaded scenarios of `ExamDraw(exam, seed:)`, in its order.
    public init(exam: Exam, examSHA256: String, calls: [LoadedScenario], trainee: String, seed: UInt64,
                clock: any ExamClock = SystemClock(), attempt: String = UUID().uuidString.lowercased()) {
        self.exam = exam
        self.examSHA256 = examSHA256
        self.calls = calls
        self.trainee = trainee
        self.seed = seed
        self.clock = clock
        self.attempt = attempt
        started = clock.now()
        askedAt = started
    }

    /// The calls' sessions so far, in order, the one being played last: the host records
    /// their turns as the trainee gives them.
    public var sessions: [Session] { played + (session.map { [$0] } ?? []) }

    public var isOver: Bool { abandoned || (session == nil && finished.count == calls.count) }

    /// Whole seconds left for the answer being typed; nil when the exam has no limit.
    public var timeLeft: Int? {
        exam.timePerAnswer.map { max(0, $0 - Int(clock.now().timeIntervalSince(askedAt))) }
    }

    public mutating func start() -> [Output] {
        guard session == nil, finished.isEmpty, !abandoned else { return [] }
        return begin(0)
    }

    public mutating func answer(_ text: String) -> [Output] {
        guard var current = session else { return [] }
        let seconds = Int(clock.now().timeIntervalSince(askedAt))
        let late = exam.timePerAnswer.map { seconds > $0 } ?? false
        answers.append(ExamResult.Answer(text: text, seconds: seconds, late: late))
        var output: [Output] = late ? [.late(seconds: seconds, limit: exam.timePerAnswer ?? 0)] : []
        output += current.answer(late ? "" : text).map(Output.event)
        session = current
        askedAt = clock.now()
        if current.isFinished {
            close(current)
            if finished.count < calls.count { output += begin(finished.count) }
        }
        return output
    }

    /// `/quit`: the call in progress ends as abandoned, the rest are not played, and the
    /// sitting counts as a failed attempt.
    public mutating func quit() -> [Output] {
        guard var current = session else { return [] }
        let events = current.abandon()
        close(current)
        abandoned = true
        return events.map(Output.event)
    }

    /// The graded result as things stand; a sitting not over is graded as abandoned.
    public func result() -> ExamResult {
        var records = finished
        if var current = session {
            _ = current.abandon()
            records.append(record(current))
        }
        let grade = ExamGrading.grade(records.map(\.scorecard), planned: calls.count, exam: exam, abandoned: abandoned || !isOver)
        let end = clock.now()
        return ExamResult(
            format: ExamResult.currentFormat, attempt: attempt, trainee: trainee,
            exam: .init(id: exam.id, title: exam.title, language: exam.language, sha256: examSHA256, passMark: exam.passMark,
                        criticalRules: exam.criticalRules.map(\.value), timePerAnswer: exam.timePerAnswer, calls: calls.count),
            seed: seed, started: ExamDate.string(started), finished: ExamDate.string(end),
            validUntil: grade.passed ? exam.validFor.map { ExamDate.string(end.addingTimeInterval(TimeInterval($0))) } : nil,
            passed: grade.passed, reasons: grade.reasons, average: grade.average, wins: grade.wins,
            calls: records, version: CallCoachVersion.current)
    }

    private mutating func begin(_ index: Int) -> [Output] {
        let draw = ExamDraw(exam, seed: seed).calls[index]
        var next = calls[index].session(mode: .exam, seed: draw.seed)
        let events = next.start()
        session = next
        askedAt = clock.now()
        return [.call(number: index + 1, count: calls.count, title: calls[index].scenario.title)] + events.map(Output.event)
    }

    private mutating func close(_ current: Session) {
        finished.append(record(current))
        played.append(current)
        session = nil
        answers = []
    }

    private func record(_ current: Session) -> ExamResult.CallRecord {
        ExamResult.CallRecord(scenario: current.scenario.id, title: current.scenario.title, scorecard: current.scorecard(), answers: answers)
    }
}
