import Foundation
import Testing
@testable import Engine
import Judge
@testable import ScenarioKit

/// The call's account of itself agrees with itself: the score with the outcome, the running
/// total with the scorecard, an exam with what a trainee may see, a resumed or replayed call
/// with the original.
@Suite struct ScoreAgreesWithOutcomeTests {
    static let scenario = """
    id: odd
    title: Odd
    language: en
    rulebook: mini
    stage: approach
    role: telemarketer
    brief: B
    cast: {laura: {name: Laura, role: gatekeeper}}
    otherwise: {say: ["Sorry?"], limit: 0, then: lost}
    steps:
      start:
        say: ["Hello?"]
        replies:
          - when: [ask-decision-maker]
            points: 95
            end: lost
          - when: [propose-meeting]
            end: won
    endings:
      won: {outcome: win, say: ["Fine."]}
      lost: {outcome: loss, say: ["Bye."]}
    """

    static func session() throws -> Session {
        let rulebook = try #require(RulebookLoader.load(SourceFile(path: "mini.yaml", text: EngineFixtures.rulebook)).0)
        let (scenario, _, diagnostics) = ScenarioLoader.load(SourceFile(path: "odd.yaml", text: Self.scenario)) { _, _ in (rulebook, []) }
        return Session(scenario: try #require(scenario, "\(diagnostics)"), judge: Judge(rulebook: rulebook, language: .en))
    }

    @Test func aLostCallScoresBelowTheLowestWin() throws {
        var lost = try Self.session()
        _ = lost.start()
        let losing = lost.answer("put me through to the director")
        var won = try Self.session()
        _ = won.start()
        let winning = won.answer("could we meet")
        let (lossCard, winCard) = (try #require(losing.scorecard), try #require(winning.scorecard))
        #expect(lossCard.points == 95)
        #expect(lossCard.score == 59)
        #expect(winCard.points == 0)
        #expect(winCard.score == 60)
        #expect(losing.verdicts.first?.total == lossCard.score)
        #expect(winning.verdicts.first?.total == winCard.score)
    }

    @Test func anAbandonedCallScoresBelowThePassMark() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        _ = session.answer("put me through to the director")
        #expect(session.currentScore == 20)
        #expect(session.abandon().scorecard?.score == 20)
        #expect(Scorecard.score(points: 150, outcome: .abandoned, passMark: 60) == 59)
        #expect(Scorecard.score(points: 150, outcome: nil, passMark: 60) == 100)
    }

    @Test func aLossOnARuleNamesTheRuleAndItsCoaching() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        let events = session.answer("Sure, I'll email it today")
        let ending = try #require(events.compactMap { if case .ending(let value) = $0 { value } else { nil } }.first)
        #expect(ending.rule == "proposal-instead-of-meeting")
        #expect(events.coaching.contains("Book the meeting instead."))
        #expect(events.scorecard?.violations.map(\.rule) == ["proposal-instead-of-meeting"])
    }
}

@Suite struct NamedStateTests {
    @Test func effectsChangeStateAndConditionsReadIt() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        let first = session.answer("now")
        let change = try #require(first.compactMap { if case .state(let value) = $0 { value } else { nil } }.first)
        #expect(change.changes == [.init(variable: "patience", value: .int(1), previous: .int(2), milestone: nil)])
        #expect(session.state.values["patience"] == .int(1))
        let second = session.answer("now")
        #expect(second.verdicts.first?.reply == "hung-up")
        #expect(second.scorecard?.ending == "lost")
    }

    @Test func aLineVariantWithAConditionThatHoldsIsSaidInsteadOfThePlainOnes() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        _ = session.answer("now")
        let events = session.answer("put me through to the director")
        #expect(events.lines.first?.variant == "annoyed")
        var calm = EngineFixtures.session()
        _ = calm.start()
        #expect(calm.answer("put me through to the director").lines.first?.text == "Boss here.")
    }

    @Test func milestonesAreBooleanStateWithTitles() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        let events = session.answer("put me through to the director")
        let change = try #require(events.compactMap { if case .state(let value) = $0 { value } else { nil } }.first)
        #expect(change.changes.first?.milestone == "Got past Laura")
        #expect(session.state.values["passed-gatekeeper"] == .bool(true))
    }
}

