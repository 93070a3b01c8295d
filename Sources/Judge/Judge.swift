import ScenarioKit

/// Decides what a trainee's answer does (its acts) and which house rules it triggers, and
/// says why. Built once per rulebook and language; judging an answer touches no shared state,
/// so one judge serves a whole session or an evaluation run.
///
/// Two sources of evidence are combined per act: the trainer's patterns (precise, negation-aware,
/// the first word on what an act sounds like) and the nearest of the trainer's example phrases
/// (which carries inflections, typos and phrasings no pattern foresaw).
public struct Judge: Sendable {
    public let rulebook: Rulebook
    public let language: Language
    public let analyzer: Analyzer
    private let detector: PatternActDetector
    private let space: FeatureSpace
    private let examples: ExampleModel
    private let classifier: ActClassifier
    private let rulePatterns: PatternSet
    private let notWith: [ActID: Set<ActID>]
    private let examplesAlone: [ActID: Double]

    public init(rulebook: Rulebook, language: Language) {
        self.rulebook = rulebook
        self.language = language
        analyzer = Analyzer(language: language)
        detector = PatternActDetector(rulebook: rulebook, language: language, analyzer: analyzer)
        let phrases = Self.examples(of: rulebook, in: language)
        let analyzer = self.analyzer
        let (space, vectors) = FeatureSpace.build(phrases.map { analyzer.tokens($0.text) }, language: language)
        self.space = space
        examples = ExampleModel(examples: phrases, vectors: vectors, featureCount: space.featureCount)
        classifier = ActClassifier(acts: rulebook.acts.map(\.id), labels: phrases.map(\.acts), vectors: vectors, featureCount: space.featureCount)
        rulePatterns = PatternSet(rulebook.rules.flatMap(\.when.patterns), analyzer: analyzer)
        notWith = Dictionary(uniqueKeysWithValues: rulebook.acts.map { ($0.id, Set($0.notWith.map(\.value))) })
        examplesAlone = Dictionary(uniqueKeysWithValues: rulebook.acts.compactMap { act in act.examplesAlone.map { (act.id, $0) } })
    }

    /// The acts heard in `text`. An answer with no act heard is unclear.
    public func judge(_ text: String) -> Judgement {
        let tokens = analyzer.tokens(text)
        guard !tokens.isEmpty else { return Judgement(text: text, language: language, acts: [], unclear: true, tokens: tokens) }
        let findings = detector.detect(tokens)
        let query = space.vector(tokens)
        let votes = examples.votes(query)
        let probabilities = query.isEmpty ? [:] : classifier.probabilities(query)
        var hits: [ActHit] = []
        for act in rulebook.acts.map(\.id) where !findings.ruledOut.contains(act) {
            let vote = votes[act]
            let learned = Evidence.learned(probability: probabilities[act] ?? 0, vote: vote?.score ?? 0)
            if var hit = findings.hits[act] {
                hit.confidence = Evidence.confidence(patternMatched: true, learned: learned)
                hit.example = vote?.nearest
                hits.append(hit)
            } else if let needed = examplesAlone[act] {
                let confidence = Evidence.confidence(patternMatched: false, learned: learned)
                guard confidence >= max(needed, rulebook.threshold) else { continue }
                let nearest = vote.map { " closest to the example '\($0.nearest)' (similarity \(Int(($0.similarity * 100).rounded()))%)" } ?? ""
                hits.append(ActHit(
                    act: act, confidence: confidence,
                    why: "learned from the examples (p=\(String(format: "%.2f", probabilities[act] ?? 0)));\(nearest)",
                    example: vote?.nearest))
            }
        }
        let heard = Set(hits.map(\.act))
        let acts = hits.filter { $0.confidence >= rulebook.threshold && (notWith[$0.act] ?? []).isDisjoint(with: heard) }
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

    /// Every example phrase in `language` with all the acts it is listed under (a phrase listed
    /// under two acts carries both), and the rulebook's act-less noise.
    private static func examples(of rulebook: Rulebook, in language: Language) -> [ExampleModel.Example] {
        var order: [String] = []
        var acts: [String: Set<ActID>] = [:]
        for act in rulebook.acts {
            for example in act.languages[language]?.examples ?? [] {
                if acts[example.value] == nil { order.append(example.value) }
                acts[example.value, default: []].insert(act.id)
            }
        }
        for noise in rulebook.noise[language] ?? [] where acts[noise.value] == nil {
            order.append(noise.value)
            acts[noise.value] = []
        }
        return order.map { ExampleModel.Example(text: $0, acts: acts[$0] ?? []) }
    }
}

/// How the evidence combines into one confidence: the classifier and the nearest examples
/// are averaged into what the examples say; a matched pattern is strong evidence on its own
/// that the examples can only raise.
enum Evidence {
    static func learned(probability: Double, vote: Double) -> Double {
        (probability + vote) / 2
    }

    static func confidence(patternMatched: Bool, learned: Double) -> Double {
        let value = patternMatched ? 0.75 + 0.25 * learned : learned
        return (value * 1000).rounded() / 1000
    }
}
