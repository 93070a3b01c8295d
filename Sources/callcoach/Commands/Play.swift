import ArgumentParser
import Engine
import Foundation
import ScenarioKit
import Terminal

/// `callcoach play SCENARIO`: one call, from a file of answers, from stdin, or typed.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play a scenario: the counterpart speaks, you answer, the judge scores every answer.")

    @Argument(help: "A scenario file, or an id from the library (see `callcoach list`).")
    var scenario: String

    @Option(help: "Who is training (default: $USER).")
    var trainee: String?

    @Option(help: "practice (verdict after each answer), guided (numbered options), exam (no help until the end).")
    var mode: Mode = .practice

    @Option(help: "Play the answers in this file, one a line, instead of asking.")
    var answers: String?

    @Flag(help: "Print the events as JSON lines instead of a transcript.")
    var json = false

    @Option(help: "Seed for the counterpart's line variants; the same seed and answers replay a call.")
    var seed: UInt64 = 1

    @Option(help: "Language of the program's labels: ru or en (default: from LANG).")
    var ui: UILanguage?

    @Option(help: "Prefer this scenario language when an id exists in several: ru or en.")
    var lang: Language?

    @Flag(help: "No colours, even on a terminal.")
    var noColor = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (scenario, judge) = library.loadScenario(self.scenario, language: lang ?? uiLanguage.scenarioLanguage)
        let source: AnswerSource
        if let answers {
            do { source = try AnswerSource.file(answers) } catch { InputError("\(answers): \(error)").exit() }
        } else {
            source = .standardInput
        }
        let renderer = TranscriptRenderer(ui: uiLanguage, style: .plain, mode: mode, echoAnswers: true)
        var session = Session(scenario: scenario, judge: judge, mode: mode, seed: seed)
        var printer = EventPrinter(json: json, renderer: renderer)
        printer.print(session.start())
        let lines = source.lines()
        while !session.isFinished {
            guard let answer = lines.next() else {
                printer.print(session.abandon())
                break
            }
            printer.print(session.answer(answer))
        }
    }

    private var uiLanguage: UILanguage {
        ui ?? UILanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}

extension Mode: ExpressibleByArgument {}
extension UILanguage: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

extension UILanguage {
    var scenarioLanguage: Language { self == .ru ? .ru : .en }
}
