import ScenarioKit

/// Russian when an answer has more Cyrillic than Latin letters, else English: enough to pick
/// the stemmer and patterns for a trainee's line.
enum LanguageGuess {
    static func of(_ text: String) -> Language {
        var cyrillic = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            if ("\u{0400}"..."\u{04FF}").contains(scalar) { cyrillic += 1 } else if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) { latin += 1 }
        }
        return cyrillic > latin ? .ru : .en
    }
}
