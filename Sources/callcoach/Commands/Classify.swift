import ArgumentParser
import CallCoachKit
import Foundation
import Judge
import ScenarioKit

/// `callcoach classify`: what the judge hears in an answer, and why. For trainers writing
/// patterns and for scripts (`--json`, one object a line).
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the acts the judge hears in an answer and the rules it alone would trigger.",
        discussion: "Without TEXT, reads one answer a line from stdin.")

    @Option(help: "Language of the answers: ru or en (default: Cyrillic → ru, else en).")
    var lang: Language?

    @Option(help: "Rulebook name in the library, or a path to a rulebook file.")
    var rulebook = "cold-call"

    @Option(help: "Whom the answer is said to, for rules that depend on it: gatekeeper, decision-maker, influencer, customer.")
    var counterpart: CounterpartRole = .gatekeeper

    @Option(help: ArgumentHelp("The other side's line the answer replies to: a short \"ok\" means what it agrees to.", valueName: "line"))
    var after = ""

    @Flag(help: "One JSON object a line: text, acts [{act, confidence, why}], unclear, rules.")
    var json = false

    @Argument(help: "The answer to classify.")
    var text: [String] = []

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let rulebook = try library.loadRulebook(self.rulebook)
        var judges: [Language: Judge] = [:]
        func judge(for language: Language) -> Judge {
            if let judge = judges[language] { return judge }
            let judge = ModelCache.standard().judge(rulebook, language: language)
            judges[language] = judge
            return judge
        }
        let answers: AnyIterator<String> = text.isEmpty ? AnswerSource.standardInput.lines() : AnyIterator([text.joined(separator: " ")].makeIterator())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for answer in answers {
            let language = lang ?? Language.of(answer)
            let judge = judge(for: language)
            let judgement = judge.judge(answer, after: after)
            let rules = judge.rules(for: judgement, in: Situation(counterpart: counterpart))
            if json {
                let line = ClassifyLine(text: answer, language: language, acts: judgement.acts, unclear: judgement.unclear, rules: rules)
                Output.line(String(decoding: try encoder.encode(line), as: UTF8.self))
            } else {
                Output.line(answer)
                if judgement.unclear { Output.line("  unclear: no act heard") }
                for act in judgement.acts {
                    Output.line("  \(act.act.rawValue) \(String(format: "%.2f", act.confidence)) — \(act.why)")
                }
                for rule in rules {
                    Output.line("  rule \(rule.rule) (\(rule.severity.rawValue), \(rule.points > 0 ? "+" : "")\(rule.points)): \(rule.title)")
                }
            }
        }
    }
}

/// One line of `classify --json`.
struct ClassifyLine: Encodable {
    var text: String
    var language: Language
    var acts: [ActHit]
    var unclear: Bool
    var rules: [RuleHit]
}

extension CounterpartRole: ExpressibleByArgument {}
