import Foundation

/// What the store learns when an exam sitting begins. The row it makes counts as an attempt
/// from then on: a sitting killed before its end still used one.
public struct ExamAttemptStart: Sendable {
    /// The attempt's id, as the signed result carries it.
    public var attempt: String
    public var trainee: String
    public var exam: String
    public var title: String
    public var language: String
    /// The SHA-256 of the exam file sat.
    public var examHash: String
    public var seed: UInt64
    /// The average score a pass needs.
    public var passMark: Int
    /// Failed attempts allowed since the last pass (nil: any number) and the seconds to wait
    /// after one, as the exam said when this attempt began.
    public var attemptsAllowed: Int?
    public var coolDown: Int
    public var startedAt: Date
    public var process: Int32
    public var host: String

    public init(attempt: String, trainee: String, exam: String, title: String, language: String, examHash: String, seed: UInt64,
                passMark: Int, attemptsAllowed: Int?, coolDown: Int, startedAt: Date, process: Int32 = getpid(),
                host: String = HostName.current) {
        self.attempt = attempt
        self.trainee = trainee
        self.exam = exam
        self.title = title
        self.language = language
        self.examHash = examHash
        self.seed = seed
        self.passMark = passMark
        self.attemptsAllowed = attemptsAllowed
        self.coolDown = coolDown
        self.startedAt = startedAt
        self.process = process
        self.host = host
    }
}

/// How a sitting ended: graded, with the result document as signed.
public struct ExamAttemptEnd: Sendable {
    public var attempt: String
    /// False when the trainee left before the last call.
    public var completed: Bool
    public var passed: Bool
    public var average: Int
    public var wins: Int
    public var endedAt: Date
    public var validUntil: Date?
    public var resultJSON: String
    /// The SSHSIG armour, nil when no key signed it.
    public var signature: String?

    public init(attempt: String, completed: Bool, passed: Bool, average: Int, wins: Int, endedAt: Date, validUntil: Date?,
                resultJSON: String, signature: String?) {
        self.attempt = attempt
        self.completed = completed
        self.passed = passed
        self.average = average
        self.wins = wins
        self.endedAt = endedAt
        self.validUntil = validUntil
        self.resultJSON = resultJSON
        self.signature = signature
    }
}

/// One exam attempt read back (an `exam_results` row): what reports and the exam command's
/// attempt count need. Codable with stable field names.
public struct StoredExamAttempt: Sendable, Codable, Equatable {
    public var id: Int64
    public var attempt: String
    public var trainee: String
    public var exam: String
    public var title: String
    public var language: String
    /// running, finished or abandoned.
    public var state: String
    public var startedAt: Date
    /// The end; the start for an attempt still running or cut off.
    public var endedAt: Date
    public var passed: Bool
    public var average: Int?
    public var wins: Int?
    public var passMark: Int
    public var validUntil: Date?
    public var attemptsAllowed: Int?
    public var coolDown: Int
    /// The calls of the sitting, recorded as sessions (`history`, `review`).
    public var sessions: [Int64]
}
