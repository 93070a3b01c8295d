import ScenarioKit

/// Whether a matched phrase is negated: "не буду высылать", "no need to send", "без КП",
/// "instead of emailing". A negator counts when it stands in the same clause, at most a few
/// words before the match.
enum Negation {
    static let window = 3

    static let negators: [Language: Set<String>] = [
        .ru: ["не", "нет", "без", "ни", "вместо", "незачем", "ненужно", "нельзя", "никаких", "никакого", "никакое", "никакой", "никакие"],
        .en: ["not", "no", "don't", "dont", "won't", "wont", "never", "without", "instead", "rather", "can't", "cant",
              "shouldn't", "wouldn't", "didn't", "doesn't", "isn't", "nothing", "neither", "nor"],
    ]

    /// Whether a match is negated: a negator before its first word, or before any later word
    /// of it ("КП по почте не отправляю" is negated at its verb). A negator the pattern itself
    /// asks for is part of the phrase, not a negation of it.
    static func isNegated(_ tokens: [Token], match positions: [Int], language: Language) -> Bool {
        let words = negators[language] ?? []
        for position in positions {
            var index = position
            var distance = 0
            while index > 0 && distance < window {
                if tokens[index].startsClause { break }
                index -= 1
                distance += 1
                if words.contains(tokens[index].text) && !positions.contains(index) { return true }
            }
        }
        return false
    }
}