@Suite struct ExamPolicyTests {
    @Test func anExamShowsNoVerdictCoachingStateOrPointsBeforeTheScorecard() throws {
        var session = EngineFixtures.session(mode: .exam)
        var events = session.start()
        events += session.answer("now")
        events += session.answer("put me through to the director")
        events += session.answer("let's meet on tuesday at 10")
        let beforeCard = events.prefix { if case .scorecard = $0 { false } else { true } }
        #expect(beforeCard.allSatisfy { ["start", "line", "ending", "notice"].contains($0.type) })
        #expect(events.scorecard?.outcome == .win)
        #expect(session.state.records.count == 3)
        #expect(session.state.records[0].verdict.rules.map(\.rule) == ["pressure"])
    }

    @Test func helpIsRefusedInAnExamAndRecordedInPractice() throws {
        var exam = EngineFixtures.session(mode: .exam)
        _ = exam.start()
        #expect(exam.help(.hint) == [.notice(CallNotice(kind: .helpRefused))])
        var practice = EngineFixtures.session()
        _ = practice.start()
        _ = practice.help(.hint)
        _ = practice.answer("put me through to the director")
        #expect(practice.state.records.first?.help == [.hint])
        #expect(practice.scorecard().helpUsed == 1)
    }
}

@Suite struct ProvenanceAndReplayTests {
    static let provenance = Provenance(scenario: "aa", rulebook: "bb", version: "1.0")

    static func jsonLines(_ events: [Event]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try events.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n")
    }

    static func play(seed: UInt64) -> [Event] {
        let (scenario, judge) = EngineFixtures.load()
        var session = Session(scenario: scenario, judge: judge, seed: seed, provenance: provenance)
        return session.start() + session.answer("now") + session.answer("put me through") + session.answer("let's meet at 10 on monday")
    }

    @Test func theSameSeedAndAnswersGiveTheSameBytes() throws {
        #expect(try Self.jsonLines(Self.play(seed: 42)) == Self.jsonLines(Self.play(seed: 42)))
        #expect(try Self.jsonLines(Self.play(seed: 42)).contains("\"provenance\":{\"rulebook\":\"bb\",\"scenario\":\"aa\",\"version\":\"1.0\"}"))
    }

    @Test func aSavedStateResumesWhereItStopped() throws {
        let (scenario, judge) = EngineFixtures.load()
        var original = Session(scenario: scenario, judge: judge, seed: 9, provenance: Self.provenance)
        _ = original.start()
        _ = original.answer("now")
        let saved = try JSONEncoder().encode(original.state)
        var resumed = try Session(restoring: JSONDecoder().decode(SessionState.self, from: saved), scenario: scenario, judge: judge, provenance: Self.provenance)
        #expect(resumed.answer("put me through to the director") == original.answer("put me through to the director"))
        #expect(resumed.state == original.state)
    }

    @Test func aStateFromOtherContentOrFormatIsRefused() throws {
        let (scenario, judge) = EngineFixtures.load()
        var session = Session(scenario: scenario, judge: judge, provenance: Self.provenance)
        _ = session.start()
        let edited = Provenance(scenario: "cc", rulebook: "bb", version: "1.0")
        #expect(throws: RestoreError.provenance(saved: Self.provenance, current: edited)) {
            try Session(restoring: session.state, scenario: scenario, judge: judge, provenance: edited)
        }
        var old = session.state
        old.version = 1
        #expect(throws: RestoreError.version(found: 1)) {
            try Session(restoring: old, scenario: scenario, judge: judge, provenance: Self.provenance)
        }
    }
}

@Suite struct OtherLanguageTests {
    @Test func anAnswerInTheOtherLanguageIsNamedOnceNotJudged() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        let first = session.answer("Соедините меня, пожалуйста, с директором")
        #expect(first == [.notice(CallNotice(kind: .otherLanguage, language: .en))])
        #expect(session.state.turns == 0)
        let second = session.answer("Соедините меня, пожалуйста, с директором")
        #expect(second.verdicts.count == 1)
    }
}
