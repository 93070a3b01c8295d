import ArgumentParser
import Foundation
import ProgressStore
import Terminal

/// `callcoach report`: the team, a row per trainee, or one trainee in depth (`--trainee`).
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Progress: a row per trainee, or one trainee in depth — calls, wins, the funnel, the proposal trap, mistakes, exams.")

    @Option(help: "One trainee in depth instead of the team.")
    var trainee: String?

    @Option(help: "Count only calls started on or after this day (YYYY-MM-DD, UTC).")
    var since: String?

    @Option(help: "Team order: name, calls, wins, average, best, meetings, traps, last.")
    var sort: TeamSort = .name

    @Option(help: "table, json or csv.")
    var format: ReportOutput = .table

    @Option(help: "How many of the latest calls the trend shows.")
    var last = 20

    @Option(help: "Language of the labels: ru or en (default: from LANG).")
    var ui: UILanguage?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let since, ReportFormat.parseDay(since) == nil { throw ValidationError("--since '\(since)' is not a day like 2026-11-30") }
        if last < 1 { throw ValidationError("--last must be at least 1") }
    }

    func run() throws {
        let database = try store.open()
        let filter = ReportFilter(since: since.flatMap(ReportFormat.parseDay), trendLength: last)
        let text = ReportText(language: ui ?? UILanguage.fromEnvironment(ProcessInfo.processInfo.environment))
        // Certification is where a trainee stands now, whatever `--since` counts.
        let attempts = try database.examAttempts(trainee: trainee)
        let standing = ExamStanding(attempts, now: Date())
        if let trainee {
            guard let report = try database.traineeReport(trainee, filter) else {
                throw InputError("no calls recorded for trainee '\(trainee)'\(since.map { " since \($0)" } ?? "")")
            }
            let view = TraineeReportView(report: report, certification: standing.statuses(trainee),
                                         attempts: attempts, text: text)
            try emit(json: view.json(), csv: view.csv(), table: { view.lines().forEach { Output.line($0) } })
        } else {
            let team = try database.teamReport(filter)
            let rows = sort.ordered(team + Self.examOnly(standing, besides: team))
            let view = TeamReportView(rows: rows, standing: standing, text: text)
            try emit(json: view.json(), csv: view.csv(), table: { rows.isEmpty ? Output.line(text.noCalls) : Table.print(view.table()) })
        }
    }

    /// Trainees who attempted an exam but have no calls counted get an empty row, so the team
    /// table still shows where they stand.
    private static func examOnly(_ standing: ExamStanding, besides rows: [TraineeSummary]) -> [TraineeSummary] {
        let listed = Set(rows.map(\.trainee))
        return standing.byTrainee.keys.filter { !listed.contains($0) }.map { trainee in
            TraineeSummary(trainee: trainee, calls: 0, wins: 0, averageScore: 0, bestScore: 0,
                           funnel: Funnel(calls: 0, passedGatekeeper: 0, reachedDecisionMaker: 0, meetingBooked: 0), proposalTraps: 0,
                           lastCall: nil)
        }
    }

    private func emit(json value: some Encodable, csv rows: [[String]], table: () -> Void) throws {
        switch format {
        case .table: table()
        case .csv: Output.line(CSV.text(rows), terminator: "")
        case .json: Output.line(String(decoding: try ReportFormat.json.encode(value), as: UTF8.self))
        }
    }
}

enum ReportOutput: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// The team table's orders: by name A–Z, every figure highest first, `last` latest first.
enum TeamSort: String, ExpressibleByArgument, CaseIterable {
    case name, calls, wins, average, best, meetings, traps, last

    func ordered(_ rows: [TraineeSummary]) -> [TraineeSummary] {
        rows.sorted { left, right in
            let (a, b): (Double, Double)
            switch self {
            case .name: return left.trainee < right.trainee
            case .calls: (a, b) = (Double(left.calls), Double(right.calls))
            case .wins: (a, b) = (Double(left.wins), Double(right.wins))
            case .average: (a, b) = (left.averageScore, right.averageScore)
            case .best: (a, b) = (Double(left.bestScore), Double(right.bestScore))
            case .meetings: (a, b) = (Double(left.funnel.meetingBooked), Double(right.funnel.meetingBooked))
            case .traps: (a, b) = (left.proposalTrapRate, right.proposalTrapRate)
            case .last: (a, b) = (left.lastCall?.timeIntervalSince1970 ?? 0, right.lastCall?.timeIntervalSince1970 ?? 0)
            }
            return a != b ? a > b : left.trainee < right.trainee
        }
    }
}
