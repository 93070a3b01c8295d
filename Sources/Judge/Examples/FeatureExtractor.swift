import ScenarioKit

/// Turns an analysed answer into the sparse features the example model compares: stems (marked
/// when a negation governs them, so "не вышлю" is far from "вышлю"), neighbouring stem pairs for
/// word order, character trigrams for typos and unseen inflections, and day/time classes.
struct FeatureExtractor: Sendable {
    /// How much each kind of feature counts relative to a stem.
    static let pairWeight: Float = 0.7
    static let trigramWeight: Float = 0.35
    static let classWeight: Float = 1.0

    let language: Language

    func features(_ tokens: [Token]) -> [String: Float] {
        var features: [String: Float] = [:]
        let negated = negatedPositions(tokens)
        var previous: String?
        for (index, token) in tokens.enumerated() {
            let stem = negated.contains(index) ? "¬" + token.stem : token.stem
            features[stem, default: 0] += 1
            if let previous, !token.startsClause {
                features[previous + "_" + stem, default: 0] += Self.pairWeight
            }
            previous = stem
            for tokenClass in token.classes where tokenClass != .number && tokenClass != .when {
                features["{" + tokenClass.rawValue + "}", default: 0] += Self.classWeight
            }
            guard !token.isNumber else { continue }
            var scalars = String.UnicodeScalarView()
            scalars.append("<")
            scalars.append(contentsOf: token.text.unicodeScalars)
            scalars.append(">")
            let marks = Array(scalars)
            if marks.count >= 5 {
                for start in 0...(marks.count - 3) {
                    var trigram = String.UnicodeScalarView(["#"])
                    trigram.append(contentsOf: marks[start..<start + 3])
                    features[String(trigram), default: 0] += Self.trigramWeight
                }
            }
        }
        return features
    }

    /// Tokens inside a negation's scope: the rest of the clause after a negator, at most three words.
    private func negatedPositions(_ tokens: [Token]) -> Set<Int> {
        var positions: Set<Int> = []
        let negators = Negation.negators[language] ?? []
        for (index, token) in tokens.enumerated() where negators.contains(token.text) {
            var next = index + 1
            while next < tokens.count, next <= index + Negation.window, !tokens[next].startsClause {
                positions.insert(next)
                next += 1
            }
        }
        return positions
    }
}
