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
    /// What the judge learned from the rulebook's examples; a front end may store it.
    public let learned: LearnedModel
    private let rulePatterns: PatternSet
    private let notWith: [ActID: Set<ActID>]
    private let agreementNotWith: Set<ActID>
    private let examplesAlone: [ActID: Double]
    /// Acts whose matched patterns the examples may overrule: those with example answers in this
    /// language (the examples cannot speak against what they have never seen), unless the
    /// rulebook lets the patterns decide.
    private let examplesMayOverrule: Set<ActID>
    /// Acts with example answers in this language: only they can overrule an act heard by agreement.
    private let exemplified: Set<ActID>
    /// Acts a question alone carries only through a pattern (`questions-need-patterns`).
    private let statedOnly: Set<ActID>
    /// Acts an answer without a question mark carries only through a pattern (`statements-need-patterns`).
    private let askedOnly: Set<ActID>

    /// A judge for `language`; `learned` (from an earlier judge of the same examples) skips
    /// learning, and is ignored when the examples have changed since.
    public init(rulebook: Rulebook, language: Language, learned: LearnedModel? = nil) {
        self.rulebook = rulebook
        self.language = language
        let analyzer = Analyzer(language: language)
        detector = PatternActDetector(rulebook: rulebook, language: language, analyzer: analyzer)
        if let learned, learned.fingerprint == LearnedModel.fingerprint(of: rulebook, in: language), learned.language == language {
            self.learned = learned
        } else {
            self.learned = LearnedModel.learn(rulebook, language: language, analyzer: analyzer, detector: detector)
        }
        self.analyzer = analyzer.remembering(self.learned.stems)
        rulePatterns = PatternSet(rulebook.rules.flatMap(\.when.patterns), analyzer: analyzer)
        notWith = Dictionary(uniqueKeysWithValues: rulebook.acts.map { ($0.id, Set($0.notWith.map(\.value))) })
        agreementNotWith = Set(rulebook.agreementNotWith.map(\.value))
        let decidedByPatterns = Set(rulebook.acts.filter(\.patternsDecide).map(\.id))
        var exemplified = Set(rulebook.acts.filter { !($0.languages[language]?.examples.isEmpty ?? true) }.map(\.id))
        for answer in rulebook.answers where answer.language == language { exemplified.formUnion(answer.acts) }
        self.exemplified = exemplified
        examplesMayOverrule = exemplified.subtracting(decidedByPatterns)
        examplesAlone = Dictionary(uniqueKeysWithValues: rulebook.acts.compactMap { act in act.examplesAlone.map { (act.id, $0) } })
        statedOnly = Set(rulebook.acts.filter(\.questionsNeedPatterns).map(\.id))
        askedOnly = Set(rulebook.acts.filter(\.statementsNeedPatterns).map(\.id))
    }

    /// The acts heard in `text`, said in reply to `line` (the other side's last line, when
    /// known: it settles what a short "ок" or "давайте" agrees to). An answer with no act heard
    /// is unclear.
    public func judge(_ text: String, after line: String = "") -> Judgement {
        let tokens = analyzer.tokens(text)
        guard !tokens.isEmpty else { return Judgement(text: text, language: language, acts: [], unclear: true, tokens: tokens) }
        let lineTokens = line.isEmpty ? [] : analyzer.tokens(line)
        let findings = detector.detect(tokens, line: lineTokens)
        if findings.saysNothing { return Judgement(text: text, language: language, acts: [], unclear: true, tokens: tokens) }
        let question = Self.isQuestion(tokens)
        let asks = tokens.contains { $0.classes.contains(.question) }
        let query = learned.space.query(tokens, context: lineTokens)
        // An answer with nothing the examples know is judged by its patterns alone: the line it
        // follows says what a reply would mean, not that one was given.
        let knows = !query.answer.isEmpty
        let votes = knows ? learned.examples.votes(query.withContext) : []
        let probabilities = knows ? learned.classifier.probabilities(query.withContext) : []
        var hits: [ActHit] = []
        // Acts whose patterns decide: heard from a matching pattern whatever the examples say,
        // including what they say of the patterns' precision.
        var decided: Set<ActID> = []
        for (index, act) in learned.classifier.acts.enumerated() where !findings.ruledOut.contains(act) {
            let vote = votes.isEmpty ? nil : votes[index]
            let probability = probabilities.isEmpty ? 0 : probabilities[index]
            let learnedScore = Evidence.learned(probability: probability, vote: vote?.score ?? 0)
            if var hit = findings.hits[act] {
                // A bare "yeah" leaves the examples nothing to judge but the line, which the
                // agreement has read already.
                // Nor do examples that take the answer for an act the line ruled out ("Tuesday 10am
                // at your office" confirms a booking, say the examples; after "send me a
                // proposal" nothing is booked) speak against the act it would have displaced.
                let displaced = !(notWith[act] ?? []).isDisjoint(with: findings.ruledOutByLine)
                let overrulable = findings.agreed.contains(act) ? exemplified.contains(act) && !findings.onlyAgreement
                    : examplesMayOverrule.contains(act) && !displaced
                let precision = Double(learned.patternPrecision[index])
                hit.confidence = Evidence.confidence(patternMatched: true, learned: learnedScore, examplesMayOverrule: overrulable,
                                                     patternPrecision: precision >= 0 ? precision : nil)
                hit.example = vote?.nearest
                if !overrulable { decided.insert(act) }
                hits.append(hit)
            } else if let needed = examplesAlone[act], !findings.agreedToOther.contains(act), !(question && statedOnly.contains(act)),
                      asks || !askedOnly.contains(act) {
                let confidence = Evidence.confidence(patternMatched: false, learned: learnedScore, examplesMayOverrule: true)
                guard confidence >= max(needed, rulebook.threshold) else { continue }
                let nearest = vote.map { " closest to the example '\($0.nearest)' (similarity \(Int(($0.similarity * 100).rounded()))%)" } ?? ""
                hits.append(ActHit(
                    act: act, confidence: confidence,
                    why: "learned from the examples: \(String(format: "%.2f", confidence)), of which the word weights say \(String(format: "%.2f", probability))"
                        + " and the nearest examples \(String(format: "%.2f", vote?.score ?? 0));\(nearest)",
                    example: vote?.nearest))
            }
        }
        let confident = hits.filter { $0.confidence >= rulebook.threshold || decided.contains($0.act) }
        // A bare agreement yields to what the answer's own words do next ("Хорошо, перезвоню"),
        // before acts exclude each other: "Okay, I won't keep you, have a good one" after "email
        // me something" gives up, it does not both agree and give up and so do neither.
        let said = Set(confident.filter { $0.pattern != nil && !findings.agreed.contains($0.act) && !findings.withinAgreement.contains($0.act) }.map(\.act))
        let standing = confident.filter { !(findings.agreed.contains($0.act) && !agreementNotWith.isDisjoint(with: said)) }
        let heard = Set(standing.map(\.act))
        let acts = standing.filter { (notWith[$0.act] ?? []).isDisjoint(with: heard) }
        return Judgement(text: text, language: language, acts: acts, unclear: acts.isEmpty, tokens: tokens)
    }

    /// Whether every sentence of the answer ends with a question mark: "Will he really read it?"
    /// asks, it promises nothing.
    static func isQuestion(_ tokens: [Token]) -> Bool {
        tokens.indices.allSatisfy { index in
            index + 1 < tokens.count && !tokens[index + 1].startsSentence || tokens[index].classes.contains(.question)
        }
    }

    /// Compiles a scenario's local patterns with this judge's language and stemmer.
    public func compile(_ patterns: [Located<Pattern>]) -> PatternSet {
        PatternSet(patterns, analyzer: analyzer)
    }

    /// The rules an answer triggers in a situation, in rulebook order. An unclear answer
    /// triggers only rules that ask for the trainer's words alone.
    public func rules(for judgement: Judgement, in situation: Situation) -> [RuleHit] {
        let acts = judgement.actIDs
        return rulebook.rules.compactMap { rule in
            guard !judgement.unclear || rule.when.listensOnlyToWords else { return nil }
            guard rule.when.holds(acts: acts, situation: situation, tokens: judgement.tokens, patterns: rulePatterns, language: language,
                                  excusing: rule.excusing(judgement)) else { return nil }
            return RuleHit(
                rule: rule.id, title: rule.title.text(in: language), points: rule.points, severity: rule.severity,
                coach: rule.coach?.text(in: language),
                because: rule.when.all.map(\.value) + rule.when.any.map(\.value).filter(acts.contains))
        }
    }
}

