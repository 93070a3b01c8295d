import Foundation

/// An exam result as an xAPI statement with cmi5's meaning: verb `passed` or `failed`,
/// `result.success`, `score.scaled` (the average over 100) and the sitting's `duration`, and
/// the digest of the signature in a context extension, so an LMS record points back at the
/// signed document it came from.
public struct XAPIStatement: Sendable, Codable, Equatable {
    public var id: String
    public var actor: Actor
    public var verb: Verb
    public var object: Activity
    public var result: Result
    public var context: Context
    public var timestamp: String

    public struct Actor: Sendable, Codable, Equatable {
        public var objectType = "Agent"
        public var name: String
        public var account: Account
        public struct Account: Sendable, Codable, Equatable {
            public var homePage: String
            public var name: String
        }
    }

    public struct Verb: Sendable, Codable, Equatable {
        public var id: String
        public var display: [String: String]
    }

    public struct Activity: Sendable, Codable, Equatable {
        public var objectType = "Activity"
        public var id: String
        public var definition: Definition
        public struct Definition: Sendable, Codable, Equatable {
            public var name: [String: String]
            public var type: String
        }
    }

    public struct Result: Sendable, Codable, Equatable {
        public var success: Bool
        public var completion: Bool
        public var score: Score
        public var duration: String
        public struct Score: Sendable, Codable, Equatable {
            public var scaled: Double
            public var raw: Int
            public var min: Int
            public var max: Int
        }
    }

    public struct Context: Sendable, Codable, Equatable {
        public var contextActivities: [String: [Category]]
        public var extensions: [String: String]
        public struct Category: Sendable, Codable, Equatable {
            public var id: String
        }
    }

    /// `signatureSHA256` is the SHA-256 of the `.sig` file, nil when the result is unsigned;
    /// `homePage` names the system whose accounts the trainee names are.
    public init(_ result: ExamResult, signatureSHA256: String?, homePage: String) {
        let verb = result.passed ? "passed" : "failed"
        let started = ExamDate.date(result.started), finished = ExamDate.date(result.finished)
        let seconds = started.flatMap { start in finished.map { max(0, Int($0.timeIntervalSince(start))) } } ?? 0
        let language = result.exam.language == .ru ? "ru-RU" : "en-US"
        id = result.attempt
        actor = Actor(name: result.trainee, account: .init(homePage: homePage, name: result.trainee))
        self.verb = Verb(id: "http://adlnet.gov/expapi/verbs/\(verb)", display: ["en-US": verb])
        object = Activity(id: "\(homePage)/exams/\(result.exam.id)",
                          definition: .init(name: [language: result.exam.title], type: "http://adlnet.gov/expapi/activities/assessment"))
        self.result = Result(success: result.passed, completion: !result.reasons.contains { $0.kind == .abandoned },
                             score: .init(scaled: Double(result.average) / 100, raw: result.average, min: 0, max: 100),
                             duration: "PT\(seconds)S")
        var extensions = ["\(homePage)/xapi/exam-sha256": result.exam.sha256, "\(homePage)/xapi/seed": String(result.seed)]
        if let signatureSHA256 { extensions["\(homePage)/xapi/signature-sha256"] = signatureSHA256 }
        context = Context(contextActivities: ["category": [.init(id: "https://w3id.org/xapi/cmi5/context/categories/moveon")]],
                          extensions: extensions)
        timestamp = result.finished
    }
}
