import ArgumentParser
import CallCoachKit
import Engine
import Foundation
import ProgressStore
import ScenarioKit
import Terminal

/// `callcoach play SCENARIO`: one call, typed at a readline prompt, or read from a file of
/// answers or a pipe, recorded turn by turn in the progress store. Glue only: `CallLoop` and
/// `CallController` in `Terminal` do the work, `PlayRecording` feeds the store.
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

    @Option(help: "Seed for the counterpart's line variants (default: a new one each call, shown in the scorecard); the same seed and answers replay a call.")
    var seed: UInt64?

    @Option(help: "Language of the program's labels: ru or en (default: --lang, else from LANG).")
    var ui: UILanguage?

    @Option(help: "The call's language when an id exists in several: ru or en (default: from LANG). Also sets the labels unless --ui is given.")
    var lang: Language?

    @Flag(help: "No colours, even on a terminal.")
    var noColor = false

    @OptionGroup var library: LibraryOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        let loaded = try library.loadScenario(self.scenario, language: lang ?? uiLanguage.scenarioLanguage)
        let environment = ProcessInfo.processInfo.environment
        let trainee = self.trainee ?? StoreLocation.defaultTrainee(environment: environment)
        // Colour and wrapping only for a call typed at a terminal: piped and file runs print
        // one plain transcript wherever it goes, so they compare byte for byte.
        let interactive = answers == nil && !json && LineEditor.isAvailable
        let source: any LineSource
        do {
            source = try AnswerSource.open(
                answers: answers, interactive: interactive, historyPath: HistoryFile.path(trainee: trainee, environment: environment))
        } catch {
            throw InputError("\(answers ?? "stdin"): \(error)")
        }
        let style = Style.detect(isTerminal: interactive, environment: environment, noColorFlag: noColor)
        let renderer = TranscriptRenderer(ui: uiLanguage, style: style, mode: mode)
        let printer = EventPrinter(json: json, renderer: renderer, wrapping: interactive)
        var call = CallController(session: loaded.session(mode: mode, seed: seed ?? UInt64.random(in: 1...999_999)))
        let recording = PlayRecording(store: store, trainee: trainee, scenario: loaded.scenario, ui: uiLanguage)
        // Recorded before shown: what the trainee has seen is already kept.
        CallLoop.run(&call, source: source, prompt: renderer.prompt, record: recording.record, show: printer.print)
    }

    /// `--ui`, else the language asked for with `--lang`, else the environment's.
    private var uiLanguage: UILanguage {
        ui ?? lang.map { $0 == .ru ? UILanguage.ru : .en } ?? UILanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}

extension Mode: ExpressibleByArgument {}
extension UILanguage: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

extension UILanguage {
    var scenarioLanguage: Language { self == .ru ? .ru : .en }
}
