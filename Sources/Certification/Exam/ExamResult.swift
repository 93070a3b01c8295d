import Engine
import Foundation
import ScenarioKit

/// The signed record of one sitting: who, which exam (and the exact file), when, pass or
/// fail with the reasons, and every call's scorecard (with its provenance) and answers.
/// Written as canonical JSON — sorted keys, no insignificant whitespace — so the same result
/// always has the same bytes, and a signature over them covers every field.
public struct ExamResult: Sendable, Codable, Equatable {
    public static let currentFormat = "callcoach-exam-result/1"

    public var format: String
    /// This attempt's id: the history records it when the sitting starts and again at the end.
    public var attempt: String
    public var trainee: String
    public var exam: ExamInfo
    /// The seed the calls were drawn from; `callcoach exam --seed` replays the sitting.
    public var seed: UInt64
    public var started: String
    public var finished: String
    /// When the certificate expires; nil for a fail or an exam with no `valid-for`.
    public var validUntil: String?
    public var passed: Bool
    public var reasons: [Reason]
    public var average: Int
    public var wins: Int
    public var calls: [CallRecord]
    public var version: String

    /// The exam as it was sat, with the SHA-256 of its file.
    public struct ExamInfo: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var language: Language
        public var sha256: String
        public var passMark: Exam.PassMark
        public var criticalRules: [String]
        public var timePerAnswer: Int?
        public var calls: Int
    }

    /// Why an exam was failed.
    public struct Reason: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable {
            case average, wins, abandoned
            case criticalRule = "critical-rule"
        }
        public var kind: Kind
        public var message: String
        public var rule: String?
        public var scenario: String?

        public init(kind: Kind, message: String, rule: String? = nil, scenario: String? = nil) {
            self.kind = kind
            self.message = message
            self.rule = rule
            self.scenario = scenario
        }
    }

    /// One call played: its scorecard as the engine made it, and what the trainee typed.
    public struct CallRecord: Sendable, Codable, Equatable {
        public var scenario: String
        public var title: String
        public var scorecard: Scorecard
        public var answers: [Answer]
    }

    /// An answer as typed. A late one is kept here but was judged as no answer.
    public struct Answer: Sendable, Codable, Equatable {
        public var text: String
        /// Seconds from the line being shown to the answer.
        public var seconds: Int
        public var late: Bool
    }

    /// The document's bytes: canonical JSON and a final newline.
    public func canonicalJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public static func read(_ data: Data) throws -> ExamResult {
        try JSONDecoder().decode(ExamResult.self, from: data)
    }
}
