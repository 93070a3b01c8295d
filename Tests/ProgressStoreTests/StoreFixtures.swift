import Foundation
import ProgressStore
@testable import Engine
@testable import Judge
import ScenarioKit

/// Calls written straight through the store's API, with the engine's own value types, so a
/// test controls every score, rule and milestone.
enum StoreFixtures {
    /// A fresh database file in its own temporary folder.
    static func databasePath() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callcoach-store-\(UUID().uuidString)")
        return folder.appendingPathComponent("progress.sqlite").path
    }

    static func open(_ path: String = databasePath()) throws -> SQLiteProgressDatabase {
        try StoreLocation.prepareFolder(for: path)
        return try SQLiteProgressDatabase.open(at: path)
    }

    struct Answer {
        var text: String
        var line = "Пришлите КП на почту"
        var rules: [(String, Rule.Severity)] = []
        var unclear = false
    }

    static func day(_ day: Int) -> Date {
        Date(timeIntervalSince1970: 1_793_491_200 + Double(day - 1) * 86_400)   // 2026-11-01 UTC onwards
    }

    /// Writes one call and returns its session id; `outcome` nil leaves it running.
    @discardableResult
    static func call(_ database: SQLiteProgressDatabase, trainee: String, on day: Int, stage: String = "approach",
                     role: String = "telemarketer", difficulty: Int = 1, answers: [Answer], milestones: [String] = [],
                     outcome: Outcome?, score: Int, pid: Int32 = getpid()) throws -> Int64 {
        let started = self.day(day)
        let facts = ScenarioFacts(stage: stage, role: role, process: "b2b", difficulty: difficulty)
        let id = try database.begin(SessionStart(trainee: trainee, start: start(), scenario: facts, startedAt: started, process: pid))
        for (index, answer) in answers.enumerated() {
            try database.append(turn(index + 1, answer, total: score), to: id)
        }
        for milestone in milestones {
            try database.reach(milestone, in: id, turn: answers.count)
        }
        if let outcome {
            try database.finish(id, with: scorecard(outcome: outcome, score: score, answers: answers.count, milestones: milestones),
                                at: started.addingTimeInterval(120))
        }
        return id
    }

    static let provenance = Provenance(scenario: "5e1f", rulebook: "9ab0", version: "0.3.0")

    static func start() -> Start {
        Start(scenario: "gatekeeper-proposal", title: "Секретарь просит КП", language: .ru, brief: "Встреча с директором.",
              mode: .practice, seed: 7, cast: [], passMark: 60, provenance: provenance)
    }

    static func record(_ number: Int, _ answer: Answer, total: Int) -> TurnRecord {
        let rules = answer.rules.map { RuleHit(rule: $0.0, title: $0.0.capitalized, points: -10, severity: $0.1, coach: nil, because: []) }
        let acts = answer.unclear ? [] : [ActHit(act: "agree-send-proposal", confidence: 0.9, why: "the pattern 'вышлю'")]
        let verdict = Verdict(turn: number, step: "greeting", answer: answer.text, acts: acts, unclear: answer.unclear, rules: rules,
                              reply: answer.unclear ? nil : "send", points: rules.reduce(0) { $0 + $1.points }, total: total)
        let line = Line(speaker: "olga", name: "Ольга", text: answer.line, step: "greeting", variant: "1", reask: false)
        return TurnRecord(turn: number, step: "greeting", line: line, answer: answer.text, verdict: verdict,
                          state: ["mood": .int(number)], help: number == 1 ? [.hint] : [])
    }

    static func turn(_ number: Int, _ answer: Answer, total: Int) -> TurnEntry {
        TurnEntry(record: record(number, answer, total: total), millisecondsToAnswer: 1500, answeredAt: day(1))
    }

    static func scorecard(outcome: Outcome, score: Int, answers: Int, milestones: [String]) -> Scorecard {
        Scorecard(scenario: "gatekeeper-proposal", seed: 7, mode: .practice, outcome: outcome,
                  ending: outcome == .abandoned ? nil : "end", score: score, passMark: 60, points: score, answers: answers,
                  milestones: milestones.map { Scorecard.Milestone(id: $0, title: $0) }, state: [:], violations: [], goodMoves: [],
                  helpUsed: 0, coaching: [], provenance: provenance)
    }
}
