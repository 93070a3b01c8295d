import ArgumentParser
import Judge
import ScenarioKit

/// `callcoach stem`: what a word becomes for the judge, so a trainer writing patterns sees
/// which forms a plain pattern word will match.
struct Stem: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the Snowball stem of each word, one a line.",
        discussion: "Without WORD, reads one word a line from stdin.")

    @Option(help: "ru or en (default: Cyrillic → ru, else en).")
    var lang: Language?

    @Argument(help: "Words to stem.")
    var words: [String] = []

    func run() throws {
        let analyzers = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Analyzer(language: $0)) })
        let input: AnyIterator<String> = words.isEmpty ? AnswerSource.standardInput.lines() : AnyIterator(words.makeIterator())
        for word in input {
            let language = lang ?? LanguageGuess.of(word)
            let normalised = Normalizer.words(word).map(\.word)
            Output.line(normalised.map { analyzers[language]!.stem($0) }.joined(separator: " "))
        }
    }
}
