import ScenarioKit

/// A trainer's pattern prepared for one language: plain words stemmed once at load time, so
/// matching an answer compares stems without stemming the pattern again.
public struct CompiledPattern: Sendable {
    enum Atom: Sendable {
        case stem(String)
        case prefix(String)
        case exact(String)
        case tokenClass(Pattern.TokenClass)

        func matches(_ token: Token) -> Bool {
            switch self {
            case .stem(let stem): token.stem == stem
            case .prefix(let prefix): token.text.hasPrefix(prefix)
            case .exact(let word): token.text == word
            case .tokenClass(let tokenClass): token.classes.contains(tokenClass)
            }
        }
    }

    struct Term: Sendable {
        var alternatives: [Atom]
        var maximumGap: Int?
    }

    public let source: String
    public let location: SourceLocation?
    let terms: [Term]

    public init(_ pattern: Pattern, location: SourceLocation? = nil, analyzer: Analyzer) {
        source = pattern.source
        self.location = location
        terms = pattern.terms.map { term in
            Term(alternatives: term.alternatives.map { atom in
                switch atom {
                case .stem(let word): .stem(analyzer.stem(Normalizer.word(word)))
                case .prefix(let word): .prefix(Normalizer.word(word))
                case .exact(let word): .exact(Normalizer.word(word))
                case .tokenClass(let tokenClass): .tokenClass(tokenClass)
                }
            }, maximumGap: term.maximumGap)
        }
    }

    /// Positions of the tokens that matched, earliest match first; nil when it does not match.
    /// Terms must appear in order, each within its gap of the previous one and in one clause;
    /// after `...`, anywhere later in the same sentence.
    public func match(_ tokens: [Token]) -> [Int]? {
        guard let first = terms.first else { return nil }
        for start in tokens.indices where first.alternatives.contains(where: { $0.matches(tokens[start]) }) {
            var positions = [start]
            if extend(&positions, term: 1, tokens: tokens) { return positions }
        }
        return nil
    }

    private func extend(_ positions: inout [Int], term index: Int, tokens: [Token]) -> Bool {
        guard index < terms.count else { return true }
        let term = terms[index]
        let previous = positions[positions.count - 1]
        let last = term.maximumGap.map { min(tokens.count - 1, previous + 1 + $0) } ?? tokens.count - 1
        guard previous + 1 <= last else { return false }
        for position in (previous + 1)...last {
            let boundary = term.maximumGap == nil ? tokens[position].startsSentence : tokens[position].startsClause
            if boundary { break }
            guard term.alternatives.contains(where: { $0.matches(tokens[position]) }) else { continue }
            positions.append(position)
            if extend(&positions, term: index + 1, tokens: tokens) { return true }
            positions.removeLast()
        }
        return false
    }
}
