import Certification
import ProgressStore

/// One trainee's report: headline, trend, funnel, trap rate, mistakes with a real answer each,
/// progress by stage, role and difficulty, and their exams: where they stand and every attempt.
struct TraineeReportView {
    let report: TraineeReport
    let certification: [CertificationStatus]
    /// Oldest first.
    let attempts: [StoredExamAttempt]
    let text: ReportText

    func lines() -> [String] {
        let summary = report.summary, funnel = summary.funnel
        var lines = ["\(summary.trainee): " + text.summaryLine(summary)]
        lines.append("\(text.trend) (\(report.trend.count), \(text.oldestToLatest)): \(Sparkline.text(report.trend))  "
                     + report.trend.map(String.init).joined(separator: " "))
        let steps = text.funnelSteps
        lines.append("\(text.funnel): \(steps.calls) \(funnel.calls)"
                     + " → \(steps.gatekeeper) \(funnel.passedGatekeeper) (\(text.percent(funnel.passedGatekeeper, funnel.calls)))"
                     + " → \(steps.decisionMaker) \(funnel.reachedDecisionMaker) (\(text.percent(funnel.reachedDecisionMaker, funnel.calls)))"
                     + " → \(steps.meeting) \(funnel.meetingBooked) (\(text.percent(funnel.meetingBooked, funnel.calls)))")
        lines.append("\(text.trap): " + text.trapLine(summary.proposalTraps, of: summary.calls))
        if !report.rulesBroken.isEmpty {
            lines.append("\(text.rulesBroken):")
            for rule in report.rulesBroken {
                lines.append("  \(rule.count)× \(rule.title) [\(rule.rule)]: «\(rule.exampleAnswer)» " + text.after(rule.exampleLine))
            }
        }
        for (title, groups) in [(text.byStage, report.byStage), (text.byRole, report.byRole), (text.byDifficulty, report.byDifficulty)] {
            lines.append("\(title):")
            let width = groups.map(\.group.count).max() ?? 0
            lines += groups.map { group in
                "  " + group.group + String(repeating: " ", count: width - group.group.count)
                    + "  \(text.calls.lowercased()) \(group.calls), \(text.wins.lowercased()) \(group.wins) (\(text.percent(group.wins, group.calls))), "
                    + "\(text.average.lowercased()) \(ReportFormat.score(group.averageScore))"
            }
        }
        return lines + examLines()
    }

    private func examLines() -> [String] {
        guard !attempts.isEmpty else { return [] }
        let exams = ExamReportText(language: text.language)
        var lines = ["\(exams.certification):"]
        lines += certification.map { "  \($0.exam): " + exams.status($0) }
        lines.append("\(exams.attempts):")
        lines += attempts.map { attempt in
            "  " + exams.attemptLine(started: attempt.startedAt, exam: attempt.exam, state: exams.attempt(attempt.state, passed: attempt.passed),
                                     average: attempt.state == "running" ? nil : attempt.average, wins: attempt.wins,
                                     validUntil: attempt.validUntil)
        }
        return lines
    }

    /// Long form, one figure a row (`section,item,metric,value`), so a spreadsheet can pivot it.
    func csv() -> [[String]] {
        let summary = report.summary, funnel = summary.funnel
        var rows: [[String]] = [["section", "item", "metric", "value"]]
        rows += [
            ["summary", summary.trainee, "calls", "\(summary.calls)"],
            ["summary", summary.trainee, "wins", "\(summary.wins)"],
            ["summary", summary.trainee, "average_score", ReportFormat.score(summary.averageScore)],
            ["summary", summary.trainee, "best_score", "\(summary.bestScore)"],
            ["summary", summary.trainee, "proposal_traps", "\(summary.proposalTraps)"],
            ["summary", summary.trainee, "proposal_trap_rate", ReportFormat.rate(summary.proposalTrapRate)],
            ["funnel", "calls", "calls", "\(funnel.calls)"],
            ["funnel", "passed-gatekeeper", "calls", "\(funnel.passedGatekeeper)"],
            ["funnel", "reached-decision-maker", "calls", "\(funnel.reachedDecisionMaker)"],
            ["funnel", "meeting-booked", "calls", "\(funnel.meetingBooked)"],
        ]
        rows += report.trend.enumerated().map { ["trend", "\($0.offset + 1)", "score", "\($0.element)"] }
        for rule in report.rulesBroken {
            rows += [["rule", rule.rule, "count", "\(rule.count)"], ["rule", rule.rule, "example_answer", rule.exampleAnswer],
                     ["rule", rule.rule, "example_line", rule.exampleLine]]
        }
        for (section, groups) in [("stage", report.byStage), ("role", report.byRole), ("difficulty", report.byDifficulty)] {
            for group in groups {
                rows += [[section, group.group, "calls", "\(group.calls)"], [section, group.group, "wins", "\(group.wins)"],
                         [section, group.group, "average_score", ReportFormat.score(group.averageScore)]]
            }
        }
        for status in certification {
            rows += [["certification", status.exam, "status", status.state.rawValue], ["certification", status.exam, "date", status.date]]
            if let until = status.validUntil { rows.append(["certification", status.exam, "valid_until", until]) }
            if let left = status.attemptsLeft { rows.append(["certification", status.exam, "attempts_left", "\(left)"]) }
            if let next = status.nextAttempt { rows.append(["certification", status.exam, "next_attempt", next]) }
        }
        for attempt in attempts {
            rows += [["exam_attempt", attempt.attempt, "exam", attempt.exam], ["exam_attempt", attempt.attempt, "state", attempt.state],
                     ["exam_attempt", attempt.attempt, "started", ReportFormat.moment(attempt.startedAt)],
                     ["exam_attempt", attempt.attempt, "passed", attempt.passed ? "true" : "false"]]
            if let average = attempt.average { rows.append(["exam_attempt", attempt.attempt, "average_score", "\(average)"]) }
        }
        return rows
    }

    /// `report --trainee --format json`: the report's own fields, plus `certification` and
    /// `examAttempts`.
    func json() -> TraineeReportDocument {
        TraineeReportDocument(report: report, certification: certification, examAttempts: attempts)
    }
}

/// One trainee's report for JSON.
struct TraineeReportDocument: Encodable {
    let report: TraineeReport
    let certification: [CertificationStatus]
    let examAttempts: [StoredExamAttempt]

    private enum Key: String, CodingKey { case certification, examAttempts }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(certification, forKey: .certification)
        try container.encode(examAttempts, forKey: .examAttempts)
    }
}
