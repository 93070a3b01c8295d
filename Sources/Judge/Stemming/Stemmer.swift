/// Reduces a word to its stem.
///
/// The judge compares a trainee's answer with the words a trainer wrote into a scenario.
/// People inflect those words freely ("звоните", "звонила"; "calls", "calling"), so both
/// sides are stemmed before matching. Stemmers are stateless value types, so one
/// instance can be shared by concurrent judging tasks.
public protocol Stemmer: Sendable {
    /// Returns the stem of a single token.
    ///
    /// Callers pass lowercased words, but any input is accepted: uppercase Latin and
    /// Cyrillic letters are lowercased, and text the algorithm has no rule for (empty,
    /// digits, other scripts, emoji) comes back without its suffixes touched.
    func stem(_ word: String) -> String
}

/// The languages the judge can stem, keyed by ISO 639-1 code.
public enum StemmerLanguage: String, Sendable, CaseIterable {
    case ru, en
}

/// Returns the Snowball stemmer for `language`, so callers depend only on ``Stemmer``.
public func makeStemmer(for language: StemmerLanguage) -> any Stemmer {
    switch language {
    case .ru: RussianStemmer()
    case .en: EnglishStemmer()
    }
}

/// Suffixes grouped by the rule that applies to them, searched like Snowball's `among`:
/// the longest suffix present wins, and only its rule is tried.
struct SuffixTable<Rule: Sendable>: Sendable {
    private struct Entry: Sendable {
        let suffix: [Unicode.Scalar]
        let rule: Rule
    }

    private let entries: [Entry]

    init(_ groups: [(rule: Rule, suffixes: [String])]) {
        let all = groups.flatMap { group in
            group.suffixes.map { Entry(suffix: Array($0.unicodeScalars), rule: group.rule) }
        }
        entries = all.sorted { $0.suffix.count > $1.suffix.count }
    }

    /// The longest listed suffix of `word` that starts at or after `limit`.
    func longestMatch(in word: [Unicode.Scalar], limit: Int = 0) -> (start: Int, rule: Rule)? {
        let available = word.count - max(limit, 0)
        for entry in entries where entry.suffix.count <= available {
            let start = word.count - entry.suffix.count
            var offset = entry.suffix.count - 1
            while offset >= 0, word[start + offset] == entry.suffix[offset] {
                offset -= 1
            }
            if offset < 0 {
                return (start, entry.rule)
            }
        }
        return nil
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `word`, lowercased and then passed through `normalize`.
    /// Only Basic Latin and Russian Cyrillic need case folding for these stemmers.
    init(lowercasing word: String, normalize: (Unicode.Scalar) -> Unicode.Scalar) {
        self.init()
        reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            let lowered: Unicode.Scalar = switch scalar.value {
            case 0x41...0x5A, 0x410...0x42F: Unicode.Scalar(scalar.value + 0x20) ?? scalar
            case 0x400...0x40F: Unicode.Scalar(scalar.value + 0x50) ?? scalar
            default: scalar
            }
            append(normalize(lowered))
        }
    }

    /// Start of the region after the first non-vowel that follows a vowel at or after
    /// `from` (Snowball's R1, or R2 when `from` is R1), or `count` if there is none.
    func regionStart(from: Int, isVowel: (Unicode.Scalar) -> Bool) -> Int {
        var index = Swift.max(from, 0)
        while index < count, !isVowel(self[index]) { index += 1 }
        while index < count, isVowel(self[index]) { index += 1 }
        return Swift.min(index + 1, count)
    }

    /// Replaces everything from `start` to the end with `replacement`.
    mutating func replaceSuffix(from start: Int, with replacement: [Unicode.Scalar]) {
        removeSubrange(Swift.min(start, count)...)
        append(contentsOf: replacement)
    }
}

extension String {
    /// Builds the result through UTF-8, which is much faster than appending scalars one by one.
    init(scalars: [Unicode.Scalar]) {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count * 2)
        for scalar in scalars {
            UTF8.encode(scalar) { utf8.append($0) }
        }
        self.init(decoding: utf8, as: UTF8.self)
    }
}
