import ArgumentParser
import CallCoachKit
import Foundation
import Judge
import ScenarioKit

/// `callcoach bench`: the judge's speed on labelled answers, for release builds (`scripts/bench`).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure rulebook load time and answers judged per second (use a release build).")

    @Argument(help: "Labelled answer files whose answers are judged (default: scenarios/eval/*.tsv).")
    var files: [String] = []

    @Option(help: "Rulebook name in the library, or a path.")
    var rulebook = "cold-call"

    @Option(help: "How many answers to judge in total.")
    var answers = 10_000

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if answers < 1 { throw ValidationError("--answers must be at least 1") }
    }

    func run() throws {
        let rulebook = try library.loadRulebook(self.rulebook)
        let reading = median { _ = try? library.loadRulebook(self.rulebook) }
        let learning = median { _ = Judge(rulebook: rulebook, language: .ru) }
        let models = Language.allCases.map { Judge(rulebook: rulebook, language: $0).learned.encoded() }
        let restoring = median { _ = Judge(rulebook: rulebook, language: .ru, learned: LearnedModel(data: models[0])) }
        let ready = median { _ = (try? library.loadRulebook(self.rulebook)).map { Judge(rulebook: $0, language: .ru, learned: LearnedModel(data: models[0])) } }
        let paths = files.isEmpty ? EvaluationSets.shipped() : files
        let texts = try LabelledFiles.read(paths, vocabulary: Set(rulebook.acts.map(\.id))).map { ($0.language, $0.text, $0.counterpart) }
        guard !texts.isEmpty else { throw InputError("no answers to judge; give a labelled file") }
        let judges = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Judge(rulebook: rulebook, language: $0)) })
        let batch = (0..<answers).map { texts[$0 % texts.count] }
            .map { LabelledAnswer(language: $0.0, counterpart: $0.2, acts: [], text: $0.1, location: SourceLocation(file: "bench", line: 1, column: 1)) }
        var heard = 0
        let oneCore = ContinuousClock().measure {
            for answer in batch.prefix(2000) { heard += judges[answer.language]!.judge(answer.text, after: answer.counterpart).acts.count }
        }
        heard = 0
        let elapsed = ContinuousClock().measure {
            heard = Judge.judgeAll(batch, judges: judges).reduce(0) { $0 + ($1?.acts.count ?? 0) }
        }
        Output.line("rulebook read and checked (YAML + example files): \(milliseconds(reading)) ms (median of 10)")
        Output.line("judge for one language, learning from the examples: \(milliseconds(learning)) ms")
        Output.line("judge for one language, from the cached model (\(models[0].count / 1024) KiB): \(milliseconds(restoring)) ms")
        Output.line("rulebook loaded, ready to judge (read + cached model): \(milliseconds(ready)) ms (median of 10)")
        Output.line("one answer on one core (the first 2,000, one after another): \(String(format: "%.1f", seconds(oneCore) / 2000 * 1e6)) µs each")
        Output.line("\(answers) answers judged (each after its line) on \(ProcessInfo.processInfo.activeProcessorCount) cores in \(milliseconds(elapsed)) ms: "
            + "\(Int(Double(answers) / seconds(elapsed))) answers/s (\(heard) acts heard)")
    }

    private func median(_ work: () -> Void) -> Duration {
        let clock = ContinuousClock()
        return (0..<10).map { _ in clock.measure(work) }.sorted()[5]
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private func milliseconds(_ duration: Duration) -> String {
        String(format: "%.1f", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
    }
}

/// The evaluation sets shipped in the repository.
enum EvaluationSets {
    static func shipped() -> [String] {
        let folder = "scenarios/eval"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".tsv") }.sorted().map { "\(folder)/\($0)" }
    }
}
