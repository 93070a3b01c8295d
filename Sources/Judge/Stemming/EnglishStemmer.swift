/// The Snowball English ("Porter2") stemming algorithm, as revised in Snowball 3.1.
///
/// Lets the judge accept "offered", "offers" and "offering" for a trainer's "offer".
/// Typographic apostrophes (’ ‘ ‛) are read as ', since answers are often typed on phones.
public struct EnglishStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        var letters = [Unicode.Scalar](lowercasing: word) { Self.isApostrophe($0) ? "'" : $0 }
        if letters.count <= 6, let exceptional = Self.exceptionalForms[letters] {
            return String(scalars: exceptional)
        }
        guard letters.count > 2 else { return String(scalars: letters) }

        if letters.first == "'" { letters.removeFirst() }
        markConsonantY(&letters)
        let p1 = Self.r1Prefixes.first { letters.starts(with: $0) }?.count
            ?? letters.regionStart(from: 0, isVowel: Self.isVowel)
        let p2 = letters.regionStart(from: p1, isVowel: Self.isVowel)

        removePossessiveAndPlural(&letters)
        removeVerbEnding(&letters, p1: p1)
        replaceFinalY(&letters)
        replaceSuffix(Self.step2, in: &letters, from: p1, p2: p2)
        replaceSuffix(Self.step3, in: &letters, from: p1, p2: p2)
        replaceSuffix(Self.step4, in: &letters, from: p2, p2: p2)
        removeFinalEOrL(&letters, p1: p1, p2: p2)
        for index in letters.indices where letters[index] == "Y" {
            letters[index] = "y"
        }
        return String(scalars: letters)
    }

    /// Marks initial y and y after a vowel as the consonant Y.
    private func markConsonantY(_ letters: inout [Unicode.Scalar]) {
        for index in letters.indices where letters[index] == "y" {
            if index == 0 || Self.isVowel(letters[index - 1]) {
                letters[index] = "Y"
            }
        }
    }

    /// Steps 0 and 1a: apostrophe endings, then sses, ied, ies and plural s.
    private func removePossessiveAndPlural(_ letters: inout [Unicode.Scalar]) {
        if let match = Self.step0.longestMatch(in: letters) {
            letters.removeSubrange(match.start...)
        }
        guard let match = Self.step1a.longestMatch(in: letters) else { return }
        switch match.rule {
        case .replace(let replacement):
            letters.replaceSuffix(from: match.start, with: replacement)
        case .iesOrIed:
            letters.replaceSuffix(from: match.start, with: match.start > 1 ? ["i"] : ["i", "e"])
        case .pluralS:
            if match.start > 0, letters[..<(match.start - 1)].contains(where: Self.isVowel) {
                letters.removeLast()
            }
        default:
            break
        }
    }

    /// Step 1b: eed, ed, ing and their -ly forms, restoring an e or undoubling afterwards.
    private func removeVerbEnding(_ letters: inout [Unicode.Scalar], p1: Int) {
        guard let match = Self.step1b.longestMatch(in: letters) else { return }
        let stem = letters[..<match.start]
        switch match.rule {
        case .eed:
            if match.start >= p1, !Self.eedExceptions.contains(where: { stem.elementsEqual($0) }) {
                letters.replaceSuffix(from: match.start, with: ["e", "e"])
            }
        case .ing where stem.count == 2 && !Self.isVowel(stem[0]) && stem[1] == "y":
            letters.replaceSuffix(from: match.start - 1, with: ["i", "e"])
        case .ing where Self.ingExceptions.contains(where: { stem.elementsEqual($0) }):
            break
        case .ing, .verbEnding:
            guard stem.contains(where: Self.isVowel) else { return }
            letters.removeSubrange(match.start...)
            restoreAfterVerbEnding(&letters, p1: p1)
        default:
            break
        }
    }

    private func restoreAfterVerbEnding(_ letters: inout [Unicode.Scalar], p1: Int) {
        let count = letters.count
        guard count >= 2 else { return }
        switch (letters[count - 2], letters[count - 1]) {
        case ("a", "t"), ("b", "l"), ("i", "z"):
            letters.append("e")
        case let (penultimate, last) where penultimate == last && Self.doubles.contains(last):
            if !(count == 3 && ["a", "e", "o"].contains(letters[0])) {
                letters.removeLast()
            }
        default:
            if p1 == count, endsInShortSyllable(letters[...]) {
                letters.append("e")
            }
        }
    }

    /// Step 1c: final y or Y becomes i after a consonant that is not the first letter.
    private func replaceFinalY(_ letters: inout [Unicode.Scalar]) {
        let count = letters.count
        if count > 2, letters[count - 1] == "y" || letters[count - 1] == "Y", !Self.isVowel(letters[count - 2]) {
            letters[count - 1] = "i"
        }
    }

    /// Steps 2, 3 and 4: the longest suffix of `table`, applied only if it starts at or after `regionStart`.
    private func replaceSuffix(_ table: SuffixTable<Rule>, in letters: inout [Unicode.Scalar], from regionStart: Int, p2: Int) {
        guard let match = table.longestMatch(in: letters), match.start >= regionStart else { return }
        let before = match.start > 0 ? letters[match.start - 1] : nil
        switch match.rule {
        case .replace(let replacement):
            letters.replaceSuffix(from: match.start, with: replacement)
        case .delete:
            letters.removeSubrange(match.start...)
        case .ogiAfterL where before == "l":
            letters.replaceSuffix(from: match.start, with: ["o", "g"])
        case .liAfterValidEnding where before.map(Self.validLiEndings.contains) == true:
            letters.removeSubrange(match.start...)
        case .deleteInR2 where match.start >= p2:
            letters.removeSubrange(match.start...)
        case .ionAfterSOrT where before == "s" || before == "t":
            letters.removeSubrange(match.start...)
        default:
            break
        }
    }

    /// Step 5: final e (unless after a short syllable outside R2) and the second l of a final ll.
    private func removeFinalEOrL(_ letters: inout [Unicode.Scalar], p1: Int, p2: Int) {
        let start = letters.count - 1
        guard start >= 0 else { return }
        switch letters[start] {
        case "e" where start >= p2 || (start >= p1 && !endsInShortSyllable(letters[..<start])):
            letters.removeLast()
        case "l" where start >= p2 && start > 0 && letters[start - 1] == "l":
            letters.removeLast()
        default:
            break
        }
    }

    /// A short syllable is consonant–vowel–consonant (last not w, x or Y), a vowel–consonant
    /// word start, or "past" (so "pasted" and "pasting" keep the e of "paste").
    private func endsInShortSyllable(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        let count = letters.count
        if count == 2 {
            return Self.isVowel(letters[0]) && !Self.isVowel(letters[1])
        }
        if letters.suffix(4).elementsEqual(["p", "a", "s", "t"]) { return true }
        guard count >= 3 else { return false }
        let last = letters[count - 1]
        return !Self.isVowel(last) && !["w", "x", "Y"].contains(last)
            && Self.isVowel(letters[count - 2]) && !Self.isVowel(letters[count - 3])
    }

    private static func isVowel(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u", "y": true
        default: false
        }
    }

    private static func isApostrophe(_ letter: Unicode.Scalar) -> Bool {
        letter == "\u{2019}" || letter == "\u{2018}" || letter == "\u{201B}"
    }

    private enum Rule: Sendable {
        case replace([Unicode.Scalar])
        case delete
        case keep
        case iesOrIed
        case pluralS
        case eed
        case verbEnding
        case ing
        case ogiAfterL
        case liAfterValidEnding
        case deleteInR2
        case ionAfterSOrT

        static func to(_ replacement: String) -> Rule {
            .replace(Array(replacement.unicodeScalars))
        }
    }

    private static let doubles: Set<Unicode.Scalar> = ["b", "d", "f", "g", "m", "n", "p", "r", "t"]
    private static let validLiEndings: Set<Unicode.Scalar> = ["c", "d", "e", "g", "h", "k", "m", "n", "r", "t"]

    private static let exceptionalForms: [[Unicode.Scalar]: [Unicode.Scalar]] = {
        let mapped = [
            "skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli",
            "early": "earli", "only": "onli", "singly": "singl",
        ]
        let invariant = ["sky", "news", "howe", "atlas", "cosmos", "bias", "andes"]
        let pairs = mapped.map { ($0.key, $0.value) } + invariant.map { ($0, $0) }
        return Dictionary(uniqueKeysWithValues: pairs.map { (Array($0.unicodeScalars), Array($1.unicodeScalars)) })
    }()

    /// Word starts whose remainder is taken as R1, to keep e.g. "general" apart from "generous".
    private static let r1Prefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"]
        .map { Array($0.unicodeScalars) }
    private static let eedExceptions = ["proc", "exc", "succ"].map { Array($0.unicodeScalars) }
    private static let ingExceptions = ["inn", "out", "cann", "herr", "earr", "even"].map { Array($0.unicodeScalars) }

    private static let step0 = SuffixTable<Rule>([(.delete, ["'", "'s", "'s'"])])

    private static let step1a = SuffixTable<Rule>([
        (.to("ss"), ["sses"]),
        (.iesOrIed, ["ied", "ies"]),
        (.pluralS, ["s"]),
        (.keep, ["us", "ss"]),
    ])

    private static let step1b = SuffixTable<Rule>([
        (.eed, ["eed", "eedly"]),
        (.verbEnding, ["ed", "edly", "ingly"]),
        (.ing, ["ing"]),
    ])

    private static let step2 = SuffixTable<Rule>([
        (.to("tion"), ["tional"]),
        (.to("ence"), ["enci"]),
        (.to("ance"), ["anci"]),
        (.to("able"), ["abli"]),
        (.to("ent"), ["entli"]),
        (.to("ize"), ["izer", "ization"]),
        (.to("ate"), ["ational", "ation", "ator"]),
        (.to("al"), ["alism", "aliti", "alli"]),
        (.to("ful"), ["fulness", "fulli"]),
        (.to("ous"), ["ousli", "ousness"]),
        (.to("ive"), ["iveness", "iviti"]),
        (.to("ble"), ["biliti", "bli"]),
        (.to("og"), ["ogist"]),
        (.ogiAfterL, ["ogi"]),
        (.to("less"), ["lessli"]),
        (.liAfterValidEnding, ["li"]),
    ])

    private static let step3 = SuffixTable<Rule>([
        (.to("tion"), ["tional"]),
        (.to("ate"), ["ational"]),
        (.to("al"), ["alize"]),
        (.to("ic"), ["icate", "iciti", "ical"]),
        (.delete, ["ful", "ness"]),
        (.deleteInR2, ["ative"]),
    ])

    private static let step4 = SuffixTable<Rule>([
        (.delete, [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
            "ism", "ate", "iti", "ous", "ive", "ize",
        ]),
        (.ionAfterSOrT, ["ion"]),
    ])
}
