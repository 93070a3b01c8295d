import Engine
import Judge
@testable import ScenarioKit

/// A small call for engine tests: a gatekeeper who asks for the proposal twice at most.
enum EngineFixtures {
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
      pressure:
        en: {patterns: ["now"]}
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
      pressure:
        when: {all: [pressure]}
        points: -5
        severity: violation
        coach: No pressure.
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
      laura: {name: Laura, role: gatekeeper}
      boss: {name: Mr Boss, role: decision-maker}
    state:
      patience: 2
      passed-gatekeeper: {milestone: Got past Laura}
      meeting-booked: {milestone: Meeting booked}
    otherwise: {say: ["Sorry?", "Pardon?", "What?"], limit: 2, then: lost}
    steps:
      start:
        say: ["Acme, Laura.", "Acme, hello.", "Laura speaking."]
        replies:
          - when: {rule: proposal-instead-of-meeting}
            end: emailed
          - when: [ask-decision-maker]
            points: 20
            milestone: passed-gatekeeper
            coach: Good, straight to the decision maker.
            next: boss
            example: Put me through to the director, please.
          - id: hung-up
            when: {all: [pressure], if: "patience <= 1"}
            end: lost
          - when: [pressure]
            add: {patience: -1}
            next: start
      boss:
        speaker: boss
        say: ["Boss here.", {id: annoyed, if: "patience < 2", text: "Laura says you were rude. What?"}]
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
        otherwise: {say: ["Well?"], limit: 0, points: -5, then: lost}
    endings:
      won: {outcome: win, say: ["Deal."], points: 10, coach: Well played.}
      emailed: {outcome: loss, say: ["Send it then."], coach: A proposal is not a meeting.}
      lost: {outcome: loss, say: ["Bye."]}
    tests:
      - name: best
        answers: ["put me through to the director", "let's meet on tuesday at 10"]
        expect: {ending: won, score: 90, clean: true}
      - name: trap
        answers: ["sure, I'll email it"]
        expect: {ending: emailed, violates: [proposal-instead-of-meeting]}
      - name: wrong expectation
        answers: ["sure, I'll email it"]
        expect: {ending: won, score: ">= 50", milestones: [meeting-booked]}
    """

    static func load() -> (Scenario, Judge) {
        let (rulebook, rulebookDiagnostics) = RulebookLoader.load(SourceFile(path: "mini.yaml", text: rulebook))
        precondition(rulebook != nil, "\(rulebookDiagnostics)")
        let (scenario, _, diagnostics) = ScenarioLoader.load(SourceFile(path: "mini-call.yaml", text: scenario)) { _, _ in (rulebook, []) }
        precondition(scenario != nil, "\(diagnostics)")
        return (scenario!, Judge(rulebook: rulebook!, language: .en))
    }

    static func session(seed: UInt64 = 1, mode: Mode = .practice) -> Session {
        let (scenario, judge) = load()
        return Session(scenario: scenario, judge: judge, mode: mode, seed: seed)
    }
}

extension Array where Element == Event {
    var lines: [Line] { compactMap { if case .line(let line) = $0 { line } else { nil } } }
    var verdicts: [Verdict] { compactMap { if case .verdict(let verdict) = $0 { verdict } else { nil } } }
    var coaching: [String] { compactMap { if case .coaching(let advice) = $0 { advice.text } else { nil } } }
    var scorecard: Scorecard? { compactMap { if case .scorecard(let card) = $0 { card } else { nil } }.first }
    var types: [String] { map(\.type) }
}
