import Foundation

/// Where a trainee's attempts are kept, so attempts and cool-down can be enforced. The
/// progress store will implement this over its exam_results table; until then
/// `ExamHistoryFile` keeps them in a JSON file.
public protocol ExamHistory: Sendable {
    /// Every attempt of `trainee` at `exam`, oldest first.
    func attempts(trainee: String, exam: String) throws -> [ExamAttempt]
    /// Records an attempt, replacing an earlier record with the same `attempt` id: a sitting
    /// is recorded as abandoned when it starts, so killing the program still costs an attempt.
    func record(result: ExamResult) throws
}

/// One attempt as the history keeps it.
public struct ExamAttempt: Sendable, Codable, Equatable {
    public var attempt: String
    public var trainee: String
    public var exam: String
    public var started: String
    public var finished: String
    public var passed: Bool
    public var validUntil: String?

    public init(_ result: ExamResult) {
        attempt = result.attempt
        trainee = result.trainee
        exam = result.exam.id
        started = result.started
        finished = result.finished
        passed = result.passed
        validUntil = result.validUntil
    }
}

/// The history in one JSON file (default `$XDG_DATA_HOME/callcoach/exam-attempts.json`).
public struct ExamHistoryFile: ExamHistory {
    public let path: String

    public init(path: String) { self.path = path }

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ExamHistoryFile {
        let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return ExamHistoryFile(path: data + "/callcoach/exam-attempts.json")
    }

    public func attempts(trainee: String, exam: String) throws -> [ExamAttempt] {
        try all().filter { $0.trainee == trainee && $0.exam == exam }
    }

    public func record(result: ExamResult) throws {
        var attempts = try all().filter { $0.attempt != result.attempt }
        attempts.append(ExamAttempt(result))
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(attempts).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    private func all() throws -> [ExamAttempt] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try JSONDecoder().decode([ExamAttempt].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
