import ScenarioKit

/// Runs a judge over a labelled set and counts, per act and language, what it heard right and
/// wrong. The set is never used to build the judge: only the rulebook's examples are.
public enum Evaluation {
    public static func run(_ answers: [LabelledAnswer], rulebook: Rulebook, judges: [Language: Judge], cardinalRule: Rule?) -> EvaluationReport {
        let judgements = Judge.judgeAll(answers, judges: judges)
        return run(answers, rulebook: rulebook, cardinalRule: cardinalRule) { index, _ in judgements[index] }
    }

    /// The rulebook's own examples, each judged by a judge built without it: the phrases of
    /// each language are split into `folds` parts and each part is judged by a judge that
    /// learned from the rest. How a trainer sees whether the examples generalise rather than
    /// recognise themselves.
    public static func crossValidate(_ rulebook: Rulebook, folds: Int = 10, cardinalRule: Rule?) -> EvaluationReport {
        let parts = Language.allCases.flatMap { language in
            let phrases = RulebookExamples.labelled(rulebook, in: language)
            return (0..<folds).map { fold in (language, phrases.enumerated().filter { $0.offset % folds == fold }.map(\.element)) }
        }
        let judged = Batch.map(parts) { language, heldOut in
            let judge = Judge(rulebook: RulebookExamples.removing(Set(heldOut.map(\.text)), in: language, from: rulebook), language: language)
            return heldOut.map { ($0, judge.judge($0.text, after: $0.counterpart)) }
        }.joined()
        let answers = judged.map(\.0)
        let judgements = judged.map(\.1)
        return run(answers, rulebook: rulebook, cardinalRule: cardinalRule) { index, _ in judgements[index] }
    }

    static func run(_ answers: [LabelledAnswer], rulebook: Rulebook, cardinalRule: Rule?,
                    judge judgeAnswer: (Int, LabelledAnswer) -> Judgement?) -> EvaluationReport {
        let vocabulary = rulebook.acts.map(\.id)
        var perLanguage: [Language: [ActID: EvaluationReport.Counts]] = [:]
        var confusions: [EvaluationReport.Confusion.Pair: Int] = [:]
        var cardinal = EvaluationReport.Counts()
        var mistakes: [EvaluationReport.Mistake] = []
        var sources: [EvaluationReport.Source.Key: (right: Int, wrong: Int)] = [:]
        let noPatterns = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, PatternSet([], analyzer: Analyzer(language: $0))) })

        for (index, answer) in answers.enumerated() {
            guard let judgement = judgeAnswer(index, answer) else { continue }
            let predicted = judgement.actIDs
            for hit in judgement.acts {
                let key = EvaluationReport.Source.Key(act: hit.act, source: hit.place ?? "examples")
                if answer.acts.contains(hit.act) { sources[key, default: (0, 0)].right += 1 } else { sources[key, default: (0, 0)].wrong += 1 }
            }
            for act in vocabulary {
                perLanguage[answer.language, default: [:]][act, default: .init()]
                    .add(expected: answer.acts.contains(act), predicted: predicted.contains(act))
            }
            var cardinalError: EvaluationReport.CardinalError?
            if let cardinalRule {
                let situation = Situation(counterpart: .gatekeeper)
                let none = noPatterns[answer.language]!
                let expected = cardinalRule.when.holds(acts: answer.acts, situation: situation, tokens: [], patterns: none, language: answer.language)
                let fired = cardinalRule.when.holds(acts: predicted, situation: situation, tokens: [], patterns: none, language: answer.language,
                                                    excusing: cardinalRule.excusing(judgement))
                cardinal.add(expected: expected, predicted: fired)
                if expected != fired { cardinalError = expected ? .missed : .claimed }
            }
            let missed = answer.acts.subtracting(predicted).sorted()
            let extra = predicted.subtracting(answer.acts).sorted()
            if !missed.isEmpty || !extra.isEmpty {
                mistakes.append(.init(location: answer.location, text: answer.text, missed: missed, extra: extra, cardinal: cardinalError))
            }
            for lost in missed {
                for wrong in extra { confusions[.init(expected: lost.rawValue, predicted: wrong.rawValue), default: 0] += 1 }
                if extra.isEmpty { confusions[.init(expected: lost.rawValue, predicted: "(nothing)"), default: 0] += 1 }
            }
            if missed.isEmpty { for wrong in extra { confusions[.init(expected: "(nothing)", predicted: wrong.rawValue), default: 0] += 1 } }
        }

        var rows: [EvaluationReport.ActRow] = []
        var total = EvaluationReport.Counts()
        var f1s: [Double] = []
        for act in vocabulary {
            var all = EvaluationReport.Counts()
            for language in Language.allCases {
                guard let counts = perLanguage[language]?[act] else { continue }
                rows.append(.init(act: act, language: language.rawValue, counts: counts))
                all = all + counts
            }
            rows.append(.init(act: act, language: "all", counts: all))
            total = total + all
            if all.support > 0, let f1 = all.f1 { f1s.append(f1) }
        }
        let ranked = confusions.sorted { ($1.value, $0.key.expected, $0.key.predicted) < ($0.value, $1.key.expected, $1.key.predicted) }
        return EvaluationReport(
            answers: answers.count, rows: rows, microF1: total.f1, macroF1: f1s.isEmpty ? nil : f1s.reduce(0, +) / Double(f1s.count),
            confusions: ranked.prefix(12).map { .init(expected: $0.key.expected, predicted: $0.key.predicted, count: $0.value) },
            cardinalRule: cardinalRule?.id, cardinal: cardinal, mistakes: mistakes,
            sources: sources.sorted { ($1.value.wrong, $0.key.act, $0.key.source) < ($0.value.wrong, $1.key.act, $1.key.source) }
                .map { .init(act: $0.key.act, source: $0.key.source, right: $0.value.right, wrong: $0.value.wrong) })
    }
}
