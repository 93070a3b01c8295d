import ArgumentParser
import CallCoachKit
import Foundation
import Judge
import ScenarioKit

/// `callcoach eval-judge FILE…`: the judge measured on a labelled set.
struct EvalJudge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-judge",
        abstract: "Measure the judge on labelled answers: per-act precision, recall, F1, confusions, the cardinal violation.",
        discussion: "FILE is TSV: lang<TAB>counterpart line<TAB>acts (comma-separated, or -)<TAB>answer.")

    @Argument(help: "Labelled answer files (e.g. scenarios/eval/*.tsv).")
    var files: [String] = []

    @Flag(help: "Measure the rulebook's own examples instead, by 10-fold cross-validation.")
    var crossValidate = false

    @Option(help: "Rulebook name in the library, or a path.")
    var rulebook = "cold-call"

    @Option(help: "The rule whose firing is the cardinal violation.")
    var cardinalRule = "proposal-instead-of-meeting"

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: "List every answer the judge got wrong.")
    var mistakes = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if files.isEmpty && !crossValidate {
            throw ValidationError("give a labelled answer file, e.g. `callcoach eval-judge scenarios/eval/cold-call-ru.tsv`, or --cross-validate")
        }
        if !files.isEmpty && crossValidate {
            throw ValidationError("--cross-validate measures the rulebook's own examples; give no files with it")
        }
    }

    func run() throws {
        let rulebook = try library.loadRulebook(self.rulebook)
        guard let rule = rulebook.rule(cardinalRule) else {
            let hint = rulebook.rules.map(\.id).joined(separator: ", ")
            throw InputError("rulebook '\(rulebook.id)' has no rule '\(cardinalRule)' (its rules: \(hint))")
        }
        var report: EvaluationReport
        if crossValidate {
            report = Evaluation.crossValidate(rulebook, cardinalRule: rule)
        } else {
            let answers = try LabelledFiles.read(files, vocabulary: Set(rulebook.acts.map(\.id)))
            let cache = ModelCache.standard()
            let judges = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, cache.judge(rulebook, language: $0)) })
            report = Evaluation.run(answers, rulebook: rulebook, judges: judges, cardinalRule: rule)
        }
        if json {
            if !mistakes { report.mistakes = [] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            Output.line(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        EvaluationPrinter.print(report, mistakes: mistakes)
    }
}

/// Labelled answer files read together; the first unreadable one is an input error.
enum LabelledFiles {
    static func read(_ paths: [String], vocabulary: Set<ActID>) throws -> [LabelledAnswer] {
        var answers: [LabelledAnswer] = []
        for path in paths {
            switch LabelledSet.read(path, vocabulary: vocabulary) {
            case .success(let read): answers += read
            case .failure(let diagnostic): throw InputError(diagnostic.description)
            }
        }
        return answers
    }
}
