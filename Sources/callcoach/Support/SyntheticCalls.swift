import CallCoachKit
import Engine
import Foundation
import ProgressStore

/// Calls for the store's benchmark and load tests, made from real ones: the shipped
/// scenarios' own tests are played through the engine once, and their verdicts and scorecards
/// are then copied, renumbered and spread over many trainees and days.
struct SyntheticCalls {
    /// One real call: what the engine said, ready to be copied.
    struct Sample {
        var start: Start
        var turns: [TurnRecord]
        var scorecard: Scorecard
    }

    let samples: [Sample]
    private static let stages = ["approach", "approach", "objections", "qualification", "closing"]
    private static let roles = ["telemarketer", "telemarketer", "qualifier", "hunter", "closer"]

    /// Plays every test written in the given scenarios.
    init(scenarios: [LoadedScenario]) {
        samples = scenarios.flatMap { loaded in
            loaded.scenario.tests.compactMap { test in
                var session = loaded.session(mode: .practice, seed: test.seed)
                guard case .start(let start)? = session.start().first else { return nil }
                for answer in test.answers where !session.isFinished { _ = session.answer(answer) }
                _ = session.abandon()
                return session.state.records.isEmpty ? nil : Sample(start: start, turns: session.state.records, scorecard: session.scorecard())
            }
        }
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
            var record = sample.turns[index % sample.turns.count]
            (record.turn, record.verdict.turn) = (index + 1, index + 1)
            if record.verdict.unclear {
                record.answer += " \(random.index(below: 50))"
                record.verdict.answer = record.answer
            }
            return TurnEntry(record: record, millisecondsToAnswer: 2_000 + random.index(below: 20_000),
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
