import Engine
import Foundation
import GRDB

/// Writing a call as it happens: each method is one transaction, committed before it returns.
extension SQLiteProgressDatabase {
    public func begin(_ start: SessionStart) throws -> Int64 {
        try write { db in try Writes.begin(start, db) }
    }

    public func append(_ entry: TurnEntry, to session: Int64) throws {
        try write { db in try Writes.append(entry, to: session, db) }
    }

    public func reach(_ milestone: String, in session: Int64, turn: Int) throws {
        try write { db in try Writes.reach(milestone, in: session, turn: turn, db) }
    }

    public func finish(_ session: Int64, with scorecard: Scorecard, at date: Date) throws {
        try write { db in try Writes.finish(session, with: scorecard, at: date, db) }
    }

    public func abandon(_ session: Int64, at date: Date) throws {
        try write { db in
            try db.execute(sql: "UPDATE sessions SET ended_at = ? WHERE id = ? AND state = 'running'", arguments: [date, session])
            try Writes.markAbandoned(session, db)
        }
    }

    /// Many calls in one transaction, for imports and the benchmark's generator: the same
    /// statements as a live call, without a commit per turn.
    public func inOneTransaction(_ body: (Batch) throws -> Void) throws {
        try write { db in try body(Batch(db: db)) }
    }

    /// The writing methods of a call, inside one open transaction.
    public struct Batch {
        let db: Database

        public func begin(_ start: SessionStart) throws -> Int64 { try Writes.begin(start, db) }
        public func append(_ entry: TurnEntry, to session: Int64) throws { try Writes.append(entry, to: session, db) }
        public func reach(_ milestone: String, in session: Int64, turn: Int) throws { try Writes.reach(milestone, in: session, turn: turn, db) }
        public func finish(_ session: Int64, with scorecard: Scorecard, at date: Date) throws {
            try Writes.finish(session, with: scorecard, at: date, db)
        }
    }
}

/// The statements that write a call, each given the open transaction.
enum Writes {
    static func begin(_ start: SessionStart, _ db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO trainees (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                       arguments: [start.trainee, start.startedAt])
        let trainee = try Int64.fetchOne(db, sql: "SELECT id FROM trainees WHERE name = ?", arguments: [start.trainee])!
        let attempt = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(attempt), 0) + 1 FROM sessions WHERE trainee_id = ?",
                                       arguments: [trainee])!
        let call = start.start, facts = start.scenario, made = call.provenance
        try db.execute(sql: """
            INSERT INTO sessions (trainee_id, attempt, scenario, title, language, stage, role, process, difficulty,
                scenario_hash, rulebook_fingerprint, program_version, mode, seed, pass_mark, state, answers, started_at, pid, host,
                exam_result_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', 0, ?, ?, ?, ?)
            """, arguments: [
                trainee, attempt, call.scenario, call.title, call.language.rawValue, facts.stage, facts.role, facts.process,
                facts.difficulty, made.scenario, made.rulebook, made.version, call.mode.rawValue,
                String(call.seed), call.passMark, start.startedAt, start.process, start.host, start.examResult,
            ])
        let session = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO session_records (session_id, start_json) VALUES (?, ?)",
                       arguments: [session, try StoredJSON.text(call)])
        return session
    }

    static func append(_ entry: TurnEntry, to session: Int64, _ db: Database) throws {
        let record = entry.record, verdict = entry.record.verdict
        try db.execute(sql: """
            INSERT INTO turns (session_id, turn, step, line, answer, acts, unclear, rules, points, total, state, help,
                answer_ms, answered_at, record_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                session, record.turn, record.step, record.line?.text ?? "", record.answer,
                try StoredJSON.text(verdict.acts.map { StoredAct(act: $0.act.rawValue, confidence: $0.confidence) }),
                verdict.unclear, try StoredJSON.text(verdict.rules.map(\.rule)), verdict.points, verdict.total,
                try StoredJSON.text(record.state), try StoredJSON.text(record.help.map(\.rawValue)), entry.millisecondsToAnswer,
                entry.answeredAt, try StoredJSON.text(record),
            ])
        for hit in verdict.rules {
            try db.execute(sql: """
                INSERT INTO turn_rules (session_id, turn, rule, title, severity, points) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id, turn, rule) DO NOTHING
                """, arguments: [session, record.turn, hit.rule, hit.title, hit.severity.rawValue, hit.points])
        }
        // The running figures, so a call cut off later still shows how far it got.
        let trapped = verdict.rules.contains { $0.rule == ReportQueries.proposalTrapRule }
        try db.execute(sql: """
            UPDATE sessions SET answers = ?, score = ?, proposal_trap = CASE WHEN ? THEN 1 ELSE proposal_trap END WHERE id = ?
            """, arguments: [record.turn, verdict.total, trapped, session])
    }

    /// A call left without a scorecard: abandoned, and scored as the engine scores an
    /// abandoned call, below the pass mark whatever it had earned.
    static func markAbandoned(_ session: Int64, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE sessions SET state = 'abandoned', outcome = 'abandoned',
                score = CASE WHEN score >= pass_mark THEN pass_mark - 1 ELSE score END
            WHERE id = ? AND state = 'running'
            """, arguments: [session])
    }

    static func reach(_ milestone: String, in session: Int64, turn: Int, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO session_milestones (session_id, milestone, turn) VALUES (?, ?, ?)
            ON CONFLICT (session_id, milestone) DO NOTHING
            """, arguments: [session, milestone, turn])
        guard let step = ReportQueries.funnelMilestones.firstIndex(of: milestone) else { return }
        try db.execute(sql: "UPDATE sessions SET funnel = ? WHERE id = ? AND funnel < ?", arguments: [step + 1, session, step + 1])
    }

    static func finish(_ session: Int64, with scorecard: Scorecard, at date: Date, _ db: Database) throws {
        let outcome = scorecard.outcome.rawValue
        try db.execute(sql: """
            UPDATE sessions SET state = ?, outcome = ?, ending = ?, score = ?, points = ?, answers = ?, ended_at = ?
            WHERE id = ? AND state = 'running'
            """, arguments: [
                outcome == "abandoned" ? "abandoned" : "finished", outcome, scorecard.ending, scorecard.score,
                scorecard.points, scorecard.answers, date, session,
            ])
        guard db.changesCount > 0 else { return }
        try db.execute(sql: "UPDATE session_records SET scorecard_json = ? WHERE session_id = ?",
                       arguments: [try StoredJSON.text(scorecard), session])
        for milestone in scorecard.milestones {
            try reach(milestone.id, in: session, turn: scorecard.answers, db)
        }
    }
}

/// An act heard and how sure the judge was: the `acts` column, for queries that need no more.
private struct StoredAct: Encodable {
    var act: String
    var confidence: Double
}
