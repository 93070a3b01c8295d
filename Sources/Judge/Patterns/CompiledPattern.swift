import ScenarioKit

/// A trainer's pattern prepared for one language: plain words stemmed once at load time and
/// every word numbered in the group's `Lexicon`, so matching an answer compares integers.
/// A class, so the hundreds of patterns an answer is tested against are shared, not copied.
public final class CompiledPattern: Sendable {
    /// The alternatives of one pattern word, split by kind for quick tests.
    struct Term: Sendable {
        var stems: [Int32] = []
        var words: [Int32] = []
        var prefixes: [Int32] = []
        var classes: UInt8 = 0
        var maximumGap: Int?
        /// `word?`: only a word right before a question mark.
        var beforeQuestionMark = false

        /// Whether some word of the answer could be this term at all.
        func occurs(in encoded: EncodedTokens) -> Bool {
            if beforeQuestionMark && encoded.classes & TokenCode.bit(.question) == 0 { return false }
            return (classes & encoded.classes) != 0 || stems.contains(where: encoded.stems.contains)
                || words.contains(where: encoded.words.contains) || prefixes.contains(where: encoded.prefixSet.contains)
        }

        func matches(_ code: TokenCode, _ pool: [Int32]) -> Bool {
            if beforeQuestionMark && code.classes & TokenCode.bit(.question) == 0 { return false }
            if stems.contains(code.stem) || words.contains(code.word) || (classes & code.classes) != 0 { return true }
            guard !prefixes.isEmpty, code.prefixStart < code.prefixEnd else { return false }
            for index in Int(code.prefixStart)..<Int(code.prefixEnd) where prefixes.contains(pool[index]) { return true }
            return false
        }
    }

    public let source: String
    public let location: SourceLocation?
    /// "cold-call.yaml:42": where a trainer finds the pattern, for explanations.
    let place: String
    let terms: [Term]

    init(_ pattern: Pattern, location: SourceLocation?, analyzer: Analyzer, lexicon: inout Lexicon) {
        source = pattern.source
        self.location = location
        place = location.map { "\($0.file.split(separator: "/").last.map(String.init) ?? $0.file):\($0.line)" } ?? "?"
        terms = pattern.terms.map { term in
            var compiled = Term(maximumGap: term.maximumGap, beforeQuestionMark: term.beforeQuestionMark)
            for atom in term.alternatives {
                switch atom {
                case .stem(let word): compiled.stems.append(lexicon.stem(analyzer.stem(Normalizer.word(word))))
                case .prefix(let word): compiled.prefixes.append(lexicon.prefix(Normalizer.word(word)))
                case .exact(let word): compiled.words.append(lexicon.word(Normalizer.word(word)))
                case .tokenClass(let tokenClass): compiled.classes |= TokenCode.bit(tokenClass)
                }
            }
            return compiled
        }
    }

    /// Positions of the tokens of the earliest match starting at `earliest` or later; nil when
    /// there is none.
    /// Terms must appear in order, each within its gap of the previous one and in one clause;
    /// after `...`, anywhere later in the same sentence. Whether the rest of a pattern can
    /// follow a word depends only on the term and the word's position, so failures are
    /// remembered: the search stays polynomial even on a long answer without punctuation.
    func match(_ encoded: EncodedTokens, from earliest: Int = 0) -> [Int]? {
        guard let first = terms.first, earliest < encoded.codes.count, terms.allSatisfy({ $0.occurs(in: encoded) }) else { return nil }
        var failed: [Bool] = []
        for start in earliest..<encoded.codes.count where first.matches(encoded.codes[start], encoded.prefixes) {
            var positions = [start]
            if extend(&positions, term: 1, encoded: encoded, failed: &failed) { return positions }
        }
        return nil
    }

    /// Every match, each starting after the previous one's start.
    func matches(_ encoded: EncodedTokens) -> [[Int]] {
        var found: [[Int]] = []
        var start = 0
        while let positions = match(encoded, from: start) {
            found.append(positions)
            start = positions[0] + 1
        }
        return found
    }

    private func extend(_ positions: inout [Int], term index: Int, encoded: EncodedTokens, failed: inout [Bool]) -> Bool {
        let codes = encoded.codes
        guard index < terms.count else { return true }
        let previous = positions[positions.count - 1]
        if failed.isEmpty { failed = [Bool](repeating: false, count: terms.count * codes.count) }
        let key = index * codes.count + previous
        if failed[key] { return false }
        let term = terms[index]
        let last = term.maximumGap.map { min(codes.count - 1, previous + 1 + $0) } ?? codes.count - 1
        if previous + 1 <= last {
            for position in (previous + 1)...last {
                let boundary = term.maximumGap == nil ? codes[position].startsSentence : codes[position].startsClause
                if boundary { break }
                guard term.matches(codes[position], encoded.prefixes) else { continue }
                positions.append(position)
                if extend(&positions, term: index + 1, encoded: encoded, failed: &failed) { return true }
                positions.removeLast()
            }
        }
        failed[key] = true
        return false
    }
}
