import Engine

/// Drives one call from the lines a trainee enters: answers go to the session, slash commands
/// are answered here, and a number picks from the options last shown. It knows nothing of
/// terminals, so tests feed it lines and read back what a trainee would see.
///
///     var call = CallController(session: Session(scenario: scenario, judge: judge))
///     show(call.start())
///     while !call.isOver, let line = source.readLine(prompt: "You: ") { show(call.enter(line)) }
public struct CallController: Sendable {
    public private(set) var session: Session
    /// What each number means right now: the options shown since the last answer.
    private var shownOptions: [String] = []

    /// Takes a session that has not started yet.
    public init(session: Session) {
        self.session = session
    }

    /// True once the call has ended, won, lost or abandoned.
    public var isOver: Bool { session.isFinished }

    /// The brief, the counterpart's first line and, in guided mode, the options.
    public mutating func start() -> [CallOutput] {
        session.start().map(CallOutput.event) + guidedOptions()
    }

    /// One line as the trainee entered it.
    public mutating func enter(_ line: String) -> [CallOutput] {
        guard !session.isFinished else { return [] }
        switch TypedLine(line) {
        case .answer(let text):
            return answer(text)
        case .number(let number):
            guard !shownOptions.isEmpty else { return answer(line) }
            guard shownOptions.indices.contains(number - 1) else {
                return [.notice(.noSuchOption(number, count: shownOptions.count))]
            }
            let text = shownOptions[number - 1]
            return [.notice(.chosen(text))] + answer(text)
        case .command(let command):
            return run(command)
        case .unknownCommand(let word):
            return [.notice(.unknownCommand(word, suggestion: SlashCommand.closest(to: word)))]
        }
    }

    /// The trainee left (Ctrl-D, Ctrl-C on an empty line, a closed terminal, the end of the
    /// answers): the call ends as abandoned, with its scorecard.
    public mutating func leave() -> [CallOutput] {
        session.abandon().map(CallOutput.event)
    }

    private mutating func answer(_ text: String) -> [CallOutput] {
        shownOptions = []
        return session.answer(text).map(CallOutput.event) + guidedOptions()
    }

    private mutating func guidedOptions() -> [CallOutput] {
        guard session.mode == .guided, !session.isFinished else { return [] }
        return ask(.options)
    }

    /// Hints and options are the engine's to give (and to refuse in an exam), so the record
    /// shows where help was used.
    private mutating func ask(_ kind: Help.Kind) -> [CallOutput] {
        let events = session.help(kind)
        for case .help(let help) in events where help.kind == .options { shownOptions = help.answers }
        return events.map(CallOutput.event)
    }

    private mutating func run(_ command: SlashCommand) -> [CallOutput] {
        switch command {
        case .help:
            return [.notice(.help(session.mode))]
        case .hint:
            return ask(.hint)
        case .options:
            return ask(.options)
        case .repeat:
            return session.lastLine.map { [.notice(.repeated($0))] } ?? []
        case .score:
            guard session.mode != .exam else { return [.notice(.refused(command))] }
            let card = session.scorecard()
            return [.notice(.score(session.currentScore, answers: card.answers, milestones: card.milestones.map(\.title)))]
        case .restart:
            guard session.mode != .exam else { return [.notice(.refused(command))] }
            session = Session(scenario: session.scenario, judge: session.judge, mode: session.mode, seed: session.seed,
                              provenance: session.provenance)
            shownOptions = []
            return [.notice(.restarted)] + start()
        case .quit:
            return leave()
        }
    }
}
