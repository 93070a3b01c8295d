import ScenarioKit

/// Patterns compiled once for one language and looked up by their parsed form, so conditions
/// written in rulebooks and scenarios are matched without recompiling per answer.
public struct PatternSet: Sendable {
    private var compiled: [Pattern: CompiledPattern] = [:]
    private var lexicon = Lexicon()

    public init(_ patterns: [Located<Pattern>], analyzer: Analyzer) {
        for pattern in patterns where compiled[pattern.value] == nil {
            compiled[pattern.value] = CompiledPattern(pattern.value, location: pattern.location, analyzer: analyzer, lexicon: &lexicon)
        }
    }

    /// True when `pattern` matches and is not negated.
    public func matches(_ pattern: Pattern, _ tokens: [Token], language: Language) -> Bool {
        guard let compiled = compiled[pattern], let positions = compiled.match(lexicon.encode(tokens)) else { return false }
        return !Negation.isNegated(tokens, match: positions, language: language)
    }
}
