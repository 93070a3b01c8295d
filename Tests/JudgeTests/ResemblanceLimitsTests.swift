import Testing
@testable import Judge
@testable import ScenarioKit

/// Where a resemblance to the examples is not enough: a question heard in a statement
/// (`statements-need-patterns`), a close that excuses a send (`excused-by-words`), and a bare
/// agreement that would otherwise cancel the goodbye after it.
@Suite struct ResemblanceLimitsTests {
    static let rulebookText = """
    id: limits
    threshold: 0.45
    acts:
      agree-send-proposal:
        en:
          patterns: ["send ... deck"]
      ask-for-commitment:
        en:
          patterns: ["sign ... today"]
      propose-meeting:
        en:
          patterns: ["meet"]
    rules:
      trap:
        when: {all: [agree-send-proposal], none: [propose-meeting, ask-for-commitment]}
        excused-by-words: [ask-for-commitment]
        points: -30
        severity: critical
    """

    static func rulebook(_ text: String = rulebookText) -> (Rulebook?, [Diagnostic]) {
        RulebookLoader.load(SourceFile(path: "limits.yaml", text: text))
    }

    @Test func aCloseOnlyResembledDoesNotExcuseTheSend() throws {
        let rulebook = try #require(Self.rulebook().0)
        let judge = Judge(rulebook: rulebook, language: .en)
        let rule = try #require(rulebook.rules.first)
        let tokens = judge.analyzer.tokens("I'll send the deck today")
        func fires(_ hits: [ActHit]) -> Bool {
            judge.rules(for: Judgement(text: "I'll send the deck today", language: .en, acts: hits, unclear: false, tokens: tokens),
                        in: Situation(counterpart: .decisionMaker)).contains { $0.rule == rule.id }
        }
        let send = ActHit(act: "agree-send-proposal", confidence: 0.9, why: "pattern", pattern: "send ... deck")
        let resembledClose = ActHit(act: "ask-for-commitment", confidence: 0.62, why: "examples")
        let saidClose = ActHit(act: "ask-for-commitment", confidence: 0.9, why: "pattern", pattern: "sign ... today")
        let resembledMeeting = ActHit(act: "propose-meeting", confidence: 0.62, why: "examples")
        #expect(fires([send]))
        #expect(fires([send, resembledClose]))
        #expect(!fires([send, saidClose]))
        #expect(!fires([send, resembledMeeting]), "only the acts listed must be said in words")
    }

    @Test func excusedActsMustBeAmongTheExcusingOnes() {
        let text = Self.rulebookText.replacingOccurrences(of: "excused-by-words: [ask-for-commitment]", with: "excused-by-words: [ask-for-commitment, agree-send-proposal]")
        let diagnostics = Self.rulebook(text).1
        #expect(diagnostics.contains { $0.message.contains("'agree-send-proposal' in excused-by-words") && $0.location.line == 16 }, "\(diagnostics)")
    }

    @Test func aStatementIsNoQuestionWhateverItResembles() {
        let acts = LiveCallVerdictTests.judge("But they last ten years and pay for themselves within a year!",
                                             after: "Not interested. We've got lights, they work.").actIDs
        #expect(!acts.contains("ask-question"))
        #expect(acts.contains("pitch-product"))
    }

    @Test func aGoodbyeAfterAnAgreeingOpeningGivesUp() {
        let judgement = LiveCallVerdictTests.judge("Okay, if you're that busy I won't keep you. Have a good one.",
                                                  after: "Look, I don't have time to meet. Email me something and we'll take a look.")
        #expect(judgement.actIDs.contains("give-up"))
        #expect(!judgement.actIDs.contains("agree-send-proposal"))
    }

    @Test func takingALookIsNotTakingTheGoods() {
        let judgement = LiveCallVerdictTests.judge("Sure, I'll send the deck over today.",
                                                  after: "Look, I don't have time to meet. Email me something and we'll take a look.")
        #expect(!judgement.actIDs.contains("ask-for-commitment"))
        #expect(LiveCallVerdictTests.rules(judgement).contains("proposal-instead-of-meeting"))
    }
}
