import Foundation
import GRDB

/// The reports a head of sales reads, each read in one snapshot of the database.
extension SQLiteProgressDatabase {
    public func teamReport(_ filter: ReportFilter) throws -> [TraineeSummary] {
        try read { db in
            try ReportQueries.summaries(db, since: filter.since, trainee: nil).values.sorted { $0.trainee < $1.trainee }
        }
    }

    public func traineeReport(_ trainee: String, _ filter: ReportFilter) throws -> TraineeReport? {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM trainees WHERE name = ?", arguments: [trainee]),
                  let summary = try ReportQueries.summaries(db, since: filter.since, trainee: id)[id] else { return nil }
            return TraineeReport(
                summary: summary,
                trend: try ReportQueries.trend(db, trainee: id, since: filter.since, length: filter.trendLength),
                rulesBroken: try ReportQueries.rulesBroken(db, trainee: id, since: filter.since, limit: filter.topRules),
                byStage: try ReportQueries.breakdown(db, by: .stage, trainee: id, since: filter.since),
                byRole: try ReportQueries.breakdown(db, by: .role, trainee: id, since: filter.since),
                byDifficulty: try ReportQueries.breakdown(db, by: .difficulty, trainee: id, since: filter.since))
        }
    }
}
