import ScenarioKit

/// Hears acts through the trainer's patterns: an act is heard when one of its patterns
/// matches outside a negation and none of its `unless` patterns matches.
struct PatternActDetector: Sendable {
    struct ActPatterns: Sendable {
        var act: ActID
        var patterns: [CompiledPattern]
        var unless: [CompiledPattern]
    }

    let language: Language
    let acts: [ActPatterns]
    private let lexicon: Lexicon

    init(rulebook: Rulebook, language: Language, analyzer: Analyzer) {
        self.language = language
        var lexicon = Lexicon()
        acts = rulebook.acts.map { definition in
            let spec = definition.languages[language]
            return ActPatterns(
                act: definition.id,
                patterns: (spec?.patterns ?? []).map { CompiledPattern($0.value, location: $0.location, analyzer: analyzer, lexicon: &lexicon) },
                unless: (spec?.unless ?? []).map { CompiledPattern($0.value, location: $0.location, analyzer: analyzer, lexicon: &lexicon) })
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
            guard let (pattern, positions) = firstMatch(act.patterns, codes, tokens) else { continue }
            let words = positions.map { tokens[$0].text }
            findings.hits[act.act] = ActHit(
                act: act.act, confidence: 1,
                why: "'\(words.joined(separator: " "))' matched the pattern at \(pattern.place)",
                pattern: pattern.source, place: pattern.place, words: words)
        }
        return findings
    }

    private func firstMatch(_ patterns: [CompiledPattern], _ codes: EncodedTokens, _ tokens: [Token]) -> (CompiledPattern, [Int])? {
        for pattern in patterns {
            if let positions = pattern.match(codes), !Negation.isNegated(tokens, matchStart: positions[0], language: language) {
                return (pattern, positions)
            }
        }
        return nil
    }
}
