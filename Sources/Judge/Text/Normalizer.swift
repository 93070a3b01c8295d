import Foundation

/// Brings what a trainee typed to the words a trainer wrote: Unicode compatibility forms
/// unified, case folded, ё as е, punctuation and emoji dropped, letters repeated for emphasis
/// ("оооочень", "sooo") folded, so patterns need not list every spelling.
public enum Normalizer {
    /// Answers longer than this are not spoken replies; the judge looks at this prefix only.
    public static let maximumScalars = 4_000

    /// Where a word stands after punctuation.
    public enum Break: Sendable { case none, clause, sentence }

    /// Words of `text`, each with the strongest punctuation break before it.
    public static func words(_ text: String) -> [(word: String, break: Break)] {
        analysed(text).map { ($0.word, $0.break) }
    }

    /// Words with their breaks and whether a question mark follows them directly.
    static func analysed(_ text: String) -> [(word: String, break: Break, beforeQuestionMark: Bool)] {
        let limited = text.unicodeScalars.count > maximumScalars
            ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(maximumScalars))) : text
        let folded = limited.precomposedStringWithCompatibilityMapping.lowercased()
        var words: [(String, Break, Bool)] = []
        var current = String.UnicodeScalarView()
        var pending = Break.sentence
        let scalars = Array(folded.unicodeScalars)
        for (index, raw) in scalars.enumerated() {
            let scalar: Unicode.Scalar = raw == "ё" ? "е" : raw
            if isWordScalar(scalar) {
                current.append(scalar)
                continue
            }
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            let previous = current.last
            if isJoiner(scalar), let previous, isWordScalar(next), joins(scalar, previous, next) {
                current.append(scalar == "’" ? "'" : scalar)
                continue
            }
            if !current.isEmpty {
                words.append((String(foldRepeats(current)), pending, false))
                current = String.UnicodeScalarView()
                pending = .none
            }
            if scalar == "?", !words.isEmpty { words[words.count - 1].2 = true }
            if isSentenceBreak(scalar) {
                pending = .sentence
            } else if isClauseBreak(scalar), pending == .none {
                pending = .clause
            }
        }
        if !current.isEmpty { words.append((String(foldRepeats(current)), pending, false)) }
        return words
    }

    /// Lower-cased, ё→е form of a single word as a trainer writes it in a pattern.
    public static func word(_ text: String) -> String {
        words(text).first?.word ?? text.lowercased()
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "’" || scalar == ":" || scalar == "."
    }

    /// Hyphens and apostrophes join letters ("кто-то", "i'll"); colons and dots join digits ("10:30").
    private static func joins(_ joiner: Unicode.Scalar, _ previous: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
        let digits: ClosedRange<Unicode.Scalar> = "0"..."9"
        if joiner == ":" || joiner == "." { return digits.contains(previous) && digits.contains(next) }
        return !digits.contains(previous) || joiner == "-"
    }

    private static func isSentenceBreak(_ scalar: Unicode.Scalar) -> Bool {
        ".;!?…\n".unicodeScalars.contains(scalar)
    }

    private static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
        ",:()—–\"«»".unicodeScalars.contains(scalar)
    }

    /// Three or more of one letter become one: emphasis, not spelling.
    private static func foldRepeats(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        var result = String.UnicodeScalarView()
        var run = 0
        var last: Unicode.Scalar?
        var pending: [Unicode.Scalar] = []
        for scalar in scalars {
            if scalar == last, scalar.properties.isAlphabetic {
                run += 1
                pending.append(scalar)
                continue
            }
            result.append(contentsOf: run >= 3 ? Array(pending.prefix(1)) : pending)
            pending = [scalar]
            run = 1
            last = scalar
        }
        result.append(contentsOf: run >= 3 ? Array(pending.prefix(1)) : pending)
        return result
    }
}
