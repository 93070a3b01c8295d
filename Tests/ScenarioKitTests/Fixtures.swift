@testable import ScenarioKit

/// Small files for loader tests, written inline so each test shows the exact lines its
/// line:column expectations refer to.
enum Fixtures {
    static let rulebook = """
    id: mini
    acts:
      ask-decision-maker:
        en: {patterns: ["put me through"]}
      agree-send-proposal:
        en: {patterns: ["send ... proposal"]}
      propose-meeting:
        en: {patterns: ["meet"]}
    rules:
      proposal-instead-of-meeting:
        when: {all: [agree-send-proposal], none: [propose-meeting]}
        points: -30
        severity: critical
    """

    static let scenario = """
    id: demo
    title: Demo
    language: en
    rulebook: mini
    stage: approach
    role: telemarketer
    brief: Get a meeting.
    cast:
      laura: {name: Laura, role: gatekeeper}
    otherwise: {say: ["Sorry?"], limit: 1, then: lost}
    steps:
      start:
        say: ["Acme, Laura speaking."]
        replies:
          - when: [ask-decision-maker]
            points: 20
            next: won
          - when: {rule: proposal-instead-of-meeting}
            end: lost
    endings:
      won: {outcome: win, say: ["Putting you through."]}
      lost: {outcome: loss, say: ["Bye."]}
    """

    static func loadRulebook() -> Rulebook {
        let (rulebook, diagnostics) = RulebookLoader.load(SourceFile(path: "mini.yaml", text: rulebook))
        precondition(!diagnostics.hasErrors, "fixture rulebook has errors: \(diagnostics)")
        return rulebook!
    }

    /// Loads scenario text against the mini rulebook.
    static func load(_ text: String) -> (Scenario?, [Diagnostic]) {
        let rulebook = loadRulebook()
        let (scenario, _, diagnostics) = ScenarioLoader.load(SourceFile(path: "s.yaml", text: text)) { _, _ in (rulebook, []) }
        return (scenario, diagnostics)
    }

    /// The diagnostics as `line:col: severity: message` without the file name.
    static func findings(_ text: String) -> [String] {
        load(text).1.sortedByLocation().map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }
}
