import ScenarioKit

/// Decides what a trainee's answer does (its acts) and which house rules it triggers, and
/// says why. Built once per rulebook and language; judging an answer allocates little and
/// touches no shared state, so one judge serves a whole session or an evaluation run.
public struct Judge: Sendable {
    public let rulebook: Rulebook
    public let language: Language
    public let analyzer: Analyzer
    private let detector: PatternActDetector
    private let rulePatterns: PatternSet

    public init(rulebook: Rulebook, language: Language) {
        self.rulebook = rulebook
        self.language = language
        analyzer = Analyzer(language: language)
        detector = PatternActDetector(rulebook: rulebook, language: language, analyzer: analyzer)
        rulePatterns = PatternSet(rulebook.rules.flatMap(\.when.patterns), analyzer: analyzer)
    }

    /// The acts heard in `text`. An answer with no act heard is unclear.
    public func judge(_ text: String) -> Judgement {
        let tokens = analyzer.tokens(text)
        let acts = tokens.isEmpty ? [] : detector.detect(tokens).filter { $0.confidence >= rulebook.threshold }
        return Judgement(text: text, language: language, acts: acts, unclear: acts.isEmpty, tokens: tokens)
    }

    /// Compiles a scenario's local patterns with this judge's language and stemmer.
    public func compile(_ patterns: [Located<Pattern>]) -> PatternSet {
        PatternSet(patterns, analyzer: analyzer)
    }

    /// The rules an answer triggers in a situation, in rulebook order.
    public func rules(for judgement: Judgement, in situation: Situation) -> [RuleHit] {
        let acts = judgement.actIDs
        return rulebook.rules.compactMap { rule in
            guard rule.when.holds(acts: acts, situation: situation, tokens: judgement.tokens, patterns: rulePatterns, language: language) else { return nil }
            return RuleHit(
                rule: rule.id, title: rule.title.text(in: language), points: rule.points, severity: rule.severity,
                coach: rule.coach?.text(in: language),
                because: rule.when.all.map(\.value) + rule.when.any.map(\.value).filter(acts.contains))
        }
    }
}
