import Foundation
import ScenarioKit

/// Brings what a trainee typed to the words a trainer wrote: Unicode compatibility forms
/// unified, case folded, ё as е, punctuation and emoji dropped, letters repeated for emphasis
/// ("оооочень", "sooo") folded, so patterns need not list every spelling.
public enum Normalizer {
    /// Answers longer than this are not spoken replies; the judge looks at this prefix only.
    public static let maximumScalars = 4_000

    /// Chat shorthand spelt out, so "ill email u" meets the patterns written for "email you".
    static let shorthand: [String: String] = [
        "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "thx": "thanks",
        "щас": "сейчас", "ща": "сейчас", "спс": "спасибо", "пжл": "пожалуйста", "пож": "пожалуйста",
    ]

    /// Where a word stands after punctuation.
    public enum Break: Sendable { case none, clause, sentence }

    /// Words of `text`, each with the strongest punctuation break before it.
    public static func words(_ text: String) -> [(word: String, break: Break)] {
        analysed(text).map { ($0.word, $0.break) }
    }

    /// Words with their breaks and whether a question mark follows them directly.
    static func analysed(_ text: String) -> [(word: String, break: Break, beforeQuestionMark: Bool)] {
        var scalars = Array(text.unicodeScalars.prefix(maximumScalars))
        if scalars.contains(where: { !isPlainScript($0) }) {
            scalars = Array(String(String.UnicodeScalarView(scalars)).precomposedStringWithCompatibilityMapping.unicodeScalars)
        }
        var words: [(word: String, break: Break, beforeQuestionMark: Bool)] = []
        var current: [Unicode.Scalar] = []
        var pending = Break.sentence
        func finishWord() {
            guard !current.isEmpty else { return }
            let word = utf8String(foldRepeats(current))
            words.append((shorthand[word] ?? word, pending, false))
            current.removeAll(keepingCapacity: true)
            pending = .none
        }
        for index in scalars.indices {
            let scalar = lowercase(scalars[index])
            if scalar.isWordLetter {
                current.append(scalar)
                continue
            }
            let next = index + 1 < scalars.count ? lowercase(scalars[index + 1]) : " "
            if isJoiner(scalar), let previous = current.last, next.isWordLetter, joins(scalar, previous, next) {
                current.append(scalar == "’" ? "'" : scalar)
                continue
            }
            finishWord()
            if isSymbolWord(scalar) {
                words.append((String(scalar), pending, false))
                pending = .none
                continue
            }
            if scalar == "?", !words.isEmpty { words[words.count - 1].beforeQuestionMark = true }
            if isSentenceBreak(scalar) {
                pending = .sentence
            } else if isClauseBreak(scalar), pending == .none {
                pending = .clause
            }
        }
        finishWord()
        return words
    }

    /// ASCII and basic Cyrillic need no compatibility normalisation, so most answers skip it.
    private static func isPlainScript(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 || (0x400...0x45F).contains(scalar.value) || scalar == "’" || scalar == "«" || scalar == "»" || scalar == "—" || scalar == "–" || scalar == "…"
    }

    /// Lower case, with ё folded into е; fast for the Latin and Cyrillic alphabets.
    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return Unicode.Scalar(value + 32)!
        case 0x61...0x7A, 0x430...0x44F: return scalar
        case 0x410...0x42F: return Unicode.Scalar(value + 32)!
        case 0x401, 0x451: return "е"
        case 0x400...0x40F: return Unicode.Scalar(value + 80)!
        case 0..<0x80: return scalar
        default:
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            return mapped.count == 1 ? mapped.first! : scalar
        }
    }

    /// Lower-cased, ё→е form of a single word as a trainer writes it in a pattern.
    public static func word(_ text: String) -> String {
        words(text).first?.word ?? text.lowercased()
    }

    /// Percent and currency signs stand as words of their own: "15%" says a quantity, "$6" a
    /// price, and patterns can ask for them.
    static func isSymbolWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "%" || scalar == "$" || scalar == "€" || scalar == "₽" || scalar == "£"
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "'", "’", ":", ".": true
        default: false
        }
    }

    /// Hyphens and apostrophes join letters ("кто-то", "i'll"); colons and dots join digits ("10:30").
    private static func joins(_ joiner: Unicode.Scalar, _ previous: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
        let digits: ClosedRange<Unicode.Scalar> = "0"..."9"
        if joiner == ":" || joiner == "." { return digits.contains(previous) && digits.contains(next) }
        return !digits.contains(previous) || joiner == "-"
    }

    private static func isSentenceBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ";", "!", "?", "…", "\n": true
        default: false
        }
    }

    private static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ":", "(", ")", "—", "–", "\"", "«", "»": true
        default: false
        }
    }

    /// A word's String built from its UTF-8 bytes, several times faster than appending scalars.
    private static func utf8String(_ scalars: [Unicode.Scalar]) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Three or more of one letter become one: emphasis, not spelling.
    private static func foldRepeats(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.count >= 3, scalars.indices.dropFirst(2).contains(where: { scalars[$0] == scalars[$0 - 1] && scalars[$0] == scalars[$0 - 2] }) else {
            return scalars
        }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            var end = index + 1
            while end < scalars.count && scalars[end] == scalars[index] { end += 1 }
            let run = end - index
            let folds = run >= 3 && scalars[index].isWordLetter && !("0"..."9").contains(scalars[index])
            result.append(contentsOf: repeatElement(scalars[index], count: folds ? 1 : run))
            index = end
        }
        return result
    }
}
