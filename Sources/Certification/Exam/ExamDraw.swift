import Engine
import ScenarioKit

/// Which calls a sitting plays and with which seeds, all from the exam's one recorded seed:
/// the same seed draws the same scenarios and the same line variants, so a sitting can be
/// replayed for review from its result document.
public struct ExamDraw: Sendable, Equatable {
    public struct Call: Sendable, Equatable {
        public var scenario: String
        public var seed: UInt64
    }

    public var calls: [Call]

    public init(_ exam: Exam, seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let ids = exam.scenarios.map(\.value)
        let chosen = exam.draw.map { Array(ids.shuffled(using: &random).prefix($0)) } ?? ids
        calls = chosen.map { Call(scenario: $0, seed: random.next() % 999_999 + 1) }
    }
}
