import Engine

/// One thing to show the trainee: an engine event (part of the call's record, printed as JSON
/// with `--json`) or a notice from the terminal itself (help, hints, options, refusals),
/// which is never part of the record.
public enum CallOutput: Equatable, Sendable {
    case event(Event)
    case notice(Notice)
}

/// What the terminal says on its own account. Values, not text: the renderer words them in
/// the trainee's UI language, and tests check meaning rather than wording.
public enum Notice: Equatable, Sendable {
    /// How to answer and how to leave, once at the start of an interactive call.
    case welcome
    /// A line read from a pipe or a file, shown as if typed so the transcript reads as a call.
    case echo(String)
    case help(Mode)
    /// The text a typed number stood for, sent as the answer.
    case chosen(String)
    case noSuchOption(Int, count: Int)
    /// The counterpart's last line, again.
    case repeated(Line)
    case score(Int, answers: Int, milestones: [String])
    case restarted
    case unknownCommand(String, suggestion: SlashCommand?)
    /// A command the exam does not allow (hints and options are refused by the engine itself).
    case refused(SlashCommand)
}
