import ArgumentParser
import Judge
import ScenarioKit

/// `callcoach stem`: what a word becomes for the judge, so a trainer writing patterns sees
/// which forms a plain pattern word will match.
struct Stem: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the Snowball stem of each word, one a line.",
        discussion: "Without WORD, reads one word a line from stdin.")

    @Option(help: "The stemmer to use: ru or en (default: Cyrillic → ru, else en).")
    var lang: Language?

    @Argument(help: "Words to stem.")
    var words: [String] = []

    func run() throws {
        let stemmers = [Language.ru: makeStemmer(for: .ru), .en: makeStemmer(for: .en)]
        let input: AnyIterator<String> = words.isEmpty ? AnswerSource.standardInput.lines() : AnyIterator(words.makeIterator())
        for word in input {
            let stemmer = stemmers[lang ?? Language.of(word)]!
            Output.line(Normalizer.words(word).map { stemmer.stem($0.word) }.joined(separator: " "))
        }
    }
}
