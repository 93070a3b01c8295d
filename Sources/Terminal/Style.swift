import ScenarioKit

/// How text is decorated: ANSI colours on a terminal, nothing in a pipe, a file or with
/// NO_COLOR set, so transcripts stay clean to read and compare.
public struct Style: Sendable {
    public let colours: Bool

    public static let plain = Style(colours: false)

    public init(colours: Bool) {
        self.colours = colours
    }

    /// Colours only when the output is a terminal and neither `NO_COLOR` nor `--no-color` says no.
    public static func detect(isTerminal: Bool, environment: [String: String], noColorFlag: Bool) -> Style {
        let disabled = noColorFlag || !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
        return Style(colours: isTerminal && !disabled)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        colours ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func title(_ text: String) -> String { wrap(text, "1") }
    func label(_ text: String) -> String { wrap(text, "1") }
    func speaker(_ text: String) -> String { wrap(text, "1;36") }
    func verdict(_ text: String) -> String { wrap(text, "2") }
    func coaching(_ text: String) -> String { wrap(text, "33") }
    func milestone(_ text: String) -> String { wrap(text, "32") }
    func hint(_ text: String) -> String { wrap(text, "35") }
    /// The program's own remarks (help, refusals): quieter than the call itself.
    func note(_ text: String) -> String { wrap(text, "2") }

    func rule(_ text: String, severity: Rule.Severity) -> String {
        switch severity {
        case .critical: wrap(text, "1;31")
        case .violation: wrap(text, "31")
        case .good: wrap(text, "32")
        }
    }

    func outcome(_ text: String, _ outcome: Outcome) -> String {
        switch outcome {
        case .win: wrap(text, "1;32")
        case .loss: wrap(text, "1;31")
        case .abandoned: wrap(text, "1")
        }
    }

    /// A speaker label for readline's prompt: the colour codes are bracketed with
    /// `\u{1}`…`\u{2}` (RL_PROMPT_START_IGNORE/END_IGNORE) so readline does not count them as
    /// columns and the cursor lands where the text ends.
    func promptSpeaker(_ text: String) -> String {
        colours ? "\u{1}\u{1B}[1;36m\u{2}\(text)\u{1}\u{1B}[0m\u{2}" : text
    }
}
