/// A language a scenario is played in and a rulebook has patterns for.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case ru, en
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
