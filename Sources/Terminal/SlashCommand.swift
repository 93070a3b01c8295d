/// What a trainee can type during a call instead of an answer. Commands are the terminal's
/// business, not the engine's: none of them is a turn of the call.
public enum SlashCommand: String, CaseIterable, Sendable {
    case help, hint, options, `repeat`, score, restart, quit

    /// The command as typed: `/hint`.
    public var word: String { "/" + rawValue }

    /// Whether the command is refused in an exam: it helps the trainee answer, or (restart)
    /// would let a lost exam call be played again unrecorded.
    var helpsToAnswer: Bool { self == .hint || self == .options || self == .score || self == .restart }

    /// The commands that complete `prefix` (as typed, with or without its `/`), for Tab.
    /// An empty prefix offers them all.
    public static func completions(for prefix: String) -> [String] {
        guard prefix.isEmpty || prefix.hasPrefix("/") else { return [] }
        let typed = prefix.lowercased()
        return allCases.map(\.word).filter { $0.hasPrefix(typed) }
    }

    /// The command a mistyped word most likely meant: one that starts with what was typed,
    /// or one a single slip away (a letter missing, extra, wrong or two swapped).
    public static func closest(to word: String) -> SlashCommand? {
        let typed = word.lowercased().drop { $0 == "/" }
        guard !typed.isEmpty else { return nil }
        let started = allCases.filter { $0.rawValue.hasPrefix(typed) }
        if started.count == 1 { return started[0] }
        return allCases.first { oneSlipApart(Array(typed), Array($0.rawValue)) }
    }

    private static func oneSlipApart(_ typed: [Character], _ command: [Character]) -> Bool {
        let prefix = zip(typed, command).prefix { $0 == $1 }.count
        let (restTyped, restCommand) = (typed.dropFirst(prefix), command.dropFirst(prefix))
        switch restTyped.count - restCommand.count {
        case 0:
            let swapped = restTyped.count >= 2 && restTyped.first == restCommand.dropFirst().first
                && restCommand.first == restTyped.dropFirst().first
            return restTyped.dropFirst(swapped ? 2 : 1).elementsEqual(restCommand.dropFirst(swapped ? 2 : 1))
        case 1: return restTyped.dropFirst().elementsEqual(restCommand)
        case -1: return restTyped.elementsEqual(restCommand.dropFirst())
        default: return false
        }
    }
}
