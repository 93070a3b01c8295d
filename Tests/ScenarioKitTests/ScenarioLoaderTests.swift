import Testing
@testable import ScenarioKit

@Suite struct ScenarioLoaderTests {
    @Test func loadsAValidScenario() throws {
        let (scenario, diagnostics) = Fixtures.load(Fixtures.scenario)
        #expect(diagnostics.isEmpty)
        let loaded = try #require(scenario)
        #expect(loaded.id == "demo")
        #expect(loaded.startStep == "start")
        #expect(loaded.steps[0].replies[0].target.value == .ending("won"))
        #expect(loaded.steps[0].replies[1].target.value == .ending("lost"))
        #expect(loaded.steps[0].otherwise.limit == 1)
        #expect(loaded.cast[0].role == .gatekeeper)
    }

    @Test func unknownKeySuggestsTheRightOne() {
        let text = Fixtures.scenario.replacingOccurrences(of: "        points: 20\n", with: "        pionts: 20\n")
        #expect(Fixtures.findings(text) == ["16:9: error: unknown key 'pionts' in reply; did you mean 'points'?"])
    }

    @Test func nextThatNamesNoStep() {
        let text = Fixtures.scenario.replacingOccurrences(of: "next: won", with: "next: wonn")
        #expect(Fixtures.findings(text) == [
            "17:15: error: 'wonn' names no step or ending; did you mean 'won'?",
            "21:3: warning: ending 'won' is unreachable: no reply leads to it",
        ])
    }

    @Test func unknownActIsReportedAtTheAct() {
        let text = Fixtures.scenario.replacingOccurrences(of: "when: [ask-decision-maker]", with: "when: [ask-decison-maker]")
        #expect(Fixtures.findings(text) == ["15:16: error: unknown act 'ask-decison-maker' (not in rulebook 'mini'); did you mean 'ask-decision-maker'?"])
    }

    @Test func missingFieldsAreNamed() {
        let text = Fixtures.scenario.replacingOccurrences(of: "brief: Get a meeting.\n", with: "")
        #expect(Fixtures.findings(text) == ["1:1: error: scenario is missing 'brief'"])
    }

    @Test func wrongTypeSaysWhatWasFound() {
        let text = Fixtures.scenario.replacingOccurrences(of: "points: 20", with: "points: lots")
        #expect(Fixtures.findings(text) == ["16:17: error: points must be a whole number, found 'lots'"])
    }

    @Test func pointsAreBounded() {
        let text = Fixtures.scenario.replacingOccurrences(of: "points: 20", with: "points: 9223372036854775807")
        #expect(Fixtures.findings(text) == ["16:17: error: points must be from -1000 to 1000, found 9223372036854775807"])
    }

    @Test func emptyLineToSay() {
        let text = Fixtures.scenario.replacingOccurrences(of: "say: [\"Acme, Laura speaking.\"]", with: "say: [\"  \"]")
        #expect(Fixtures.findings(text) == ["13:11: error: line is empty"])
    }

    @Test func unreachableStepAndStepWithoutEnding() {
        let text = Fixtures.scenario.replacingOccurrences(of: "endings:", with: """
          island:
            say: ["Nobody calls me."]
            replies:
              - when: [propose-meeting]
                next: island
            otherwise: {say: ["Hm?"], then: island}
        endings:
        """)
        #expect(Fixtures.findings(text) == [
            "20:3: warning: step 'island' is unreachable: no reply leads to it",
            "20:3: error: no ending can be reached from step 'island': the call would never end",
        ])
    }

    @Test func duplicateStepAndEndingName() {
        let text = Fixtures.scenario.replacingOccurrences(of: "  lost: {outcome: loss", with: "  start: {outcome: loss")
            .replacingOccurrences(of: "then: lost}", with: "then: start}").replacingOccurrences(of: "end: lost", with: "next: won")
        #expect(Fixtures.findings(text).contains("22:3: error: 'start' is both a step and an ending; give them different names"))
    }

    @Test func duplicateKeyIsAnError() {
        let text = Fixtures.scenario.replacingOccurrences(of: "title: Demo\n", with: "title: Demo\ntitle: Again\n")
        #expect(Fixtures.findings(text) == ["2:1: error: duplicate key 'title' in one mapping"])
    }

    @Test func wrongIndentationIsAYAMLSyntaxErrorWithPosition() {
        let text = Fixtures.scenario.replacingOccurrences(of: "    replies:\n", with: "   replies:\n")
        let findings = Fixtures.findings(text)
        #expect(findings.count == 1)
        #expect(findings.first?.hasPrefix("14:") == true)
        #expect(findings.first?.contains("YAML syntax") == true)
    }

    @Test func endThatNamesAStep() {
        let text = Fixtures.scenario.replacingOccurrences(of: "end: lost", with: "end: start")
        #expect(Fixtures.findings(text).contains("19:14: error: 'start' is a step, not an ending; use 'next: start'"))
    }

    @Test func badPatternIsReported() {
        let text = Fixtures.scenario.replacingOccurrences(of: "when: {rule: proposal-instead-of-meeting}", with: "when: {patterns: [\"send {whenever}\"]}")
        #expect(Fixtures.findings(text) == ["18:27: error: pattern 'send {whenever}': unknown word class '{whenever}'; use one of {time}, {day}, {when}, {number}, {question}"])
    }

    @Test func testExpectationsAreChecked() {
        let text = Fixtures.scenario + """

        tests:
          - name: t
            answers: ["put me through"]
            expect: {ending: wn, violates: [no-such-rule], score: "lots"}
        """
        #expect(Fixtures.findings(text) == [
            "26:22: error: test 't' expects ending 'wn', which does not exist; did you mean 'won'?",
            "26:37: error: test 't' expects rule 'no-such-rule', which rulebook 'mini' does not have",
            "26:59: error: score 'lots' is not a score or range from 0 to 100; write 90, '>= 80', '<= 20' or '40..60'",
        ])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let text = Fixtures.scenario.replacingOccurrences(of: "next: won", with: "next: nowhere")
            .replacingOccurrences(of: "role: telemarketer", with: "role: telemarketeer")
            .replacingOccurrences(of: "  laura: {name: Laura, role: gatekeeper}", with: "  laura: {name: Laura, role: gatekeeper, mood: busy}")
        #expect(Fixtures.findings(text).filter { $0.contains("error") }.count == 3)
    }

    @Test func scoreRangesParse() {
        #expect(ScoreRange.parse(">= 80") == ScoreRange(lower: 80, upper: .max))
        #expect(ScoreRange.parse("40..60") == ScoreRange(lower: 40, upper: 60))
        #expect(ScoreRange.parse("<=20")?.contains(21) == false)
        #expect(ScoreRange.parse("60..40") == nil)
        #expect(ScoreRange.parse("> 9223372036854775807") == nil)
        #expect(ScoreRange.parse("101") == nil)
    }
}

@Suite struct SharedTargetTests {
    /// Two steps share the default `otherwise`; its missing target is one mistake, one error.
    @Test func aMissingTargetInTheDefaultOtherwiseIsReportedOnce() {
        let text = Fixtures.scenario
            .replacingOccurrences(of: "then: lost}", with: "then: lostt}")
            .replacingOccurrences(of: "        next: won\n", with: "        next: second\n")
            .replacingOccurrences(of: "endings:\n", with: "  second:\n    say: [\"Who?\"]\n    replies:\n      - when: [propose-meeting]\n        next: won\nendings:\n")
        #expect(Fixtures.findings(text) == ["10:46: error: 'lostt' names no step or ending; did you mean 'lost'?"])
    }
}
