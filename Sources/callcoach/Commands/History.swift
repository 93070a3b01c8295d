import ArgumentParser
import Foundation
import ProgressStore
import Terminal

/// `callcoach history`: the latest calls, newest first, with the number `review` takes.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The latest calls, newest first (the number is what `review` takes).")

    @Option(help: "Only this trainee's calls.")
    var trainee: String?

    @Option(help: "How many calls to list.")
    var limit = 30

    @Option(help: "table, json or csv.")
    var format: ReportOutput = .table

    @Option(help: "Language of the labels: ru or en (default: from LANG).")
    var ui: UILanguage?

    @OptionGroup var store: StoreOptions

    func run() throws {
        let calls = try store.open().history(trainee: trainee, limit: max(1, limit))
        let text = ReportText(language: ui ?? UILanguage.fromEnvironment(ProcessInfo.processInfo.environment))
        switch format {
        case .json:
            Output.line(String(decoding: try ReportFormat.json.encode(calls), as: UTF8.self))
        case .csv:
            Output.line(CSV.text([["session", "trainee", "attempt", "scenario", "mode", "state", "outcome", "score", "answers", "started_at"]]
                + calls.map { ["\($0.id)", $0.trainee, "\($0.attempt)", $0.scenario, $0.mode, $0.state, $0.outcome ?? "",
                               $0.score.map(String.init) ?? "", "\($0.answers)", ReportFormat.moment($0.startedAt)] }), terminator: "")
        case .table:
            guard !calls.isEmpty else { return Output.line(text.noCalls) }
            Table.print([[text.session, text.trainee, text.attempt, text.scenario, text.mode, text.outcome, text.score, text.answers, text.started]]
                + calls.map { ["\($0.id)", $0.trainee, "\($0.attempt)", $0.scenario, $0.mode, text.outcome($0), $0.score.map(String.init) ?? "-",
                               "\($0.answers)", ReportFormat.minute($0.startedAt)] })
        }
    }
}
