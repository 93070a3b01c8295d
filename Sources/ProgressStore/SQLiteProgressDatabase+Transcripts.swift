import Foundation
import GRDB

/// Reading calls back one by one: the history list, a call's transcript, the answers the
/// judge could not place, and forgetting a trainee.
extension SQLiteProgressDatabase {
    private static let summaryColumns = """
        s.id, t.name, s.attempt, s.scenario, s.mode, s.state, s.outcome, s.score, s.answers, s.started_at
        """

    public func history(trainee: String?, limit: Int) throws -> [SessionSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM sessions s JOIN trainees t ON t.id = s.trainee_id
                \(trainee == nil ? "" : "WHERE t.name = ?")
                ORDER BY s.started_at DESC, s.id DESC LIMIT ?
                """, arguments: StatementArguments(trainee.map { [$0] } ?? []) + [limit]).map(Self.summary)
        }
    }

    public func review(_ reference: SessionReference) throws -> SessionTranscript? {
        try read { db in
            let filter: String, arguments: StatementArguments
            switch reference {
            case .id(let id): (filter, arguments) = ("s.id = ?", [id])
            case .attempt(let trainee, let number): (filter, arguments) = ("t.name = ? AND s.attempt = ?", [trainee, number])
            }
            guard let row = try Row.fetchOne(db, sql: """
                SELECT \(Self.summaryColumns), s.title, s.seed, s.scenario_hash, s.rulebook_fingerprint, s.program_version
                FROM sessions s JOIN trainees t ON t.id = s.trainee_id WHERE \(filter)
                """, arguments: arguments) else { return nil }
            let id: Int64 = row["id"]
            let milestones = try String.fetchAll(db, sql: "SELECT milestone FROM session_milestones WHERE session_id = ? ORDER BY turn, milestone",
                                                 arguments: [id])
            let turns = try Row.fetchAll(db, sql: """
                SELECT turn, step, line, answer, unclear, points, total, help, answer_ms, record_json
                FROM turns WHERE session_id = ? ORDER BY turn
                """, arguments: [id]).map(Self.turn)
            return SessionTranscript(
                session: Self.summary(row), title: row["title"], seed: row["seed"],
                provenance: SessionProvenance(scenarioHash: row["scenario_hash"], rulebookFingerprint: row["rulebook_fingerprint"],
                                              programVersion: row["program_version"]),
                milestones: milestones, turns: turns)
        }
    }

    public func unclearAnswers(limit: Int) throws -> [UnclearAnswer] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.answer, COUNT(*) AS times, MAX(t.line) AS line, MAX(s.scenario) AS scenario
                FROM turns t JOIN sessions s ON s.id = t.session_id
                WHERE t.unclear = 1
                GROUP BY t.answer ORDER BY times DESC, t.answer LIMIT ?
                """, arguments: [limit]).map { row in
                UnclearAnswer(answer: row["answer"], count: row["times"], line: row["line"], scenario: row["scenario"])
            }
        }
    }

    public func forget(_ trainee: String) throws -> Int? {
        try write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM trainees WHERE name = ?", arguments: [trainee]) else { return nil }
            let calls = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sessions WHERE trainee_id = ?", arguments: [id]) ?? 0
            try db.execute(sql: "DELETE FROM trainees WHERE id = ?", arguments: [id])
            return calls
        }
    }

    private static func summary(_ row: Row) -> SessionSummary {
        SessionSummary(id: row["id"], trainee: row["name"], attempt: row["attempt"], scenario: row["scenario"], mode: row["mode"],
                       state: row["state"], outcome: row["outcome"], score: row["score"], answers: row["answers"],
                       startedAt: row["started_at"])
    }

    private static func turn(_ row: Row) -> RecordedTurn {
        let help: String = row["help"]
        return RecordedTurn(
            turn: row["turn"], step: row["step"], line: row["line"], answer: row["answer"], unclear: row["unclear"],
            points: row["points"], total: row["total"],
            help: (try? JSONDecoder().decode([String].self, from: Data(help.utf8))) ?? [],
            millisecondsToAnswer: row["answer_ms"], recordJSON: row["record_json"])
    }
}
