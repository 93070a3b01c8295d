/// The terminal's own notices, worded in the UI language and styled apart from the call.
extension TranscriptRenderer {
    /// The lines for one notice, without trailing newlines.
    public func render(_ notice: Notice) -> [String] {
        switch notice {
        case .welcome: [style.note(text.welcome), ""]
        case .echo(let line): [typed(line)]
        case .help(let mode): text.help(mode).map(style.note)
        case .hint(let answer): [style.hint("  \(text.hint): \(answer)")]
        case .noHint: [style.note("  " + text.noHint)]
        case .options(let options):
            [style.note("  " + text.optionsHeader)]
                + options.enumerated().map { number, option in "  \(style.label("\(number + 1).")) \(option)" }
        case .noOptions: [style.note("  " + text.noOptions)]
        case .chosen(let answer): [style.note("  → \(answer)")]
        case .noSuchOption(let number, let count): [style.note("  " + text.noSuchOption(number, count: count))]
        case .repeated(let line): [said(line)]
        case .score(let score, let answers, let milestones): [style.note("  " + text.score(score, answers: answers, milestones: milestones))]
        case .restarted: ["", style.note(text.restarted), ""]
        case .unknownCommand(let word, let suggestion): [style.note("  " + text.unknownCommand(word, suggestion: suggestion))]
        case .refused(let command): [style.note("  " + text.refused(command))]
        }
    }
}
