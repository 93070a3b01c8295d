import ScenarioKit

/// Whether a matched phrase is negated: "не буду высылать", "no need to send", "без КП",
/// "instead of emailing", "to avoid sending a useless proposal", "easier to show than to send". A negator counts when it stands in the same clause, at most a few
/// words before the match.
enum Negation {
    static let window = 3

    static let negators: [Language: WordSet] = [
        .ru: ["не", "нет", "без", "ни", "вместо", "незачем", "ненужно", "нельзя", "никаких", "никакого", "никакое", "никакой", "никакие",
              "избежать", "избегать", "чем"],
        .en: ["not", "no", "don't", "dont", "won't", "wont", "never", "without", "instead", "rather", "can't", "cant", "avoid", "avoiding",
              "shouldn't", "wouldn't", "didn't", "doesn't", "isn't", "nothing", "neither", "nor", "than"],
    ]

    /// Whether a match is negated: a negator before its first word, or before any later word
    /// of it ("КП по почте не отправляю" is negated at its verb). A negator the pattern itself
    /// asks for is part of the phrase, not a negation of it.
    /// Words that turn a negator into agreement: «не забуду выслать», «без проблем, вышлю»,
    /// "no problem I'll send it", "won't forget to send".
    static let cancellers: [Language: WordSet] = [
        .ru: ["забуду", "забудем", "премину", "против", "проблем", "проблема", "вопрос", "вопросов", "сомневайтесь", "переживайте", "волнуйтесь"],
        .en: ["problem", "problemo", "worries", "worry", "forget", "fail", "doubt", "hesitate"],
    ]

    /// Whether the word at `index` negates what follows it.
    static func negates(_ tokens: [Token], at index: Int, language: Language) -> Bool {
        guard negators[language]?.contains(tokens[index].text) == true else { return false }
        return index + 1 >= tokens.count || !(cancellers[language]?.contains(tokens[index + 1].text) ?? false)
    }

    static func isNegated(_ tokens: [Token], match positions: [Int], language: Language) -> Bool {
        for position in positions {
            var index = position
            var distance = 0
            while index > 0 && distance < window {
                if tokens[index].startsClause { break }
                index -= 1
                distance += 1
                if !positions.contains(index) && negates(tokens, at: index, language: language) { return true }
            }
        }
        return false
    }
}
