import Engine
import Judge
import ScenarioKit
import Terminal

/// A two-step call with model answers at every step, small enough to reason about in a test:
/// ask for the boss, then book a meeting.
enum TerminalFixtures {
    static let rulebook = """
    id: mini
    acts:
      ask-decision-maker:
        en: {patterns: ["put ... through", "director"]}
      agree-send-proposal:
        en: {patterns: ["send|email ... proposal|it"]}
      propose-meeting:
        en: {patterns: ["meet|meeting"]}
      offer-time-options:
        en: {patterns: ["{when}"]}
    rules:
      proposal-instead-of-meeting:
        when: {all: [agree-send-proposal], none: [propose-meeting]}
        points: -30
        severity: critical
        coach: Book the meeting instead.
      time-offered:
        when: {all: [propose-meeting, offer-time-options]}
        points: 10
        severity: good
        coach: Times make it real.
    """

    static let scenario = """
    id: mini-call
    title: Mini call
    language: en
    rulebook: mini
    stage: approach
    role: telemarketer
    brief: Get the meeting.
    cast:
      laura: {name: Laura, role: gatekeeper, about: "front desk"}
      boss: {name: Mr Boss, role: decision-maker}
    state:
      passed-gatekeeper: {milestone: Got past the front desk}
      meeting-booked: {milestone: Meeting booked}
    otherwise: {say: ["Sorry?"], limit: 1, then: lost}
    steps:
      start:
        say: ["Acme, Laura speaking."]
        replies:
          - when: {rule: proposal-instead-of-meeting}
            end: emailed
            example: Sure, I'll email it.
          - when: [ask-decision-maker]
            points: 20
            milestone: passed-gatekeeper
            coach: Straight to the decision maker.
            next: boss
            example: Put me through to the director, please.
      boss:
        speaker: boss
        say: ["Boss here."]
        replies:
          - when: [propose-meeting, offer-time-options]
            points: 50
            milestone: meeting-booked
            end: won
            example: Let's meet on Tuesday at 10.
          - id: meeting-without-times
            when: [propose-meeting]
            points: 30
            end: won
            example: Could we meet?
    endings:
      won: {outcome: win, say: ["Deal."], coach: Well played.}
      emailed: {outcome: loss, say: ["Send it then."], coach: A proposal is not a meeting.}
      lost: {outcome: loss, say: ["Bye."]}
    """

    static func session(mode: Mode = .practice, seed: UInt64 = 1) -> Session {
        let (rulebook, rulebookDiagnostics) = RulebookLoader.load(SourceFile(path: "mini.yaml", text: rulebook))
        precondition(rulebook != nil, "\(rulebookDiagnostics)")
        let (scenario, _, diagnostics) = ScenarioLoader.load(SourceFile(path: "mini-call.yaml", text: scenario)) { _, _ in (rulebook, []) }
        precondition(scenario != nil, "\(diagnostics)")
        return Session(scenario: scenario!, judge: Judge(rulebook: rulebook!, language: .en), mode: mode, seed: seed)
    }

    static func controller(mode: Mode = .practice) -> CallController {
        CallController(session: session(mode: mode))
    }
}

extension Array where Element == CallOutput {
    var events: [Event] { compactMap { if case .event(let event) = $0 { event } else { nil } } }
    var notices: [Notice] { compactMap { if case .notice(let notice) = $0 { notice } else { nil } } }
    var verdicts: [Verdict] { events.compactMap { if case .verdict(let verdict) = $0 { verdict } else { nil } } }
    var lines: [Line] { events.compactMap { if case .line(let line) = $0 { line } else { nil } } }
    var scorecard: Scorecard? { events.compactMap { if case .scorecard(let card) = $0 { card } else { nil } }.first }
    var types: [String] { events.map(\.type) }
    var help: [Help] { events.compactMap { if case .help(let help) = $0 { help } else { nil } } }
}
