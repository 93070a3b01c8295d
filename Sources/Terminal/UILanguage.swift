/// The language of the program's own words (labels, help), chosen apart from the scenario's:
/// a Russian trainee may practise an English call.
public enum UILanguage: String, Sendable, CaseIterable {
    case ru, en

    /// From `LANG`/`LC_ALL`/`LC_MESSAGES`: Russian when the locale says so, else English.
    public static func fromEnvironment(_ environment: [String: String]) -> UILanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("ru") ? .ru : .en
            }
        }
        return .en
    }
}
