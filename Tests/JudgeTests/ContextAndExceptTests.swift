import Testing
@testable import Judge
@testable import ScenarioKit

/// The other side's line as context, `except:` patterns, and when examples overrule a pattern.
@Suite struct ContextAndExceptTests {
    static let rulebookText = """
    id: context
    threshold: 0.45
    acts:
      agree-send-proposal:
        en:
          patterns: ["send ... proposal"]
      schedule-callback:
        en:
          patterns: ["call ... back"]
      offer-time-options:
        examples-alone: never
        en:
          patterns: ["{when}"]
          except: ["send {when}"]
      ask-question:
        en:
          patterns: ["do you have"]
    """

    static func rulebook(_ text: String = rulebookText, examples: [LabelledAnswer] = []) -> Rulebook {
        var rulebook = RulebookLoader.load(SourceFile(path: "context.yaml", text: text)).0!
        rulebook.answers = examples
        return rulebook
    }

    static func example(_ line: String, _ acts: [ActID], _ text: String) -> LabelledAnswer {
        LabelledAnswer(language: .en, counterpart: line, acts: Set(acts), text: text, location: SourceLocation(file: "x.tsv", line: 1, column: 1))
    }

    /// Short replies mean what they agree to: the same "ok" is a send after "email us", a call
    /// back after "call back later".
    static let shortReplies: [LabelledAnswer] = {
        var answers: [LabelledAnswer] = []
        let sendLines = ["Just email us your proposal.", "Send the proposal over.", "Please email the price list.", "Email us something.", "Send it to info@."]
        let callbackLines = ["Call back later.", "Try calling back next week.", "Call back in an hour.", "He'll be back, call back later.", "Ring back tomorrow."]
        for reply in ["ok", "okay", "sure", "alright", "fine"] {
            for line in sendLines { answers.append(example(line, ["agree-send-proposal"], reply)) }
            for line in callbackLines { answers.append(example(line, ["schedule-callback"], reply)) }
        }
        answers.append(contentsOf: [
            example("Just email us.", ["agree-send-proposal"], "I'll send the proposal today"),
            example("Call back later.", ["schedule-callback"], "I'll call you back on Monday"),
            example("Who is this?", [], "asdf"),
        ])
        return answers
    }()

    @Test func aShortReplyMeansWhatTheOtherSideAskedFor() {
        let judge = Judge(rulebook: Self.rulebook(examples: Self.shortReplies), language: .en)
        #expect(judge.judge("ok", after: "Just email us the proposal.").actIDs == ["agree-send-proposal"])
        #expect(judge.judge("ok", after: "Call back later, he's busy.").actIDs == ["schedule-callback"])
    }

    /// An answer with nothing the examples know is unclear, however telling the line it follows.
    @Test func theLineAloneHearsNothing() {
        let examples = ["ok", "sure", "fine"].map { Self.example("Email?", ["agree-send-proposal"], $0) }
            + ["ok", "sure", "fine"].map { Self.example("Later?", ["schedule-callback"], $0) }
        let judge = Judge(rulebook: Self.rulebook(examples: examples), language: .en)
        #expect(judge.judge("ok", after: "Email?").actIDs == ["agree-send-proposal"])
        #expect(judge.judge("qwzx", after: "Email?").unclear)
    }

