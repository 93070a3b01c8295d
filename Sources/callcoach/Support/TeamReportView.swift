import Certification
import ProgressStore

/// The team report: a row per trainee, as a table, CSV or JSON, with a column per exam that
/// anyone has attempted saying where each trainee stands.
struct TeamReportView {
    let rows: [TraineeSummary]
    let standing: ExamStanding
    let text: ReportText

    func table() -> [[String]] {
        let exams = ExamReportText(language: text.language)
        return [[text.trainee, text.calls, text.wins, text.average, text.best, text.gatekeeper, text.decisionMaker, text.meeting, text.trap,
                 text.lastCall] + standing.exams.map { "\(exams.certification): \($0)" }]
            + rows.map { row in
                let calls = row.calls
                return [row.trainee, "\(calls)", "\(row.wins) (\(text.percent(row.wins, calls)))", ReportFormat.score(row.averageScore),
                        "\(row.bestScore)", "\(row.funnel.passedGatekeeper)", "\(row.funnel.reachedDecisionMaker)",
                        "\(row.funnel.meetingBooked) (\(text.percent(row.funnel.meetingBooked, calls)))",
                        text.percent(row.proposalTraps, calls), ReportFormat.day(row.lastCall)]
                    + standing.exams.map { exam in standing.status(row.trainee, exam: exam).map(exams.status) ?? "—" }
            }
    }

    /// Five columns per exam (`exam:ID:status`, `…:date`, `…:valid_until`, `…:attempts_left`,
    /// `…:next_attempt`), machine values, empty where they do not apply.
    func csv() -> [[String]] {
        let examColumns = ["status", "date", "valid_until", "attempts_left", "next_attempt"]
        return [["trainee", "calls", "wins", "win_rate", "average_score", "best_score", "passed_gatekeeper", "reached_decision_maker",
                 "meeting_booked", "proposal_traps", "proposal_trap_rate", "last_call"]
                + standing.exams.flatMap { exam in examColumns.map { "exam:\(exam):\($0)" } }]
            + rows.map { row in
                [row.trainee, "\(row.calls)", "\(row.wins)", ReportFormat.rate(row.winRate), ReportFormat.score(row.averageScore),
                 "\(row.bestScore)", "\(row.funnel.passedGatekeeper)", "\(row.funnel.reachedDecisionMaker)",
                 "\(row.funnel.meetingBooked)", "\(row.proposalTraps)", ReportFormat.rate(row.proposalTrapRate),
                 ReportFormat.moment(row.lastCall)]
                    + standing.exams.flatMap { exam -> [String] in
                        guard let status = standing.status(row.trainee, exam: exam) else { return examColumns.map { _ in "" } }
                        return [status.state.rawValue, status.date, status.validUntil ?? "", status.attemptsLeft.map(String.init) ?? "",
                                status.nextAttempt ?? ""]
                    }
            }
    }

    /// `report --format json`: each trainee's figures as before, and `certification`.
    func json() -> [TeamReportRow] {
        rows.map { TeamReportRow(summary: $0, certification: standing.statuses($0.trainee)) }
    }
}

/// A team row for JSON: the summary's own fields, plus the trainee's certification.
struct TeamReportRow: Encodable {
    let summary: TraineeSummary
    let certification: [CertificationStatus]

    private enum Key: String, CodingKey { case certification }

    func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(certification, forKey: .certification)
    }
}
