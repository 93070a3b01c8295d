@testable import ScenarioKit
import Testing

/// Format v2: named state, conditions, effects, rule references and stable ids, checked as a
/// compiler checks a program, with the line and column of every problem.
@Suite struct ExpressionTests {
    @Test(arguments: [
        ("mood >= 2 and not asked", "mood >= 2 and not asked"),
        ("a + b * 2 > 3 or c", "a + b * 2 > 3 or c"),
        ("(a + b) * 2 == 6", "(a + b) * 2 == 6"),
        ("!done && x != -1", "not done and x != -1"),
        ("passed-gatekeeper", "passed-gatekeeper"),
        ("mood - 1", "mood - 1"),
    ])
    func parsesAndPrintsBack(source: String, printed: String) throws {
        let expression = try ExpressionParser.parse(source).get()
        #expect(expression.description == printed)
    }

    @Test func evaluatesOverState() throws {
        let values: [String: StateValue] = ["mood": .int(2), "asked": .bool(false), "passed-gatekeeper": .bool(true)]
        #expect(try ExpressionParser.parse("mood >= 2 and not asked").get().holds(values))
        #expect(try ExpressionParser.parse("(mood + 1) * 2 == 6").get().holds(values))
        #expect(try ExpressionParser.parse("passed-gatekeeper and mood-1 == 1").get().holds(values))
        #expect(try ExpressionParser.parse("9223372036854775807 + mood").get().evaluate(values) == .int(.max))
    }

    @Test(arguments: [
        ("mood >", "the expression ends too early", 6),
        ("mood = 2", "'=' is not a comparison; write '==' to compare, or use set: to change a value", 5),
        ("(mood > 1", "'(' is never closed", 0),
        ("mood > 1 2", "unexpected '2' after the expression", 9),
        ("mood # 2", "unexpected character '#'", 5),
    ])
    func syntaxErrorsPointAtTheCharacter(source: String, message: String, offset: Int) {
        #expect(ExpressionParser.parse(source) == .failure(.init(message: message, offset: offset)))
    }

    @Test func typesAreChecked() throws {
        let checker = ExpressionChecker(variables: ["mood": .int, "asked": .bool])
        #expect(checker.type(of: try ExpressionParser.parse("mood > 1 and asked").get()) == .success(.bool))
        #expect(checker.type(of: try ExpressionParser.parse("mood and asked").get())
            == .failure(.init(message: "'and' needs a condition (bool), found int", offset: 0)))
        #expect(checker.type(of: try ExpressionParser.parse("asked == 1").get())
            == .failure(.init(message: "'==' compares bool with int", offset: 0)))
        #expect(checker.type(of: try ExpressionParser.parse("mod > 1").get())
            == .failure(.init(message: "unknown state variable 'mod'; did you mean 'mood'?; declare it under state:", offset: 0)))
    }
}

@Suite struct StateFormatTests {
    static func scenario(state: String = "", replies: String, extraSteps: String = "") -> String {
        """
        id: demo
        title: Demo
        language: en
        rulebook: mini
        stage: approach
        role: telemarketer
        brief: Get a meeting.
        cast:
          laura: {name: Laura, role: gatekeeper}
        state:
          mood: 0
          asked: false
          met: {milestone: Meeting agreed}
        \(state)
        otherwise: {say: ["Sorry?"], limit: 1, then: lost}
        steps:
          start:
            say: ["Acme.", {id: grumpy, if: "mood < 0", text: "What now?"}]
            replies:
        \(replies)
        \(extraSteps)
        endings:
          won: {outcome: win, say: ["Fine."]}
          lost: {outcome: loss, say: ["Bye."]}
        """
    }

