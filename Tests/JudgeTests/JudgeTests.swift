import Foundation
import Testing
@testable import Judge
@testable import ScenarioKit

@Suite struct JudgeTests {
    static let rulebookText = """
    id: tiny
    threshold: 0.5
    acts:
      agree-send-proposal:
        not-with: []
        en:
          patterns: ["send ... proposal"]
          unless: ["calendar invite"]
          examples: ["sure, I'll email the deck", "I'll forward our pricing today", "emailing you the brochure now"]
      propose-meeting:
        en:
          patterns: ["meet"]
          examples: ["could we grab a coffee next week", "let me drop by your office"]
      give-up:
        not-with: [propose-meeting]
        en:
          patterns: ["bye"]
    noise:
      en: ["asdf", "what's the weather like", "hmm"]
    """

    static func judge() -> Judge {
        let (rulebook, diagnostics) = RulebookLoader.load(SourceFile(path: "tiny.yaml", text: rulebookText))
        precondition(rulebook != nil, "\(diagnostics)")
        return Judge(rulebook: rulebook!, language: .en)
    }

    @Test func patternHitExplainsItself() throws {
        let hit = try #require(Self.judge().judge("OK, I'll send the proposal").acts.first)
        #expect(hit.act == "agree-send-proposal")
        #expect(hit.confidence >= 0.75)
        #expect(hit.words == ["send", "proposal"])
        #expect(hit.why.contains("tiny.yaml:7"))
    }

    @Test func examplesHearWhatNoPatternForesaw() throws {
        let judgement = Self.judge().judge("sure, I'll email over the deck")
        let hit = try #require(judgement.acts.first)
        #expect(hit.act == "agree-send-proposal")
        #expect(hit.pattern == nil)
        #expect(hit.example == "sure, I'll email the deck")
        #expect(hit.why.hasPrefix("learned from the examples"))
        #expect(hit.why.contains("closest to the example 'sure, I'll email the deck'"))
    }

    @Test func unlessAndNegationCancel() {
        let judge = Self.judge()
        #expect(judge.judge("I'll send the proposal with a calendar invite").actIDs.isEmpty)
        #expect(!judge.judge("no, I won't send a proposal").actIDs.contains("agree-send-proposal"))
    }

    @Test func notWithDropsPolitenessAfterAMeeting() {
        let judge = Self.judge()
        #expect(judge.judge("bye").actIDs == ["give-up"])
        #expect(judge.judge("let's meet, bye").actIDs == ["propose-meeting"])
    }

    @Test(arguments: ["", "   ", "😀😀😀", "12345", "asdf", String(repeating: "x", count: 1 << 20), "\u{FFFD}\u{FFFD}"])
    func garbageIsUnclear(text: String) {
        let judgement = Self.judge().judge(text)
        #expect(judgement.unclear)
        #expect(judgement.acts.isEmpty)
    }

    @Test func crossValidationJudgesEveryExampleOnce() {
        let judge = Self.judge()
        let report = Evaluation.crossValidate(judge.rulebook, folds: 3, cardinalRule: nil)
        #expect(report.answers == 8)
        #expect(report.rows.contains { $0.act == "agree-send-proposal" && $0.language == "en" })
    }

    @Test func crossValidationHoldsOutAPhraseEverywhereItIsListed() {
        var rulebook = Self.judge().rulebook
        let phrase = Located("emailing you the brochure now", at: SourceLocation(file: "second.tsv", line: 9, column: 1))
        let index = rulebook.acts.firstIndex { $0.id == "propose-meeting" }!
        rulebook.acts[index].languages[.en]?.examples.append(phrase)
        let reduced = RulebookExamples.removing([phrase.value], in: .en, from: rulebook)
        #expect(RulebookExamples.labelled(reduced).allSatisfy { $0.text != phrase.value })
    }
}

@Suite struct EvaluationTests {
    @Test func countsPrecisionRecallAndTheCardinalRule() {
        let rulebook = """
        id: e
        acts:
          agree-send-proposal:
            en: {patterns: ["send"]}
          propose-meeting:
            en: {patterns: ["meet"]}
        rules:
          proposal-instead-of-meeting:
            when: {all: [agree-send-proposal], none: [propose-meeting]}
            points: -30
        """
        let loaded = RulebookLoader.load(SourceFile(path: "e.yaml", text: rulebook)).0!
        let location = SourceLocation(file: "set.tsv", line: 1, column: 1)
        let answers = [
            LabelledAnswer(language: .en, counterpart: "", acts: ["agree-send-proposal"], text: "I'll send it", location: location),
            LabelledAnswer(language: .en, counterpart: "", acts: ["agree-send-proposal", "propose-meeting"], text: "send it and meet", location: location),
            LabelledAnswer(language: .en, counterpart: "", acts: ["agree-send-proposal"], text: "emailing it", location: location),
            LabelledAnswer(language: .en, counterpart: "", acts: [], text: "meet", location: location),
        ]
        let report = Evaluation.run(answers, rulebook: loaded, judges: [.en: Judge(rulebook: loaded, language: .en)], cardinalRule: loaded.rule("proposal-instead-of-meeting"))
        let send = report.rows.first { $0.act == "agree-send-proposal" && $0.language == "all" }!.counts
        #expect(send == .init(truePositives: 2, falsePositives: 0, falseNegatives: 1))
        let meet = report.rows.first { $0.act == "propose-meeting" && $0.language == "all" }!.counts
        #expect(meet == .init(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(report.cardinal == .init(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(abs((report.microF1 ?? 0) - 0.75) < 1e-9)
        #expect(report.mistakes.count == 2)
    }
}

@Suite struct LearnedModelTests {
    @Test func aStoredModelJudgesExactlyLikeTheOneItCameFrom() throws {
        let judge = JudgeTests.judge()
        let data = judge.learned.encoded()
        let restored = try #require(LearnedModel(data: data))
        let again = Judge(rulebook: judge.rulebook, language: .en, learned: restored)
        for text in ["sure, I'll email over the deck", "let me drop by", "asdf", "bye"] {
            #expect(again.judge(text).acts == judge.judge(text).acts)
        }
        #expect(restored.encoded() == data)
    }

    @Test func damagedOrForeignBytesAreRefused() {
        let data = JudgeTests.judge().learned.encoded()
        #expect(LearnedModel(data: data.prefix(data.count - 3)) == nil)
        #expect(LearnedModel(data: Data("not a model".utf8)) == nil)
        var flipped = data
        flipped[5] ^= 0xFF
        #expect(LearnedModel(data: flipped) == nil)
    }

    @Test func aModelOfOtherExamplesIsIgnored() throws {
        let judge = JudgeTests.judge()
        var rulebook = judge.rulebook
        rulebook.noise[.en, default: []].append(Located("qwerty", at: SourceLocation(file: "x", line: 1, column: 1)))
        #expect(LearnedModel.fingerprint(of: rulebook, in: .en) != judge.learned.fingerprint)
        let relearned = Judge(rulebook: rulebook, language: .en, learned: judge.learned)
        #expect(relearned.learned.fingerprint == LearnedModel.fingerprint(of: rulebook, in: .en))
    }
}
