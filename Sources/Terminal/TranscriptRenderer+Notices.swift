import Engine

/// The terminal's own notices, worded in the UI language and styled apart from the call.
extension TranscriptRenderer {
    /// The lines for one notice, without trailing newlines.
    public func render(_ notice: Notice) -> [String] {
        switch notice {
        case .welcome: [style.note(text.welcome), ""]
        case .echo(let line): [typed(line)]
        case .help(let mode): text.help(mode).map(style.note)
        case .chosen(let answer): [style.note("  → \(answer)")]
        case .noSuchOption(let number, let count): [style.note("  " + text.noSuchOption(number, count: count))]
        case .repeated(let line): [said(line)]
        case .score(let score, let answers, let milestones): [style.note("  " + text.score(score, answers: answers, milestones: milestones))]
        case .restarted: ["", style.note(text.restarted), ""]
        case .unknownCommand(let word, let suggestion): [style.note("  " + text.unknownCommand(word, suggestion: suggestion))]
        case .refused(let command): [style.note("  " + text.refused(command))]
        }
    }

    /// A hint or the numbered options the trainee asked for.
    func render(_ help: Help) -> [String] {
        switch (help.kind, help.answers.first) {
        case (.hint, let answer?): return [style.hint("  \(text.hint): \(answer)")]
        case (.hint, nil): return [style.note("  " + text.noHint)]
        case (.options, nil): return [style.note("  " + text.noOptions)]
        case (.options, _):
            return [style.note("  " + text.optionsHeader)]
                + help.answers.enumerated().map { number, option in "  \(style.label("\(number + 1).")) \(option)" }
        }
    }

    /// What the engine tells the trainee outside the call itself.
    func render(_ notice: CallNotice) -> [String] {
        switch notice.kind {
        case .otherLanguage: [style.note("  " + text.otherLanguage(notice.language ?? .en))]
        case .helpRefused: [style.note("  " + text.refused(.hint))]
        }
    }
}
