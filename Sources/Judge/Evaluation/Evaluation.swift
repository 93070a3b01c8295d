import ScenarioKit

/// The rulebook's own example phrases as labelled answers (a phrase listed under several acts
/// carries them all; noise carries none), for cross-validating a rulebook.
public enum RulebookExamples {
    /// The rulebook without the examples written at these places.
    public static func removing(_ locations: Set<SourceLocation>, from rulebook: Rulebook) -> Rulebook {
        var reduced = rulebook
        for index in reduced.acts.indices {
            for language in Language.allCases {
                reduced.acts[index].languages[language]?.examples.removeAll { locations.contains($0.location) }
            }
        }
        for language in Language.allCases {
            reduced.noise[language]?.removeAll { locations.contains($0.location) }
        }
        return reduced
    }

    public static func labelled(_ rulebook: Rulebook) -> [LabelledAnswer] {
        var result: [LabelledAnswer] = []
        for language in Language.allCases {
            var order: [String] = []
            var acts: [String: Set<ActID>] = [:]
            var locations: [String: SourceLocation] = [:]
            for act in rulebook.acts {
                for example in act.languages[language]?.examples ?? [] {
                    if acts[example.value] == nil { order.append(example.value); locations[example.value] = example.location }
                    acts[example.value, default: []].insert(act.id)
                }
            }
            for noise in rulebook.noise[language] ?? [] where acts[noise.value] == nil {
                order.append(noise.value)
                acts[noise.value] = []
                locations[noise.value] = noise.location
            }
            result += order.map { LabelledAnswer(language: language, counterpart: "", acts: acts[$0] ?? [], text: $0, location: locations[$0]!) }
        }
        return result
    }
}

/// Runs a judge over a labelled set and counts, per act and language, what it heard right and
/// wrong. The set is never used to build the judge: only the rulebook's examples are.
public enum Evaluation {
    public static func run(_ answers: [LabelledAnswer], judges: [Language: Judge], cardinalRule: String) -> EvaluationReport {
        guard let rulebook = judges.values.first?.rulebook else { return run(answers, rulebook: nil, cardinalRule: cardinalRule) { _ in nil } }
        return run(answers, rulebook: rulebook, cardinalRule: cardinalRule) { answer in judges[answer.language]?.judge(answer.text) }
    }

    /// The rulebook's own examples, each judged by a judge built without it: the examples are
    /// split into `folds` parts and each part is judged by a judge that learned from the rest.
    /// How a trainer sees whether the examples generalise rather than recognise themselves.
    public static func crossValidate(_ rulebook: Rulebook, folds: Int = 10, cardinalRule: String) -> EvaluationReport {
        let answers = RulebookExamples.labelled(rulebook)
        var judgements: [SourceLocation: Judgement] = [:]
        for fold in 0..<folds {
            let heldOut = Set(answers.enumerated().filter { $0.offset % folds == fold }.map(\.element.location))
            let reduced = RulebookExamples.removing(heldOut, from: rulebook)
            let judges = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Judge(rulebook: reduced, language: $0)) })
            for answer in answers where heldOut.contains(answer.location) {
                judgements[answer.location] = judges[answer.language]?.judge(answer.text)
            }
        }
        return run(answers, rulebook: rulebook, cardinalRule: cardinalRule) { judgements[$0.location] }
    }

    static func run(_ answers: [LabelledAnswer], rulebook: Rulebook?, cardinalRule: String,
                    judge judgeAnswer: (LabelledAnswer) -> Judgement?) -> EvaluationReport {
        let vocabulary = rulebook?.acts.map(\.id) ?? []
        var perLanguage: [Language: [ActID: EvaluationReport.Counts]] = [:]
        var confusions: [String: Int] = [:]
        var cardinal = EvaluationReport.Counts()
        var mistakes: [EvaluationReport.Mistake] = []
        var sources: [String: (act: ActID, source: String, right: Int, wrong: Int)] = [:]
        let rule = rulebook?.rule(cardinalRule)

        for answer in answers {
            guard let judgement = judgeAnswer(answer) else { continue }
            let predicted = judgement.actIDs
            for hit in judgement.acts {
                let source = hit.why.components(separatedBy: " matched the pattern at ").last.flatMap { hit.pattern == nil ? nil : $0 } ?? "examples"
                let key = "\(hit.act.rawValue) \(source)"
                var entry = sources[key] ?? (hit.act, source, 0, 0)
                if answer.acts.contains(hit.act) { entry.right += 1 } else { entry.wrong += 1 }
                sources[key] = entry
            }
            for act in vocabulary {
                perLanguage[answer.language, default: [:]][act, default: .init()]
                    .add(expected: answer.acts.contains(act), predicted: predicted.contains(act))
            }
            let missed = answer.acts.subtracting(predicted).sorted()
            let extra = predicted.subtracting(answer.acts).sorted()
            if !missed.isEmpty || !extra.isEmpty {
                mistakes.append(.init(location: answer.location, text: answer.text, missed: missed, extra: extra))
            }
            for lost in missed {
                for wrong in extra { confusions["\(lost.rawValue)\t\(wrong.rawValue)", default: 0] += 1 }
                if extra.isEmpty { confusions["\(lost.rawValue)\t(nothing)", default: 0] += 1 }
            }
            if missed.isEmpty { for wrong in extra { confusions["(nothing)\t\(wrong.rawValue)", default: 0] += 1 } }
            if let rule {
                let situation = Situation(counterpart: .gatekeeper)
                let none = PatternSet([], analyzer: Analyzer(language: answer.language))
                let expected = rule.when.holds(acts: answer.acts, situation: situation, tokens: [], patterns: none, language: answer.language)
                let fired = rule.when.holds(acts: predicted, situation: situation, tokens: [], patterns: none, language: answer.language)
                cardinal.add(expected: expected, predicted: fired)
            }
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
            f1s.append(all.f1)
        }
        let ranked = confusions.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(12).map { key, count in
            let parts = key.split(separator: "\t").map(String.init)
            return EvaluationReport.Confusion(expected: parts[0], predicted: parts[1], count: count)
        }
        return EvaluationReport(
            answers: answers.count, rows: rows, microF1: total.f1, macroF1: f1s.isEmpty ? 0 : f1s.reduce(0, +) / Double(f1s.count),
            confusions: Array(ranked), cardinalRule: cardinalRule, cardinal: cardinal, mistakes: mistakes,
            sources: sources.values.sorted { ($1.wrong, $0.source) < ($0.wrong, $1.source) }
                .map { EvaluationReport.Source(act: $0.act, source: $0.source, right: $0.right, wrong: $0.wrong) })
    }
}
