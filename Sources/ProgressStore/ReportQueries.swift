import Foundation
import GRDB

/// The reports' SQL, kept portable (no JSON functions, no SQLite-only syntax) so a
/// PostgreSQL store can run the same statements. A call counts once it is no longer
/// `running`; `since` compares the stored start time.
enum ReportQueries {
    /// The rule whose firing means the trainee agreed to send a proposal instead of a meeting.
    static let proposalTrapRule = "proposal-instead-of-meeting"

    /// Funnel milestones in order; a call that reached a later one passed the earlier ones.
    static let funnelMilestones = ["passed-gatekeeper", "reached-decision-maker", "meeting-booked"]

    /// Calls, wins, average, best, the funnel, proposal traps and the last call per trainee:
    /// one pass over `sessions_by_trainee`, names joined after grouping.
    static func summaries(_ db: Database, since: Date?, trainee: Int64?) throws -> [Int64: TraineeSummary] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT t.id, t.name, figures.* FROM (
                SELECT s.trainee_id, COUNT(*) AS calls,
                    SUM(CASE WHEN s.outcome = 'win' THEN 1 ELSE 0 END) AS wins,
                    AVG(COALESCE(s.score, 0)) AS average, MAX(COALESCE(s.score, 0)) AS best,
                    SUM(CASE WHEN s.funnel >= 1 THEN 1 ELSE 0 END) AS gatekeeper,
                    SUM(CASE WHEN s.funnel >= 2 THEN 1 ELSE 0 END) AS decision_maker,
                    SUM(CASE WHEN s.funnel >= 3 THEN 1 ELSE 0 END) AS meeting,
                    SUM(s.proposal_trap) AS traps, MAX(s.started_at) AS last_call
                FROM sessions s
                WHERE s.state <> 'running' AND s.started_at >= ? \(trainee == nil ? "" : "AND s.trainee_id = ?")
                GROUP BY s.trainee_id
            ) AS figures JOIN trainees t ON t.id = figures.trainee_id
            """, arguments: arguments(since, trainee))
        var summaries: [Int64: TraineeSummary] = [:]
        for row in rows {
            let calls: Int = row["calls"]
            summaries[row["id"]] = TraineeSummary(
                trainee: row["name"], calls: calls, wins: row["wins"], averageScore: row["average"], bestScore: row["best"],
                funnel: Funnel(calls: calls, passedGatekeeper: row["gatekeeper"], reachedDecisionMaker: row["decision_maker"],
                               meetingBooked: row["meeting"]),
                proposalTraps: row["traps"], lastCall: row["last_call"])
        }
        return summaries
    }

    /// Scores of the latest calls, oldest first.
    static func trend(_ db: Database, trainee: Int64, since: Date?, length: Int) throws -> [Int] {
        let scores = try Int.fetchAll(db, sql: """
            SELECT COALESCE(score, 0) FROM sessions
            WHERE trainee_id = ? AND state <> 'running' AND started_at >= ?
            ORDER BY started_at DESC, id DESC LIMIT ?
            """, arguments: [trainee, sinceArgument(since), length])
        return scores.reversed()
    }

    /// The mistakes the trainee makes most, each with its latest real answer.
    static func rulesBroken(_ db: Database, trainee: Int64, since: Date?, limit: Int) throws -> [RuleBroken] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.rule, MAX(r.title) AS title, MAX(r.severity) AS severity, COUNT(*) AS hits
            FROM turn_rules r JOIN sessions s ON s.id = r.session_id
            WHERE s.trainee_id = ? AND s.state <> 'running' AND s.started_at >= ? AND r.severity <> 'good'
            GROUP BY r.rule ORDER BY hits DESC, r.rule LIMIT ?
            """, arguments: [trainee, sinceArgument(since), limit])
        return try rows.map { row in
            let rule: String = row["rule"]
            let example = try Row.fetchOne(db, sql: """
                SELECT t.answer, t.line FROM turn_rules r
                JOIN sessions s ON s.id = r.session_id
                JOIN turns t ON t.session_id = r.session_id AND t.turn = r.turn
                WHERE s.trainee_id = ? AND r.rule = ? AND s.state <> 'running' AND s.started_at >= ?
                ORDER BY s.started_at DESC, r.turn DESC LIMIT 1
                """, arguments: [trainee, rule, sinceArgument(since)])
            return RuleBroken(rule: rule, title: row["title"], severity: row["severity"], count: row["hits"],
                              exampleAnswer: example?["answer"] ?? "", exampleLine: example?["line"] ?? "")
        }
    }

    /// The session columns a trainee's calls can be grouped by.
    enum Grouping: String {
        case stage, role, difficulty
    }

    static func breakdown(_ db: Database, by grouping: Grouping, trainee: Int64, since: Date?) throws -> [Breakdown] {
        let column = grouping.rawValue
        return try Row.fetchAll(db, sql: """
            SELECT CAST(\(column) AS TEXT) AS grouped, COUNT(*) AS calls, SUM(CASE WHEN outcome = 'win' THEN 1 ELSE 0 END) AS wins,
                AVG(COALESCE(score, 0)) AS average
            FROM sessions WHERE trainee_id = ? AND state <> 'running' AND started_at >= ?
            GROUP BY \(column) ORDER BY \(column)
            """, arguments: [trainee, sinceArgument(since)]).map { row in
            Breakdown(group: row["grouped"], calls: row["calls"], wins: row["wins"],
                      averageScore: row["average"])
        }
    }

    /// An empty text sorts before every stored time, so no `since` means every call.
    private static func sinceArgument(_ since: Date?) -> DatabaseValue {
        since?.databaseValue ?? "".databaseValue
    }

    private static func arguments(_ since: Date?, _ trainee: Int64?) -> StatementArguments {
        var arguments: StatementArguments = [sinceArgument(since)]
        if let trainee { arguments += [trainee] }
        return arguments
    }
}
