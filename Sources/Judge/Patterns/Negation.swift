import ScenarioKit

/// Whether a matched phrase is negated: "не буду высылать", "no need to send", "без КП",
/// "instead of emailing". A negator counts when it stands in the same clause, at most a few
/// words before the match.
enum Negation {
    static let window = 3

    static let negators: [Language: Set<String>] = [
        .ru: ["не", "нет", "без", "ни", "вместо", "незачем", "ненужно", "нельзя"],
        .en: ["not", "no", "don't", "dont", "won't", "wont", "never", "without", "instead", "rather", "can't", "cant",
              "shouldn't", "wouldn't", "didn't", "doesn't", "isn't", "nothing", "neither", "nor"],
    ]

    static func isNegated(_ tokens: [Token], matchStart: Int, language: Language) -> Bool {
        let words = negators[language] ?? []
        var index = matchStart
        var distance = 0
        while index > 0 && distance < window {
            if tokens[index].startsClause { return false }
            index -= 1
            distance += 1
            if words.contains(tokens[index].text) { return true }
        }
        return false
    }
}
