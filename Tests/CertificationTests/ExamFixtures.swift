import CallCoachKit
import Certification
import Foundation
import ScenarioKit

/// The repository's own scenarios and exams, a judge cache for this test run, and a clock
/// the tests move by hand.
enum ExamFixtures {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios").path
    /// A new catalog per use (Catalog is a class); the judge comes from the shared disk cache.
    static var catalog: Catalog {
        Catalog(
        library: ScenarioLibrary(roots: [.directory(scenarios)]),
        cache: ModelCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("callcoach-cert-cache")))
    }

    static let winning = [
        "Hi Laura, this is Alex from Brightline. Could you put me through to David Miller, please?",
        "I understand. But the proposal depends on how his fleet runs, so I need two minutes with him. Could you connect me?",
        "Hi David, Alex from Brightline. We cut fuel costs for three hauliers your size. I'd like to set up a short meeting.",
        "I understand. But the numbers depend on your routes. Could we meet on Tuesday at 10 or Wednesday at 3?",
        "Great, so that's Tuesday at 10am at your depot. I'll send an invite. See you then!",
    ]
    static let proposalTrap = ["Hi, could you put me through to your director please?", "Sure, I'll email it over."]

    static func exam(_ yaml: String) -> Exam {
        let root = try! YAMLParser.parse(SourceFile(path: "exam.yaml", text: yaml)).get()
        let (exam, diagnostics) = ExamLoader.load(root, path: "exam.yaml")
        precondition(exam != nil, "fixture exam has errors: \(diagnostics)")
        return exam!
    }

    static let basic = exam("""
        id: basic
        title: Basic
        language: en
        scenarios: [gatekeeper-proposal]
        pass-mark: {average: 70, wins: 1}
        critical-rules: [proposal-instead-of-meeting]
        time-per-answer: 90
        attempts: 2
        cool-down: 24h
        valid-for: 365d
        """)

    /// Loaded once for the whole run: loading the judge is the slow part.
    static let gatekeeper = try! catalog.scenario("en/gatekeeper-proposal", preferring: .en)

    static func sitting(_ exam: Exam = basic, clock: FakeClock, seed: UInt64 = 7) throws -> ExamSitting {
        let calls = ExamDraw(exam, seed: seed).calls.map { _ in gatekeeper }
        return ExamSitting(exam: exam, examSHA256: "test", calls: calls, trainee: "anna", seed: seed, clock: clock, attempt: "a1")
    }

    /// Plays `answers` to the end of the sitting (or of the answers).
    static func play(_ sitting: inout ExamSitting, _ answers: [String]) -> [ExamSitting.Output] {
        var outputs = sitting.start()
        for answer in answers where !sitting.isOver { outputs += sitting.answer(answer) }
        return outputs
    }
}

/// A clock that only moves when told.
final class FakeClock: ExamClock, @unchecked Sendable {
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = start }

    func now() -> Date { current }
    func advance(_ seconds: TimeInterval) { current += seconds }
}
