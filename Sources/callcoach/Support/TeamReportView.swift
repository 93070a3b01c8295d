import ProgressStore

/// The team report: a row per trainee, as a table, CSV or JSON.
struct TeamReportView {
    let rows: [TraineeSummary]
    let text: ReportText

    func table() -> [[String]] {
        [[text.trainee, text.calls, text.wins, text.average, text.best, text.gatekeeper, text.decisionMaker, text.meeting, text.trap,
          text.lastCall]]
            + rows.map { row in
                let calls = row.calls
                return [row.trainee, "\(calls)", "\(row.wins) (\(text.percent(row.wins, calls)))", ReportFormat.score(row.averageScore),
                        "\(row.bestScore)", "\(row.funnel.passedGatekeeper)", "\(row.funnel.reachedDecisionMaker)",
                        "\(row.funnel.meetingBooked) (\(text.percent(row.funnel.meetingBooked, calls)))",
                        text.percent(row.proposalTraps, calls), ReportFormat.day(row.lastCall)]
            }
    }

    func csv() -> [[String]] {
        [["trainee", "calls", "wins", "win_rate", "average_score", "best_score", "passed_gatekeeper", "reached_decision_maker",
          "meeting_booked", "proposal_traps", "proposal_trap_rate", "last_call"]]
            + rows.map { row in
                [row.trainee, "\(row.calls)", "\(row.wins)", ReportFormat.rate(row.winRate), ReportFormat.score(row.averageScore),
                 "\(row.bestScore)", "\(row.funnel.passedGatekeeper)", "\(row.funnel.reachedDecisionMaker)",
                 "\(row.funnel.meetingBooked)", "\(row.proposalTraps)", ReportFormat.rate(row.proposalTrapRate),
                 ReportFormat.moment(row.lastCall)]
            }
    }
}
