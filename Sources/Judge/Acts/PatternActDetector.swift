import ScenarioKit

/// Hears acts through the trainer's patterns: an act is heard when one of its patterns
/// matches outside a negation and outside its `except` phrases, and none of its `unless`
/// patterns matches.
struct PatternActDetector: Sendable {
    struct ActPatterns: Sendable {
        var act: ActID
        var patterns: [CompiledPattern]
        var unless: [CompiledPattern]
        var except: [CompiledPattern]
    }

    let language: Language
    let acts: [ActPatterns]
    private let lexicon: Lexicon

    init(rulebook: Rulebook, language: Language, analyzer: Analyzer) {
        self.language = language
        var lexicon = Lexicon()
        func compile(_ patterns: [Located<Pattern>]?) -> [CompiledPattern] {
            (patterns ?? []).map { CompiledPattern($0.value, location: $0.location, analyzer: analyzer, lexicon: &lexicon) }
        }
        acts = rulebook.acts.map { definition in
            let spec = definition.languages[language]
            return ActPatterns(act: definition.id, patterns: compile(spec?.patterns), unless: compile(spec?.unless), except: compile(spec?.except))
        }
        self.lexicon = lexicon
    }

    /// What the patterns say about an answer: acts heard, and acts ruled out by an `unless`
    /// pattern (which the examples cannot bring back either).
    struct Findings {
        var hits: [ActID: ActHit] = [:]
        var ruledOut: Set<ActID> = []
    }

    /// Acts whose patterns match outside a negation and whose `unless` patterns do not.
    func detect(_ tokens: [Token]) -> Findings {
        var findings = Findings()
        let codes = lexicon.encode(tokens)
        for act in acts {
            if act.unless.contains(where: { $0.match(codes) != nil }) {
                findings.ruledOut.insert(act.act)
                continue
            }
            guard let (index, positions) = firstMatch(act, codes, tokens) else { continue }
            let pattern = act.patterns[index]
            let words = positions.map { tokens[$0].text }
            findings.hits[act.act] = ActHit(
                act: act.act, confidence: 1,
                why: "'\(words.joined(separator: " "))' matched the pattern at \(pattern.place)",
                pattern: pattern.source, place: pattern.place, words: words)
        }
        return findings
    }

    /// The first pattern (in rulebook order) with a match that is neither negated nor starts
    /// inside one of the act's `except` phrases, and that match's positions. The first word is
    /// what a match hangs on (the verb of "send … quote"): "send me your volumes and I'll send a
    /// quote" is heard at its second "send", "could you send me the details?" not at all.
    private func firstMatch(_ act: ActPatterns, _ codes: EncodedTokens, _ tokens: [Token]) -> (Int, [Int])? {
        var excepted: [ClosedRange<Int>]?
        for (index, pattern) in act.patterns.enumerated() {
            var start = 0
            while let positions = pattern.match(codes, from: start) {
                start = positions[0] + 1
                if Negation.isNegated(tokens, match: positions, language: language) { continue }
                if !act.except.isEmpty {
                    let spans = excepted ?? act.except.flatMap { $0.matches(codes) }.map { $0[0]...$0[$0.count - 1] }
                    excepted = spans
                    if spans.contains(where: { $0.contains(positions[0]) }) { continue }
                }
                return (index, positions)
            }
        }
        return nil
    }
}