/// How the evidence combines into one confidence. The classifier (which weighs words) and the
/// nearest examples (which weigh whole answers) are blended into what the examples say. A
/// matched pattern is strong evidence on its own, which the examples can raise, or overrule
/// when they are all but sure the act is absent: a pattern is a few words, the examples have
/// seen the whole answer ("у вас есть сайт?" matches a question pattern, yet asks nothing
/// about the client's needs). The weights and the veto were chosen by cross-validation on the
/// rulebook's examples (`eval-judge --cross-validate`), never on the evaluation set.
enum Evidence {
    static let classifierShare = 0.4
    /// Below this, the examples overrule a matched pattern.
    static let veto = 0.15

    static func learned(probability: Double, vote: Double) -> Double {
        classifierShare * probability + (1 - classifierShare) * vote
    }

    /// A pattern that stands is as sure as the act's patterns proved on the examples
    /// (`patternPrecision`); where they heard it in no example, it counts as strong evidence
    /// the examples can raise.
    static func confidence(patternMatched: Bool, learned: Double, examplesMayOverrule: Bool, patternPrecision: Double? = nil) -> Double {
        let stands = patternMatched && (learned > veto || !examplesMayOverrule)
        let value = stands ? patternPrecision ?? 0.75 + 0.25 * learned : learned
        return (value * 1000).rounded() / 1000
    }
}
