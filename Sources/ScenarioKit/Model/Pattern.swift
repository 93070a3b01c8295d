/// A trainer's phrase pattern, parsed once when the file loads.
///
/// Syntax, one pattern a string: words in the order they must appear, each within a few words
/// of the previous one (`вышлю кп`). A plain word matches its inflected forms (by stem);
/// `word*` matches any word starting so; `=word` only that exact form; `a|b|c` any of them;
/// `a+b` the next word right after the previous one (`не+вышлю`, not «не забуду выслать»);
/// `{time}`, `{day}`, `{when}`, `{number}` a recognised time, day, either, or number,
/// `{question}` the last word before a question mark, `word?` that word right before one
/// (`алло?` is a check that the line is alive, «алло» a greeting); `...`
/// between two words lets them stand anywhere in one sentence. Without it, words must be in
/// one clause (no comma between them).
public struct Pattern: Sendable, Hashable {
    public enum Atom: Sendable, Hashable {
        case stem(String)
        case prefix(String)
        case exact(String)
        case tokenClass(TokenClass)
    }

    public enum TokenClass: String, Sendable, Hashable, CaseIterable {
        case time, day, when, number
        /// The last word before a question mark: `как ... {question}` is a question with "как".
        case question
    }

    public struct Term: Sendable, Hashable {
        public var alternatives: [Atom]
        /// Words allowed between this term and the previous one; nil for no limit.
        public var maximumGap: Int?
        /// Written `word?`: the word must stand right before a question mark.
        public var beforeQuestionMark = false
    }

    /// Words allowed between neighbouring terms unless `...` says otherwise.
    public static let defaultGap = 3

    public var source: String
    public var terms: [Term]

    /// A word offered among alternatives in two different terms ("no extra|no setup"): almost
    /// always phrases meant as alternatives, which this syntax reads word by word. A word
    /// simply said twice ("нет так нет") is fine.
    public var repeatedAlternative: String? {
        var firstTerm: [Atom: Int] = [:]
        for (index, term) in terms.enumerated() {
            for atom in term.alternatives {
                if case .tokenClass = atom { continue }
                if let earlier = firstTerm[atom], earlier != index,
                   term.alternatives.count > 1 || terms[earlier].alternatives.count > 1 {
                    switch atom {
                    case .stem(let word), .prefix(let word), .exact(let word): return word
                    case .tokenClass: continue
                    }
                }
                firstTerm[atom] = firstTerm[atom] ?? index
            }
        }
        return nil
    }

    /// Parses `source`, or says in one sentence what is wrong with it.
    public static func parse(_ source: String) -> Result<Pattern, PatternError> {
        var terms: [Term] = []
        var gap: Int? = defaultGap
        let words = source.unicodeScalars.split { $0 == " " || (($0.value < 0x20 || $0.value >= 0x80) && $0.properties.isWhitespace) }
        for word in words.map(String.init) {
            if word == "..." {
                guard !terms.isEmpty else { return .failure(.init("'...' cannot start a pattern")) }
                gap = nil
                continue
            }
            for (index, joined) in word.split(separator: "+", omittingEmptySubsequences: false).enumerated() {
                var atoms: [Atom] = []
                let alternatives = joined.split(separator: "|", omittingEmptySubsequences: false)
                let asked = alternatives.filter { $0.count > 1 && $0.hasSuffix("?") }.count
                guard asked == 0 || asked == alternatives.count else {
                    return .failure(.init("'\(joined)': write '?' after every alternative or after none"))
                }
                let beforeQuestionMark = asked > 0
                for alternative in alternatives.map({ beforeQuestionMark ? $0.dropLast() : $0 }) {
                    switch parseAtom(String(alternative)) {
                    case .success(let atom): atoms.append(atom)
                    case .failure(let error): return .failure(error)
                    }
                }
                terms.append(Term(alternatives: atoms, maximumGap: terms.isEmpty || index > 0 ? 0 : gap, beforeQuestionMark: beforeQuestionMark))
                gap = defaultGap
            }
        }
        guard !terms.isEmpty else { return .failure(.init("empty pattern")) }
        if gap == nil { return .failure(.init("'...' cannot end a pattern")) }
        return .success(Pattern(source: source, terms: terms))
    }

    private static func parseAtom(_ text: String) -> Result<Atom, PatternError> {
        let lowered = text.lowercased()
        if lowered.isEmpty { return .failure(.init("empty word around '|' or '+'")) }
        if lowered.hasPrefix("{") {
            let name = String(lowered.dropFirst().dropLast())
            guard lowered.hasSuffix("}"), let tokenClass = TokenClass(rawValue: name) else {
                let names = TokenClass.allCases.map { "{\($0.rawValue)}" }
                return .failure(.init("unknown word class '\(text)'; use one of \(names.joined(separator: ", "))"))
            }
            return .success(.tokenClass(tokenClass))
        }
        if lowered.hasPrefix("=") {
            let word = String(lowered.dropFirst())
            return isWord(word) ? .success(.exact(word)) : .failure(.init("'\(text)': '=' must be followed by a word"))
        }
        if lowered.hasSuffix("*") {
            let word = String(lowered.dropLast())
            return isWord(word) ? .success(.prefix(word)) : .failure(.init("'\(text)': '*' must follow at least one letter"))
        }
        return isWord(lowered) ? .success(.stem(lowered)) : .failure(.init("'\(text)' is not a word (letters, digits, '-' or an apostrophe; or one of % $ € ₽ £)"))
    }

    private static func isWord(_ text: String) -> Bool {
        if text.count == 1, let scalar = text.unicodeScalars.first, "%$€₽£".unicodeScalars.contains(scalar) { return true }
        return text.unicodeScalars.allSatisfy { $0.isWordLetter || $0 == "-" || $0 == "'" } && text.unicodeScalars.contains(where: \.isWordLetter)
    }
}

/// Why a pattern string could not be parsed.
public struct PatternError: Error, Sendable, Equatable {
    public var message: String
    init(_ message: String) { self.message = message }
}
