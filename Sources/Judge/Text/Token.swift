import ScenarioKit

/// One word of an answer after normalisation, with its stem and what it denotes, so patterns
/// and the example model look at the same units.
public struct Token: Sendable, Hashable {
    /// The normalised word: lower case, ё as е, repeated letters folded.
    public var text: String
    /// The Snowball stem of `text` in the answer's language.
    public var stem: String
    /// Word classes recognised in context ("в 10" makes "10" a time).
    public var classes: Set<Pattern.TokenClass>
    /// True when punctuation separates this word from the previous one: negation and
    /// the default proximity do not reach across it.
    public var startsClause: Bool
    /// True when a sentence ends before this word: even `...` in a pattern stops here.
    public var startsSentence: Bool

    public init(text: String, stem: String, classes: Set<Pattern.TokenClass> = [], startsClause: Bool = false, startsSentence: Bool = false) {
        self.text = text
        self.stem = stem
        self.classes = classes
        self.startsClause = startsClause || startsSentence
        self.startsSentence = startsSentence
    }

    public var isNumber: Bool { text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == ":" || $0 == "." } }
}
