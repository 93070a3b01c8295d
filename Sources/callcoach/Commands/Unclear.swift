import ArgumentParser
import Foundation
import ProgressStore
import Terminal

/// `callcoach unclear`: answers the judge could not place, most frequent first, with the line
/// they replied to — what a trainer turns into new examples.
struct Unclear: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answers the judge could not place, most frequent first, with the line they replied to.")

    @Option(help: "How many answers to list.")
    var limit = 50

    @Option(help: "table, json or csv.")
    var format: ReportOutput = .table

    @Option(help: "Language of the labels: ru or en (default: from LANG).")
    var ui: UILanguage?

    @OptionGroup var store: StoreOptions

    func run() throws {
        let answers = try store.open().unclearAnswers(limit: max(1, limit))
        let text = ReportText(language: ui ?? UILanguage.fromEnvironment(ProcessInfo.processInfo.environment))
        switch format {
        case .json:
            Output.line(String(decoding: try ReportFormat.json.encode(answers), as: UTF8.self))
        case .csv:
            Output.line(CSV.text([["count", "answer", "line", "scenario"]] + answers.map { ["\($0.count)", $0.answer, $0.line, $0.scenario] }),
                        terminator: "")
        case .table:
            guard !answers.isEmpty else { return Output.line(text.noUnclear) }
            for answer in answers {
                Output.line("\(answer.count)×  «\(answer.answer)»  " + text.after(answer.line) + "  [\(answer.scenario)]")
            }
        }
    }
}
