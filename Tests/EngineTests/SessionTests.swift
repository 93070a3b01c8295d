import Foundation
import Testing
@testable import Engine
import Judge
import ScenarioKit

@Suite struct SessionTests {
    @Test func bestPathWinsWithBoundedScore() throws {
        var session = EngineFixtures.session()
        let opening = session.start()
        #expect(opening.types == ["start", "line"])
        let first = session.answer("Put me through to the director please")
        #expect(first.types == ["verdict", "coaching", "state", "line"])
        #expect(first.verdicts.first?.points == 20)
        #expect(first.lines.first?.name == "Mr Boss")
        let last = session.answer("Let's meet on Tuesday at 10")
        #expect(last.types == ["verdict", "state", "line", "coaching", "ending", "scorecard"])
        let card = try #require(last.scorecard)
        // 20 (reply) + 50 (reply) + 10 (good rule) + 10 (ending) = 90
        #expect(card.points == 90)
        #expect(card.score == 90)
        #expect(card.outcome == .win)
        #expect(card.milestones.map(\.id) == ["passed-gatekeeper", "meeting-booked"])
        #expect(card.milestones.map(\.title) == ["Got past Laura", "Meeting booked"])
        #expect(last.verdicts.first?.total == card.score)
        #expect(card.goodMoves.map(\.rule) == ["time-offered"])
        #expect(card.violations.isEmpty)
        #expect(card.coaching.first == "Well played.")
        #expect(session.isFinished)
        #expect(session.answer("anything").isEmpty)
    }

    @Test func proposalTrapIsCriticalAndEndsTheCall() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        let events = session.answer("Sure, I'll email it today")
        let verdict = try #require(events.verdicts.first)
        #expect(verdict.rules.map(\.rule) == ["proposal-instead-of-meeting"])
        #expect(verdict.points == -30)
        let card = try #require(events.scorecard)
        #expect(card.score == 0)
        #expect(card.points == -30)
        #expect(card.outcome == .loss)
        #expect(card.hasCriticalViolation)
        #expect(card.coaching == ["A proposal is not a meeting.", "Book the meeting instead."])
    }

    @Test func unclearAnswersAreAskedAgainUpToTheLimit() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        let first = session.answer("")
        #expect(first.verdicts.first?.unclear == true)
        #expect(first.lines.first?.reask == true)
        let second = session.answer("hmm")
        #expect(second.lines.first?.reask == true)
        #expect(session.state.reasks == 2)
        let third = session.answer("ehh")
        #expect(third.scorecard?.ending == "lost")
        #expect(third.lines.first?.text == "Bye.")
    }

    @Test func otherwisePenaltyAppliesOnlyWhileReasking() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        _ = session.answer("put me through to the director")
        let events = session.answer("blah")
        // limit 0 at this step: straight to `then`, no re-ask penalty
        #expect(events.scorecard?.ending == "lost")
        #expect(events.verdicts.first?.points == 0)
    }

    @Test func repliesCanLoopAndRulesCountEachTime() throws {
        var session = EngineFixtures.session()
        _ = session.start()
        _ = session.answer("now")
        let card = session.abandon().scorecard
        #expect(card?.violations.first?.count == 1)
        #expect(card?.points == -5)
        #expect(card?.outcome == .abandoned)
        #expect(card?.answers == 1)
    }

    @Test func theSameSeedReplaysTheSameCall() {
        func play(seed: UInt64) -> [Event] {
            var session = EngineFixtures.session(seed: seed)
            return session.start() + session.answer("") + session.answer("") + session.answer("put me through")
        }
        #expect(play(seed: 7) == play(seed: 7))
        let openings = Set((1...40).map { seed -> String in
            var session = EngineFixtures.session(seed: UInt64(seed))
            return session.start().lines.first?.text ?? ""
        })
        #expect(openings == ["Acme, Laura.", "Acme, hello.", "Laura speaking."])
    }

    @Test func optionsListModelAnswersBestFirst() {
        var session = EngineFixtures.session()
        _ = session.start()
        #expect(session.options == ["Put me through to the director, please."])
        _ = session.answer("put me through")
        #expect(session.options == ["Let's meet on Tuesday at 10.", "Could we meet?"])
        let before = session.state.random
        let shown = session.help(.options)
        #expect(Set(shown.first.flatMap { if case .help(let help) = $0 { help.answers } else { nil } } ?? []) == Set(session.options))
        #expect(session.state.random == before)
        #expect(session.state.helpUsed == 1)
    }

    @Test func eventsEncodeFlatWithATypeAndRoundTrip() throws {
        var session = EngineFixtures.session()
        let events = session.start() + session.answer("put me through") + session.answer("let's meet tuesday at 10")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let line = String(decoding: try encoder.encode(events[1]), as: UTF8.self)
        #expect(line.hasPrefix("{\"name\":\"Laura\",\"reask\":false,\"speaker\":\"laura\",\"step\":\"start\",\"text\":"))
        #expect(line.contains("\"variant\":\"v"))
        #expect(line.contains("\"type\":\"line\""))
        let decoded = try events.map { try JSONDecoder().decode(Event.self, from: encoder.encode($0)) }
        #expect(decoded == events)
    }
}

@Suite struct WordRepliesTests {
    @Test func aReplyOnTheTrainersWordsHearsAnAnswerWithNoAct() throws {
        let rulebook = """
        id: w
        acts:
          propose-meeting:
            en: {patterns: ["meet"]}
        """
        let scenario = """
        id: w
        title: W
        language: en
        rulebook: w
        stage: approach
        role: telemarketer
        brief: B
        cast: {c: {name: C, role: gatekeeper}}
        otherwise: {say: ["Sorry?"], limit: 0, then: lost}
        steps:
          start:
            say: ["Hello?"]
            replies:
              - id: banana
                when: {patterns: ["banana"]}
                end: won
              - end: won
        endings:
          won: {outcome: win, say: ["Yes."]}
          lost: {outcome: loss, say: ["No."]}
        """
        let loaded = RulebookLoader.load(SourceFile(path: "w.yaml", text: rulebook)).0!
        let (parsed, _, diagnostics) = ScenarioLoader.load(SourceFile(path: "s.yaml", text: scenario)) { _, _ in (loaded, []) }
        let checked = try #require(parsed, "\(diagnostics)")
        var words = Session(scenario: checked, judge: Judge(rulebook: loaded, language: .en))
        _ = words.start()
        #expect(words.answer("banana").scorecard?.ending == "won")
        var gibberish = Session(scenario: checked, judge: Judge(rulebook: loaded, language: .en))
        _ = gibberish.start()
        #expect(gibberish.answer("qwerty").scorecard?.ending == "lost")
    }
}
