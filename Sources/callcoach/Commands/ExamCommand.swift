import ArgumentParser
import CallCoachKit
import Certification
import Foundation
import ProgressStore
import ScenarioKit
import Terminal

/// `callcoach exam EXAM`: a certification sitting. Glue only: `ExamSitting` plays and
/// grades, `ExamLoop` reads the lines, the key store signs the result, and the progress store
/// (the database `play` uses) keeps the attempt and its calls.
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

    @Option(help: "Where to write the result (default: exam-ID-TRAINEE-START.json here, START to the second); never overwritten; signed into FILE.sig when a key exists.")
    var out: String?

    @Option(help: "The seed the calls are drawn from (default: a new one, recorded in the result); replays a sitting.")
    var seed: UInt64?

    @Option(help: "The exam's language when its id exists in several: ru or en (default: from LANG).")
    var lang: Language?

    @Option(help: "Language of the program's labels: ru or en (default: the exam's language).")
    var ui: UILanguage?

    @OptionGroup var library: LibraryOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let asked = lang.map { $0 == .ru ? UILanguage.ru : .en } ?? UILanguage.fromEnvironment(environment)
        let prepared = try PreparedExam.prepare(exam, catalog: library.catalog(), language: lang ?? asked.scenarioLanguage,
                                                seed: seed ?? UInt64.random(in: 1...999_999))
        // The labels speak the exam's language unless asked otherwise: the trainee is certified in it.
        let labels = ui ?? (prepared.exam.language == .ru ? .ru : .en)
        let text = ExamText(language: labels)
        let who = trainee ?? StoreLocation.defaultTrainee(environment: environment)
        let database: SQLiteProgressDatabase
        do {
            database = try store.open()
        } catch {
            throw InputError(text.noStore(error))
        }
        let history = StoredExamHistory(database: database)
        do {
            try ExamAdmission.check(ExamPolicy(prepared.exam), attempts: history.attempts(trainee: who, exam: prepared.exam.id), now: Date())
        } catch let refused as AdmissionError {
            Output.error(text.refused(refused))
            throw ExitCode(1)
        }
        var sitting = ExamSitting(exam: prepared.exam, examSHA256: prepared.sha256, calls: prepared.calls, trainee: who, seed: prepared.seed)
        let path = out ?? ResultFile.defaultName(exam: prepared.exam.id, trainee: who, started: sitting.started)
        if ResultFile.isTaken(path) { throw InputError(text.resultExists(path)) }
        // Recorded before the first line: killing the program still costs an attempt.
        do {
            try history.begin(sitting)
        } catch {
            throw InputError(text.noStore(error))
        }
        let recording = ExamRecording(database: database, trainee: who, examResult: history.examResult,
                                      calls: prepared.calls.map { ScenarioFacts($0.scenario) }) { Output.error(text.notRecorded($0)) }

        let interactive = answers == nil && !json && LineEditor.isAvailable
        let source: any LineSource
        do {
            source = try AnswerSource.open(answers: answers, interactive: interactive,
                                           historyPath: HistoryFile.path(trainee: who, environment: environment))
        } catch {
            throw InputError("\(answers ?? "stdin"): \(error)")
        }
        let replay = "callcoach exam \(Self.shellWord(exam)) --lang \(prepared.exam.language.rawValue) --seed \(prepared.seed)"
        let renderer = TranscriptRenderer(ui: labels, mode: .exam, replayCommand: replay)
        let printer = ExamPrinter(json: json, renderer: renderer, text: text, wrapping: interactive)
        ExamLoop.run(&sitting, source: source, renderer: renderer, text: text, record: recording.record, show: printer.show,
                     notice: printer.notice)

        let result = sitting.result()
        let document = try result.canonicalJSON()
        do {
            try ResultFile.create(path, data: document)
        } catch {
            throw InputError(text.cannotWrite(path) + ": \(error.localizedDescription)")
        }
        let signer = try ResultSigning.signIfKeyExists(document, path: path + ".sig")
        do {
            try history.finish(result, signature: signer == nil ? nil : try String(contentsOfFile: path + ".sig", encoding: .utf8))
        } catch {
            Output.error(text.notRecorded(error))
        }
        if json {
            Output.line(String(decoding: document, as: UTF8.self), terminator: "")
        } else {
            Output.line("")
            Output.line(Certificate(result: result, signer: signer, language: labels.scenarioLanguage).render(.text), terminator: "")
            Output.line(text.written(path, signature: signer.map { _ in path + ".sig" }))
        }
        if !result.passed { throw ExitCode(1) }
    }

    /// The exam as typed, quoted for a shell when it holds anything but plain path characters.
    private static func shellWord(_ word: String) -> String {
        guard word.contains(where: { !($0.isLetter || $0.isNumber || "-_./".contains($0)) }) else { return word }
        return "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