    @Test func theSameAnswerAfterTwoLinesIsTwoExamples() throws {
        let (rulebook, diagnostics) = RulebookLoader.load(SourceFile(path: "r.yaml", text: """
        id: r
        title: R
        acts:
          agree-send-proposal:
            en: {patterns: ["send"]}
          schedule-callback:
            en: {patterns: ["call"]}
        example-files: [x.tsv]
        """), companions: { name, _ in
            .success(SourceFile(path: name, text: "en\tJust email us.\tagree-send-proposal\tok\nen\tCall back later.\tschedule-callback\tok\n"))
        })
        #expect(diagnostics.isEmpty)
        let examples = RulebookExamples.labelled(try #require(rulebook))
        #expect(examples.map(\.counterpart) == ["Just email us.", "Call back later."])
        #expect(examples.map(\.acts) == [["agree-send-proposal"], ["schedule-callback"]])
    }

    @Test func exceptDiscountsOnlyTheWordsItCovers() {
        let judge = Judge(rulebook: Self.rulebook(), language: .en)
        #expect(!judge.judge("I'll send it tomorrow").actIDs.contains("offer-time-options"))
        let both = judge.judge("I'll send it tomorrow and call you back on Thursday")
        #expect(both.actIDs.contains("offer-time-options"))
        #expect(both.acts.first { $0.act == "offer-time-options" }?.words == ["thursday"])
    }

    @Test func aMatchStartingInsideAnExceptPhraseIsDiscounted() {
        let text = Self.rulebookText.replacingOccurrences(of: "patterns: [\"send ... proposal\"]", with: "patterns: [\"send ... proposal\"]\n      except: [\"send me\"]")
        let judge = Judge(rulebook: Self.rulebook(text), language: .en)
        #expect(judge.judge("could you send me your old proposal").unclear)
        let promise = judge.judge("send me your volumes and I'll send a proposal back")
        #expect(promise.actIDs == ["agree-send-proposal"])
        #expect(promise.acts.first?.words == ["send", "proposal"])
    }

    @Test func aNegatedFirstMatchDoesNotHideALaterOne() {
        let judge = Judge(rulebook: Self.rulebook(), language: .en)
        #expect(judge.judge("I won't call back, but I will call you back later").actIDs.contains("schedule-callback"))
    }

    @Test func examplesOverruleAPatternUnlessThePatternsDecide() {
        let examples = (0..<6).map { Self.example("Hello?", [], "do you have a website \($0)") }
            + (0..<6).map { Self.example("Hello?", ["ask-question"], "how many trucks run \($0) routes") }
        let overruled = Judge(rulebook: Self.rulebook(examples: examples), language: .en)
        #expect(!overruled.judge("do you have a website").actIDs.contains("ask-question"))
        let text = Self.rulebookText.replacingOccurrences(of: "  ask-question:\n", with: "  ask-question:\n    patterns-decide: true\n")
        let decided = Judge(rulebook: Self.rulebook(text, examples: examples), language: .en)
        #expect(decided.judge("do you have a website").actIDs.contains("ask-question"))
    }

    @Test func aLongAnswerOpeningWithAShortAgreementReadsTheLine() {
        let replies = ["ok. who do I address it to", "sure, which address is best", "fine. is that the info address", "will do. and the name"]
        let examples = replies.map { Self.example("Just email us the proposal.", ["agree-send-proposal"], $0) }
            + replies.map { Self.example("Call back later.", ["schedule-callback"], $0) }
        let judge = Judge(rulebook: Self.rulebook(examples: examples), language: .en)
        #expect(judge.judge("ok. who do I address it to", after: "Please email the proposal.").actIDs == ["agree-send-proposal"])
        #expect(judge.judge("ok. who do I address it to", after: "Call back later please.").actIDs == ["schedule-callback"])
    }

    @Test func aNegatorBeforeAnyWordOfTheMatchNegatesIt() {
        let judge = Judge(rulebook: Self.rulebook(), language: .en)
        #expect(judge.judge("I'll send the proposal").actIDs == ["agree-send-proposal"])
        #expect(!judge.judge("I'll send a brochure, not the proposal").actIDs.contains("agree-send-proposal"))
    }

    @Test func adjacentWordsAndNegationThatIsAgreement() {
        let text = Self.rulebookText.replacingOccurrences(of: "patterns: [\"call ... back\"]", with: "patterns: [\"call ... back\"]\n      unless: [\"not+call\"]")
        let judge = Judge(rulebook: Self.rulebook(text), language: .en)
        #expect(judge.judge("no problem I'll send the proposal").actIDs == ["agree-send-proposal"])
        #expect(judge.judge("I won't forget to send the proposal").actIDs == ["agree-send-proposal"])
        #expect(judge.judge("I will not call, we'll call you back").unclear)
        #expect(judge.judge("not today, I'll call you back").actIDs == ["schedule-callback"])
    }

    @Test func aNegatorThePatternAsksForIsPartOfThePhrase() {
        let text = Self.rulebookText.replacingOccurrences(of: "patterns: [\"do you have\"]", with: "patterns: [\"not ... happy\"]")
        let judge = Judge(rulebook: Self.rulebook(text), language: .en)
        #expect(judge.judge("are you not happy with them").actIDs == ["ask-question"])
    }

    @Test func withoutExamplesAPatternIsNeverOverruled() {
        let judge = Judge(rulebook: Self.rulebook(), language: .en)
        #expect(judge.judge("do you have a website").actIDs == ["ask-question"])
    }
}
