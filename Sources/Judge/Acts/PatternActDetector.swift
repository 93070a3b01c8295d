import Foundation
import ScenarioKit

/// Hears acts through the trainer's patterns: an act is heard when one of its patterns
/// matches outside a negation and none of its `unless` patterns matches.
struct PatternActDetector: Sendable {
    struct ActPatterns: Sendable {
        var act: ActID
        var patterns: [CompiledPattern]
        var unless: [CompiledPattern]
    }

    /// How sure a matched pattern makes the judge: trainers' patterns are precise but not
    /// infallible, and the example model may raise or confirm it.
    static let patternConfidence = 0.9

    let language: Language
    let acts: [ActPatterns]

    init(rulebook: Rulebook, language: Language, analyzer: Analyzer) {
        self.language = language
        acts = rulebook.acts.map { definition in
            let spec = definition.languages[language]
            return ActPatterns(
                act: definition.id,
                patterns: (spec?.patterns ?? []).map { CompiledPattern($0.value, location: $0.location, analyzer: analyzer) },
                unless: (spec?.unless ?? []).map { CompiledPattern($0.value, location: $0.location, analyzer: analyzer) })
        }
    }

    /// Acts whose patterns match outside a negation and whose `unless` patterns do not.
    func detect(_ tokens: [Token]) -> [ActID: ActHit] {
        var hits: [ActID: ActHit] = [:]
        for act in acts {
            guard let (pattern, positions) = firstMatch(act.patterns, tokens) else { continue }
            if act.unless.contains(where: { $0.match(tokens) != nil }) { continue }
            let words = positions.map { tokens[$0].text }
            let place = pattern.location.map { "\(($0.file as NSString).lastPathComponent):\($0.line)" } ?? "?"
            hits[act.act] = ActHit(
                act: act.act, confidence: Self.patternConfidence,
                why: "'\(words.joined(separator: " "))' matched the pattern at \(place)",
                pattern: pattern.source, words: words)
        }
        return hits
    }

    private func firstMatch(_ patterns: [CompiledPattern], _ tokens: [Token]) -> (CompiledPattern, [Int])? {
        for pattern in patterns {
            if let positions = pattern.match(tokens), !Negation.isNegated(tokens, matchStart: positions[0], language: language) {
                return (pattern, positions)
            }
        }
        return nil
    }
}
