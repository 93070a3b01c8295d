import ArgumentParser
import CallCoachKit
import Certification
import Foundation
import ScenarioKit
import Terminal

/// `callcoach exam EXAM`: a certification sitting. Glue only: `ExamSitting` plays and
/// grades, `ExamLoop` reads the lines, the key store signs the result.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "Sit a certification exam: calls in exam mode, timed answers, a signed result.",
        discussion: "Exit codes: 0 passed, 1 failed (or refused: no attempts left, cooling down), 2 usage or input error.")

    @Argument(help: "An exam file, or an exam id from scenarios/exams.")
    var exam: String

    @Option(help: "Who sits the exam (default: $USER, the login name on a proctored server).")
    var trainee: String?

    @Option(help: "Play the answers in this file, one a line, instead of asking.")
    var answers: String?

    @Flag(help: "Print the events as JSON lines, then the result document.")
    var json = false

    @Option(help: "Where to write the result (default: exam-ID-TRAINEE-DATE.json here); signed into FILE.sig when a key exists.")
    var out: String?

    @Option(help: "The seed the calls are drawn from (default: a new one, recorded in the result); replays a sitting.")
    var seed: UInt64?

    @Option(help: "The exam's language when its id exists in several: ru or en (default: from LANG).")
    var lang: Language?

    @Option(help: "The attempts history file (default: $XDG_DATA_HOME/callcoach/exam-attempts.json).")
    var history: String?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let ui = lang.map { $0 == .ru ? UILanguage.ru : .en } ?? UILanguage.fromEnvironment(environment)
        let prepared = try PreparedExam.prepare(exam, catalog: library.catalog(), language: lang ?? ui.scenarioLanguage,
                                                seed: seed ?? UInt64.random(in: 1...999_999))
        let who = trainee ?? environment["USER"] ?? "trainee"
        let attempts = history.map(ExamHistoryFile.init(path:)) ?? ExamHistoryFile.standard()
        do {
            try ExamAdmission.check(prepared.exam, attempts: attempts.attempts(trainee: who, exam: prepared.exam.id), now: Date())
        } catch let refused as AdmissionError {
            Output.error(refused.description)
            throw ExitCode(1)
        }
        var sitting = ExamSitting(exam: prepared.exam, examSHA256: prepared.sha256, calls: prepared.calls, trainee: who, seed: prepared.seed)
        // Recorded as abandoned before the first line: killing the program still costs an attempt.
        try attempts.record(result: sitting.result())

        let interactive = answers == nil && !json && LineEditor.isAvailable
        let source: any LineSource
        do {
            source = try AnswerSource.open(answers: answers, interactive: interactive,
                                           historyPath: HistoryFile.path(trainee: who, environment: environment))
        } catch {
            throw InputError("\(answers ?? "stdin"): \(error)")
        }
        // The labels speak the exam's language: the trainee is certified in it.
        let renderer = TranscriptRenderer(ui: prepared.exam.language == .ru ? .ru : .en, mode: .exam)
        let printer = ExamPrinter(json: json, renderer: renderer, wrapping: interactive)
        ExamLoop.run(&sitting, source: source, renderer: renderer, show: printer.show, notice: printer.notice)

        let result = sitting.result()
        try attempts.record(result: result)
        let path = out ?? "exam-\(result.exam.id)-\(who)-\(result.finished.prefix(10)).json"
        let document = try result.canonicalJSON()
        do {
            try document.write(to: URL(fileURLWithPath: path))
        } catch {
            throw InputError("cannot write \(path)")
        }
        let signer = try ResultSigning.signIfKeyExists(document, path: path + ".sig")
        if json {
            Output.line(String(decoding: document, as: UTF8.self), terminator: "")
        } else {
            Output.line("")
            Output.line(Certificate(result: result, signer: signer, language: prepared.exam.language).render(.text), terminator: "")
            Output.line("result: \(path)" + (signer == nil ? " (not signed: no key; see `callcoach keys init`)" : ", signature: \(path).sig"))
        }
        if !result.passed { throw ExitCode(1) }
    }
}
