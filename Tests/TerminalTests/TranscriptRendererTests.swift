@testable import Engine
@testable import Judge
import ScenarioKit
import Testing
@testable import Terminal

@Suite struct TranscriptRendererTests {
    private let line = Event.line(Line(speaker: "laura", name: "Laura", text: "Acme, hello.", step: "start", variant: "v1", reask: false))
    private let verdict = Event.verdict(Verdict(
        turn: 1, step: "start", answer: "I'll email it",
        acts: [ActHit(act: "agree-send-proposal", confidence: 0.9, why: "x")], unclear: false,
        rules: [RuleHit(rule: "proposal-instead-of-meeting", title: "Proposal instead of a meeting", points: -30, severity: .critical, coach: nil, because: [])],
        reply: "emailed", points: -30, total: 0))

    @Test func practiceShowsVerdictAndRule() {
        let renderer = TranscriptRenderer(ui: .en, mode: .practice)
        #expect(renderer.render(line) == ["Laura: Acme, hello."])
        #expect(renderer.render(verdict) == [
            "  [heard: agree-send-proposal 90%] -30 points, total 0",
            "  ! rule proposal-instead-of-meeting: Proposal instead of a meeting (-30)",
        ])
    }

    @Test func milestonesShowTheirTitles() {
        let renderer = TranscriptRenderer(ui: .ru, mode: .practice)
        let change = StateChange(changes: [
            .init(variable: "passed-gatekeeper", value: .bool(true), previous: .bool(false), milestone: "Прошли секретаря"),
            .init(variable: "warmth", value: .int(1), previous: .int(0), milestone: nil),
        ])
        #expect(renderer.render(.state(change)) == ["  ★ Этап пройден: Прошли секретаря"])
    }

    @Test func theStartSaysWhichLanguageIsPlaying() {
        let start = Start(scenario: "s", title: "T", language: .ru, brief: "B", mode: .practice, seed: 7, cast: [], passMark: 60,
                          provenance: Provenance(scenario: "a", rulebook: "b"))
        let lines = TranscriptRenderer(ui: .en, mode: .practice).render(.start(start))
        #expect(lines.contains("The call is in Russian; practice: a verdict and advice after every answer."))
    }

    @Test func coloursOnlyOnATerminalWithoutNoColor() {
        #expect(Style.detect(isTerminal: true, environment: [:], noColorFlag: false).colours)
        #expect(!Style.detect(isTerminal: false, environment: [:], noColorFlag: false).colours)
        #expect(!Style.detect(isTerminal: true, environment: ["NO_COLOR": "1"], noColorFlag: false).colours)
        #expect(!Style.detect(isTerminal: true, environment: [:], noColorFlag: true).colours)
    }

    @Test func uiLanguageComesFromTheLocale() {
        #expect(UILanguage.fromEnvironment(["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(UILanguage.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"]) == .en)
        #expect(UILanguage.fromEnvironment([:]) == .en)
    }
}

@Suite struct VisibleTextTests {
    @Test func controlCharactersCannotReachTheTerminal() {
        #expect(TranscriptRenderer.visible("a\u{1B}[2Jb\u{7F}\tc") == "a^[[2Jb^?\tc")
        #expect(TranscriptRenderer.visible("привет") == "привет")
    }
}
