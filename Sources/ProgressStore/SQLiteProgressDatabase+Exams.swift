import Foundation
import GRDB

/// Exam attempts in `exam_results`: one row per sitting, written when it begins (so a killed
/// sitting still counts) and completed when it ends. The calls of a sitting are ordinary
/// sessions pointing at their row (`sessions.exam_result_id`).
extension SQLiteProgressDatabase {
    /// Makes the attempt's row, `running` until `finishExam`; returns its id for the sessions.
    public func beginExam(_ start: ExamAttemptStart) throws -> Int64 {
        try write { db in
            try db.execute(sql: "INSERT INTO trainees (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                           arguments: [start.trainee, start.startedAt])
            try db.execute(sql: """
                INSERT INTO exam_results (trainee_id, attempt, exam, title, language, exam_hash, seed, state, passed, pass_mark,
                    attempts_allowed, cool_down, started_at, pid, host)
                VALUES ((SELECT id FROM trainees WHERE name = ?), ?, ?, ?, ?, ?, ?, 'running', 0, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    start.trainee, start.attempt, start.exam, start.title, start.language, start.examHash, String(start.seed),
                    start.passMark, start.attemptsAllowed, start.coolDown, start.startedAt, start.process, start.host,
                ])
            return db.lastInsertedRowID
        }
    }

    /// The sitting's end: state, figures and the result document with its signature.
    public func finishExam(_ end: ExamAttemptEnd) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE exam_results SET state = ?, passed = ?, score = ?, wins = ?, ended_at = ?, valid_until = ?, result_json = ?,
                    signature = ?
                WHERE attempt = ?
                """, arguments: [
                    end.completed ? "finished" : "abandoned", end.passed, end.average, end.wins, end.endedAt, end.validUntil,
                    end.resultJSON, end.signature, end.attempt,
                ])
        }
    }

    /// Attempts oldest first, of one trainee and/or one exam, or all.
    public func examAttempts(trainee: String? = nil, exam: String? = nil) throws -> [StoredExamAttempt] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.*, t.name FROM exam_results e JOIN trainees t ON t.id = e.trainee_id
                WHERE (? IS NULL OR t.name = ?) AND (? IS NULL OR e.exam = ?)
                ORDER BY e.started_at, e.id
                """, arguments: [trainee, trainee, exam, exam])
            return try rows.map { row in
                let id: Int64 = row["id"], started: Date = row["started_at"]
                return StoredExamAttempt(
                    id: id, attempt: row["attempt"] ?? "", trainee: row["name"], exam: row["exam"], title: row["title"],
                    language: row["language"], state: row["state"], startedAt: started, endedAt: row["ended_at"] ?? started,
                    passed: row["passed"] ?? false, average: row["score"], wins: row["wins"], passMark: row["pass_mark"],
                    validUntil: row["valid_until"], attemptsAllowed: row["attempts_allowed"], coolDown: row["cool_down"],
                    sessions: try Int64.fetchAll(db, sql: "SELECT id FROM sessions WHERE exam_result_id = ? ORDER BY id", arguments: [id]))
            }
        }
    }
}
