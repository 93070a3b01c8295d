/// A language a scenario is played in and a rulebook has patterns for.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case ru, en

    /// The language a text is written in, judged by its alphabet: Russian when it has more
    /// Cyrillic than Latin letters, English when the reverse.
    public static func of(_ text: String) -> Language {
        let (cyrillic, latin) = letterCounts(text)
        return cyrillic > latin ? .ru : .en
    }

    /// The language a text is clearly written in: nearly all of at least `minimum` letters in
    /// one alphabet. Nil for short or mixed text ("ok", «КП по email»), which could be either.
    public static func clearly(_ text: String, minimum: Int = 8) -> Language? {
        let (cyrillic, latin) = letterCounts(text)
        guard cyrillic + latin >= minimum else { return nil }
        if cyrillic * 10 >= (cyrillic + latin) * 9 { return .ru }
        if latin * 10 >= (cyrillic + latin) * 9 { return .en }
        return nil
    }

    private static func letterCounts(_ text: String) -> (cyrillic: Int, latin: Int) {
        var cyrillic = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            if ("\u{0400}"..."\u{04FF}").contains(scalar) {
                cyrillic += 1
            } else if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) {
                latin += 1
            }
        }
        return (cyrillic, latin)
    }
}

/// Text a trainer writes once per language (rulebook titles, coaching). A plain string in the
/// file means the same text for every language.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var values: [Language: String]

    public init(_ values: [Language: String]) {
        self.values = values
    }

    /// The text in `language`, else in any language the trainer wrote.
    public func text(in language: Language) -> String {
        values[language] ?? Language.allCases.lazy.compactMap { values[$0] }.first ?? ""
    }
}
