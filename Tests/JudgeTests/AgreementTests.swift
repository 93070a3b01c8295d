import Testing
@testable import Judge
@testable import ScenarioKit

/// A bare agreement means what the other side asked for: "Sure. How many desks?" after
/// "send us a proposal" agrees to send it, though no word of it says "send".
@Suite struct AgreementTests {
    static let rulebookText = """
    id: agreement
    threshold: 0.45
    agreement:
      not-with: [schedule-callback]
      en:
        opening: ["ok|sure|yes|fine", "will+do", "no+problem"]
        unless: ["but"]
      ru:
        opening: ["да|конечно|хорошо", "без+проблем"]
        unless: ["но"]
    acts:
      agree-send-proposal:
        patterns-decide: true
        en:
          patterns: ["send ... proposal"]
          unless: ["invite"]
          agreeing-to: ["send|email ... us|me|proposal"]
        ru:
          patterns: ["пришлю ... кп"]
          agreeing-to: ["=пришлите|=отправьте"]
      schedule-callback:
        en:
          patterns: ["call ... back"]
      ask-question:
        en:
          patterns: ["how many"]
    """

    static let judge = Judge(rulebook: RulebookLoader.load(SourceFile(path: "agreement.yaml", text: rulebookText)).0!, language: .en)
    static let russian = Judge(rulebook: RulebookLoader.load(SourceFile(path: "agreement.yaml", text: rulebookText)).0!, language: .ru)

    @Test func anOpeningOfAgreementAgreesToTheLine() throws {
        let judgement = Self.judge.judge("Sure. How many desks do you have?", after: "Just email us your proposal.")
        #expect(judgement.actIDs == ["agree-send-proposal", "ask-question"])
        let hit = try #require(judgement.acts.first { $0.act == "agree-send-proposal" })
        #expect(hit.words == ["sure"])
        #expect(hit.why == "'sure' agrees to 'email us' in the other side's line (the pattern at agreement.yaml:17)")
        #expect(Self.judge.judge("will do", after: "Send me a proposal.").actIDs == ["agree-send-proposal"])
        #expect(Self.judge.judge("no problem, ok", after: "Send me a proposal.").actIDs == ["agree-send-proposal"])
        #expect(Self.russian.judge("Конечно. А на какой адрес?", after: "Пришлите КП на почту").actIDs == ["agree-send-proposal"])
    }

    @Test func withoutTheLineTheAnswerSpeaksForItself() {
        #expect(Self.judge.judge("Sure. How many desks do you have?").actIDs == ["ask-question"])
        #expect(Self.judge.judge("Sure. How many desks do you have?", after: "How big is your office?").actIDs == ["ask-question"])
    }

    @Test func theWholeOpeningMustAgree() {
        #expect(Self.judge.judge("Sure thing is, how many desks?", after: "Email us.").actIDs == ["ask-question"])
        #expect(Self.russian.judge("Да нет, спасибо", after: "Пришлите КП").actIDs.isEmpty)
        #expect(Self.russian.judge("Хорошо бы встретиться", after: "Пришлите КП").actIDs.isEmpty)
    }

    @Test func aContrastTakesTheAgreementBack() {
        #expect(Self.judge.judge("Yes. But how many desks do you have?", after: "Email us.").actIDs == ["ask-question"])
        #expect(Self.russian.judge("Да, понимаю. Но КП у нас под задачу.", after: "Пришлите КП").actIDs.isEmpty)
    }

    @Test func aNegatedOrExcludedLineAsksForNothing() {
        #expect(Self.judge.judge("ok", after: "Don't send us anything.").actIDs.isEmpty)
        #expect(Self.judge.judge("ok", after: "Send me the calendar invite.").actIDs.isEmpty)
    }

    @Test func aCallbackInTheAnswersOwnWordsIsNoAgreement() {
        #expect(Self.judge.judge("Fine, I'll call you back on Monday.", after: "Send us a proposal.").actIDs == ["schedule-callback"])
    }

    @Test func theAnswersOwnPatternsStillDecide() throws {
        let hit = try #require(Self.judge.judge("Sure, I'll send the proposal", after: "Email us.").acts.first)
        #expect(hit.pattern == "send ... proposal")
    }

    /// The examples' "will do" follows "email us"; after "call back after three" the same words
    /// promise no proposal, however close they are to those examples.
    @Test func examplesDoNotCarryAnAgreementToAnotherLine() {
        var rulebook = RulebookLoader.load(SourceFile(path: "agreement.yaml", text: Self.rulebookText)).0!
        let location = SourceLocation(file: "x.tsv", line: 1, column: 1)
        for reply in ["will do", "sure", "ok", "yes"] {
            for line in ["Email us.", "Send me a proposal.", "Send it over."] {
                rulebook.answers.append(LabelledAnswer(language: .en, counterpart: line, acts: ["agree-send-proposal"], text: reply, location: location))
            }
        }
        rulebook.answers.append(LabelledAnswer(language: .en, counterpart: "Who is this?", acts: [], text: "asdf", location: location))
        let judge = Judge(rulebook: rulebook, language: .en)
        #expect(judge.judge("will do", after: "Send the proposal over.").actIDs == ["agree-send-proposal"])
        #expect(judge.judge("will do", after: "Call back after three.").actIDs.isEmpty)
    }
}
