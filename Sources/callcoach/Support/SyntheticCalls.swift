import Engine
import Foundation
import Judge
import ProgressStore
import ScenarioKit

/// Calls for the store's benchmark and load tests, made from real ones: the shipped
/// scenarios' own tests are played through the engine once, and their verdicts and scorecards
/// are then copied, renumbered and spread over many trainees and days.
struct SyntheticCalls {
    /// One real call: what the engine said, ready to be copied.
    struct Sample {
        var start: Start
        var turns: [(verdict: Verdict, line: String)]
        var scorecard: Scorecard
    }

    let samples: [Sample]
    private static let stages = ["approach", "approach", "objections", "qualification", "closing"]
    private static let roles = ["telemarketer", "telemarketer", "qualifier", "hunter", "closer"]

    /// Plays every test written in the given scenarios.
    init(scenarios: [(Scenario, Judge)]) {
        samples = scenarios.flatMap { scenario, judge in
            scenario.tests.map { test in
                var session = Session(scenario: scenario, judge: judge, mode: .practice, seed: test.seed)
                var events = session.start()
                for answer in test.answers where !session.isFinished { events += session.answer(answer) }
                events += session.abandon()
                return Self.sample(events, scorecard: session.scorecard())
            }
        }
    }

    private static func sample(_ events: [Event], scorecard: Scorecard) -> Sample {
        var start: Start?, line = "", turns: [(Verdict, String)] = []
        for event in events {
            switch event {
            case .start(let value): start = value
            case .line(let value): line = value.text
            case .verdict(let verdict): turns.append((verdict, line))
            default: break
            }
        }
        return Sample(start: start!, turns: turns, scorecard: scorecard)
    }

    /// Writes `sessions` calls with `turns` answers in all among `trainees` trainees, a call a
    /// minute from 1 January 2026. In batches of one transaction each, or, with
    /// `oneByOne`, as live calls write: a transaction per call start, turn and end.
    func write(into database: SQLiteProgressDatabase, sessions: Int, turns: Int, trainees: Int, oneByOne: Bool, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let perCall = max(1, turns / max(1, sessions))
        var written = 0
        while written < sessions {
            let count = oneByOne ? 1 : min(2_000, sessions - written)
            let calls = (0..<count).map { call(number: written + $0, turns: perCall, trainees: trainees, random: &random) }
            if oneByOne {
                try calls.forEach { try $0.write(begin: database.begin, append: database.append, finish: database.finish) }
            } else {
                try database.inOneTransaction { batch in
                    try calls.forEach { try $0.write(begin: batch.begin, append: batch.append, finish: batch.finish) }
                }
            }
            written += count
        }
    }

    private func call(number: Int, turns: Int, trainees: Int, random: inout SeededRandom) -> Call {
        let sample = samples[random.index(below: samples.count)]
        let started = Date(timeIntervalSince1970: 1_767_225_600 + Double(number) * 60)
        let trainee = String(format: "trainee-%03d", random.index(below: trainees) + 1)
        let facts = ScenarioFacts(stage: Self.stages[random.index(below: Self.stages.count)],
                                  role: Self.roles[random.index(below: Self.roles.count)], process: "b2b",
                                  difficulty: random.index(below: 3) + 1)
        let entries = (0..<turns).map { index in
            var (verdict, line) = sample.turns[index % sample.turns.count]
            verdict.turn = index + 1
            if verdict.unclear { verdict.answer += " \(random.index(below: 50))" }
            return TurnEntry(verdict: verdict, line: line, help: [], millisecondsToAnswer: 2_000 + random.index(below: 20_000),
                             answeredAt: started.addingTimeInterval(Double(index) * 20))
        }
        var scorecard = sample.scorecard
        scorecard.score = min(100, max(0, scorecard.score + random.index(below: 21) - 10))
        scorecard.answers = turns
        return Call(start: SessionStart(trainee: trainee, start: sample.start, scenario: facts, startedAt: started),
                    turns: entries, scorecard: scorecard, ended: started.addingTimeInterval(Double(turns) * 20))
    }

    private struct Call {
        var start: SessionStart
        var turns: [TurnEntry]
        var scorecard: Scorecard
        var ended: Date

        func write(begin: (SessionStart) throws -> Int64, append: (TurnEntry, Int64) throws -> Void,
                   finish: (Int64, Scorecard, Date) throws -> Void) throws {
            let id = try begin(start)
            try turns.forEach { try append($0, id) }
            try finish(id, scorecard, ended)
        }
    }
}
