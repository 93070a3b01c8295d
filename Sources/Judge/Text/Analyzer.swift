import ScenarioKit

/// Turns an answer into tokens for one language: normalised words, their stems, and the days
/// and times they name. One analyzer per language is built when a judge loads.
public struct Analyzer: Sendable {
    public let language: Language
    private let russian = makeStemmer(for: .ru)
    private let english = makeStemmer(for: .en)
    private var memo: StemMemo?

    public init(language: Language) {
        self.language = language
    }

    /// This analyzer, looking up the stems of these words instead of computing them.
    func remembering(_ memo: StemMemo) -> Analyzer {
        var analyzer = self
        analyzer.memo = memo
        return analyzer
    }

    public func tokens(_ text: String) -> [Token] {
        var tokens = Normalizer.analysed(text).map { word, punctuation, question in
            Token(text: word, stem: stem(word), classes: question ? [.question] : [],
                  startsClause: punctuation == .clause, startsSentence: punctuation == .sentence)
        }
        TimeRecognizer.mark(&tokens)
        return tokens
    }

    /// The stem of one normalised word by the stemmer of its script, so a Latin "CRM" in a
    /// Russian answer still matches.
    public func stem(_ word: String) -> String {
        if let known = memo?.stem(of: word) { return known }
        guard let first = word.unicodeScalars.first else { return word }
        let isCyrillic = ("\u{0400}"..."\u{04FF}").contains(first)
        return isCyrillic ? russian.stem(word) : english.stem(word)
    }
}