    @Test func aWellFormedStatefulScenarioLoads() throws {
        let text = Self.scenario(replies: """
              - when: {all: [propose-meeting], if: "mood >= 0"}
                milestone: met
                add: {mood: 1}
                set: {asked: "mood > 0"}
                end: won
              - when: [ask-decision-maker]
                add: {mood: -1}
                next: start
        """)
        let (scenario, diagnostics) = Fixtures.load(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let loaded = try #require(scenario)
        #expect(loaded.state.map(\.name) == ["mood", "asked", "met"])
        #expect(loaded.milestones == ["met"])
        #expect(loaded.variable("met")?.title == "Meeting agreed")
        #expect(loaded.steps[0].replies.map(\.id) == ["won", "start"])
        #expect(loaded.steps[0].say.map(\.id) == [Variant.derivedID("Acme."), "grumpy"])
        #expect(loaded.steps[0].replies[0].effects.map(\.variable.value) == ["met", "mood", "asked"])
    }

    @Test func problemsAreReportedAtTheirColumn() {
        let text = Self.scenario(replies: """
              - when: {all: [propose-meeting], if: "mod >= 0"}
                add: {asked: 1}
                set: {mood: "true"}
                end: won
              - when: {rule: proposal-instead-of-meting}
                end: lost
              - when: {any: [ask-decision-maker], if: "mood > 5 and asked"}
                set: {nobody: 1}
                end: lost
        """)
        #expect(Fixtures.findings(text).filter { $0.contains("error") } == [
            "20:45: error: if 'mod >= 0': unknown state variable 'mod'; did you mean 'mood'?; declare it under state:",
            "21:15: error: add works on numbers; 'asked' is a bool — use set:",
            "22:22: error: set mood: 'mood' is int, the value 'true' is bool",
            "24:22: error: unknown rule 'proposal-instead-of-meting' (not in rulebook 'mini'); did you mean 'proposal-instead-of-meeting'?",
            "26:9: error: two replies of step 'start' are called 'lost' (the first at line 24); a reply is named after where it leads unless it has an 'id:'; give one of them an id",
            "27:15: error: set 'nobody': unknown state variable; declare it under state:",
        ])
    }

    @Test func aBranchThatCanNeverHappenIsAnError() {
        let text = Self.scenario(replies: """
              - when: {all: [propose-meeting], if: "asked"}
                end: won
              - end: lost
              - id: after-everything
                when: [ask-decision-maker]
                end: lost
        """)
        let findings = Fixtures.findings(text)
        #expect(findings.contains("20:45: error: reply 'won' can never happen: it is false at the start and nothing changes 'asked'"))
        #expect(findings.contains("23:9: error: reply 'after-everything' can never happen: the reply above it has no 'when' and takes every clear answer"))
    }

    @Test func aLosingReplyThatRestatesTheCriticalRuleIsWarned() {
        let text = Self.scenario(replies: """
              - when: [agree-send-proposal]
                end: lost
              - when: [propose-meeting]
                milestone: met
                add: {mood: 1}
                set: {asked: true}
                end: won
        """)
        #expect(Fixtures.findings(text).contains(
            "20:9: warning: reply 'lost' restates differently the critical rule 'proposal-instead-of-meeting'; write 'when: {rule: proposal-instead-of-meeting}' so the call turns on exactly the answers the rulebook condemns"))
    }

    @Test func badDeclarationsAreNamed() {
        let text = Self.scenario(state: "  odd: {initial: maybe}\n  not: 1\n  count: \"int = 3\"\n  flag: \"bool = 2\"", replies: """
              - when: [propose-meeting]
                milestone: met
                add: {mood: 1, count: 1}
                set: {asked: true}
                end: won
        """)
        let findings = Fixtures.findings(text).filter { $0.contains("error") }
        #expect(findings.contains { $0.contains("'maybe' is not a starting value") })
        #expect(findings.contains { $0.contains("'not' cannot name a state variable") })
        #expect(findings.contains { $0.contains("'bool = 2': a bool cannot start as 2") })
        #expect(!findings.contains { $0.contains("count") })
    }

    @Test func perTurnTestsAreRead() throws {
        let text = Self.scenario(replies: """
              - when: [propose-meeting]
                milestone: met
                add: {mood: 1}
                set: {asked: true}
                end: won
        """) + """

        tests:
          - name: turns
            turns:
              - "hello"
              - answer: "let's meet"
                expect: {acts: [propose-meeting], reply: won, state: {mood: 1, met: true}, points: 0, at: won, line: Fine}
            expect: {outcome: win, state: {asked: true}}
        """
        let (scenario, diagnostics) = Fixtures.load(text)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let test = try #require(scenario?.tests.first)
        #expect(test.answers == ["hello", "let's meet"])
        #expect(test.turns.count == 2)
        #expect(test.turns[1].reply?.value == "won")
        #expect(test.turns[1].state.count == 2)
        #expect(test.expect.state.values.first == .bool(true))
    }
}
