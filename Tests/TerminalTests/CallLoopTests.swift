import Engine
import Testing
@testable import Terminal

/// Lines from a list, as a pipe (not shown on screen) or as a keyboard (shown by readline).
private final class ScriptedLines: LineSource {
    let showsInput: Bool
    private(set) var remaining: [String]
    private(set) var prompts: [String] = []

    init(_ lines: [String], typed: Bool) {
        remaining = lines
        showsInput = typed
    }

    func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return remaining.isEmpty ? nil : remaining.removeFirst()
    }
}

@Suite struct CallLoopTests {
    private func play(_ lines: [String], typed: Bool, mode: Mode = .practice) -> (outputs: [CallOutput], source: ScriptedLines) {
        var call = TerminalFixtures.controller(mode: mode)
        let source = ScriptedLines(lines, typed: typed)
        var outputs: [CallOutput] = []
        CallLoop.run(&call, source: source, prompt: "You: ") { outputs += $0 }
        return (outputs, source)
    }

    @Test func pipedLinesAreEchoedCommandsIncluded() {
        let (outputs, _) = play(["/hint", "put me through to the director"], typed: false)
        #expect(outputs.notices.filter { if case .echo = $0 { true } else { false } } == [
            .echo("/hint"), .echo("put me through to the director"),
        ])
        #expect(!outputs.notices.contains(.welcome))
    }

    @Test func typedLinesAreNotEchoedAndTheWelcomeFollowsTheBrief() {
        let (outputs, source) = play(["put me through to the director"], typed: true)
        #expect(!outputs.notices.contains { if case .echo = $0 { true } else { false } })
        #expect(outputs[1] == .notice(.welcome))
        guard case .event(.start) = outputs[0] else {
            Issue.record("the brief comes first, got \(outputs[0])")
            return
        }
        #expect(source.prompts == ["You: ", "You: "])
    }

    @Test func blankTypedLinesAreIgnoredButBlankPipedLinesAreAnswers() {
        #expect(play(["", "  "], typed: true).outputs.verdicts.isEmpty)
        #expect(play(["", "  "], typed: false).outputs.verdicts.count == 2)
    }

    @Test func theEndOfInputAbandonsTheCallWithAScorecard() {
        let (outputs, _) = play(["put me through to the director"], typed: true)
        #expect(outputs.scorecard?.outcome == .abandoned)
        #expect(outputs.scorecard?.answers == 1)
    }

    @Test func readingStopsWhenTheCallEnds() {
        let (outputs, source) = play(["sure, I'll email it", "put me through"], typed: false)
        #expect(outputs.scorecard?.outcome == .loss)
        #expect(source.remaining == ["put me through"])
    }
}
