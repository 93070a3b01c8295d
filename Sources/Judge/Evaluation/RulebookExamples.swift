import ScenarioKit

/// The rulebook's own example phrases as labelled answers: a phrase listed under several acts
/// carries them all, noise carries none. What the example model learns from, and what a
/// cross-validation holds out.
public enum RulebookExamples {
    /// One answer per distinct phrase and language, in the order the rulebook lists them.
    public static func labelled(_ rulebook: Rulebook) -> [LabelledAnswer] {
        Language.allCases.flatMap { labelled(rulebook, in: $0) }
    }

    static func labelled(_ rulebook: Rulebook, in language: Language) -> [LabelledAnswer] {
        var order: [Located<String>] = []
        var acts: [String: Set<ActID>] = [:]
        for act in rulebook.acts {
            for example in act.languages[language]?.examples ?? [] {
                if acts[example.value] == nil { order.append(example) }
                acts[example.value, default: []].insert(act.id)
            }
        }
        for noise in rulebook.noise[language] ?? [] where acts[noise.value] == nil {
            order.append(noise)
            acts[noise.value] = []
        }
        let counterparts = rulebook.counterparts[language] ?? [:]
        return order.map { LabelledAnswer(language: language, counterpart: counterparts[$0.value] ?? "", acts: acts[$0.value] ?? [], text: $0.value, location: $0.location) }
    }

    /// The rulebook without these phrases, wherever they are listed (a phrase listed under two
    /// acts, or in two files, goes from all of them).
    public static func removing(_ phrases: Set<String>, in language: Language, from rulebook: Rulebook) -> Rulebook {
        var reduced = rulebook
        for index in reduced.acts.indices {
            reduced.acts[index].languages[language]?.examples.removeAll { phrases.contains($0.value) }
        }
        reduced.noise[language]?.removeAll { phrases.contains($0.value) }
        return reduced
    }
}
