/// The Snowball Russian stemming algorithm.
///
/// Russian answers inflect heavily ("скидка", "скидку", "скидкой"), so the judge needs
/// every form of a trainer's word to reduce to one stem. ё is treated as е, because
/// trainees type either.
public struct RussianStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        var letters = [Unicode.Scalar](lowercasing: word) { $0 == "ё" ? "е" : $0 }
        guard let firstVowel = letters.firstIndex(where: Self.isVowel) else {
            return String(scalars: letters)
        }
        let rv = firstVowel + 1
        let r2 = letters.regionStart(from: letters.regionStart(from: 0, isVowel: Self.isVowel), isVowel: Self.isVowel)

        removeInflection(from: &letters, rv: rv)
        if letters.count > rv, letters.last == "и" {
            letters.removeLast()
        }
        if let match = Self.derivational.longestMatch(in: letters, limit: rv), match.start >= r2 {
            letters.removeSubrange(match.start...)
        }
        tidyUp(&letters, rv: rv)
        return String(scalars: letters)
    }

    /// Step 1: a perfective gerund, or else an optional reflexive followed by the first
    /// adjectival, verb or noun ending found.
    private func removeInflection(from letters: inout [Unicode.Scalar], rv: Int) {
        if remove(Self.perfectiveGerund, from: &letters, rv: rv) { return }
        remove(Self.reflexive, from: &letters, rv: rv)
        if remove(Self.adjective, from: &letters, rv: rv) {
            remove(Self.participle, from: &letters, rv: rv)
            return
        }
        if remove(Self.verb, from: &letters, rv: rv) { return }
        remove(Self.noun, from: &letters, rv: rv)
    }

    /// Step 4: undouble н, drop a superlative (then undouble н), or drop a soft sign.
    private func tidyUp(_ letters: inout [Unicode.Scalar], rv: Int) {
        guard let match = Self.tidyUp.longestMatch(in: letters, limit: rv) else { return }
        switch match.rule {
        case .superlative:
            letters.removeSubrange(match.start...)
            undoubleN(&letters, rv: rv)
        case .doubledN:
            undoubleN(&letters, rv: rv)
        case .softSign:
            letters.removeLast()
        }
    }

    private func undoubleN(_ letters: inout [Unicode.Scalar], rv: Int) {
        let count = letters.count
        if count - 2 >= rv, letters[count - 1] == "н", letters[count - 2] == "н" {
            letters.removeLast()
        }
    }

    /// Removes the longest ending of `table` lying in RV, if its condition holds there.
    @discardableResult
    private func remove(_ table: SuffixTable<Condition>, from letters: inout [Unicode.Scalar], rv: Int) -> Bool {
        guard let match = table.longestMatch(in: letters, limit: rv) else { return false }
        if match.rule == .afterAOrYa {
            let before = match.start - 1
            guard before >= rv, letters[before] == "а" || letters[before] == "я" else { return false }
        }
        letters.removeSubrange(match.start...)
        return true
    }

    private static func isVowel(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "а", "е", "и", "о", "у", "ы", "э", "ю", "я": true
        default: false
        }
    }

    /// Group 1 endings count only after а or я; group 2 endings always count.
    private enum Condition: Sendable {
        case afterAOrYa, always
    }

    private enum TidyUp: Sendable {
        case superlative, doubledN, softSign
    }

    private static let perfectiveGerund = SuffixTable<Condition>([
        (.afterAOrYa, ["в", "вши", "вшись"]),
        (.always, ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]),
    ])

    private static let adjective = SuffixTable<Condition>([
        (.always, [
            "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым",
            "ом", "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
        ]),
    ])

    private static let participle = SuffixTable<Condition>([
        (.afterAOrYa, ["ем", "нн", "вш", "ющ", "щ"]),
        (.always, ["ивш", "ывш", "ующ"]),
    ])

    private static let reflexive = SuffixTable<Condition>([
        (.always, ["ся", "сь"]),
    ])

    private static let verb = SuffixTable<Condition>([
        (.afterAOrYa, [
            "ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют",
            "ны", "ть", "ешь", "нно",
        ]),
        (.always, [
            "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл",
            "им", "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены",
            "ить", "ыть", "ишь", "ую", "ю",
        ]),
    ])

    private static let noun = SuffixTable<Condition>([
        (.always, [
            "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией",
            "ей", "ой", "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах",
            "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я",
        ]),
    ])

    private static let derivational = SuffixTable<Condition>([
        (.always, ["ост", "ость"]),
    ])

    private static let tidyUp = SuffixTable<TidyUp>([
        (.superlative, ["ейш", "ейше"]),
        (.doubledN, ["н"]),
        (.softSign, ["ь"]),
    ])
}
