import ScenarioKit

/// The rulebook's own examples as labelled answers: the acts' inline examples (a phrase listed
/// under several acts carries them all), the noise (no act), and the example files' answers
/// with the line each replies to. What the example model learns from, and what a
/// cross-validation holds out.
public enum RulebookExamples {
    /// Every example answer, per language in the order the rulebook and its files list them.
    public static func labelled(_ rulebook: Rulebook) -> [LabelledAnswer] {
        Language.allCases.flatMap { labelled(rulebook, in: $0) }
    }

    /// One answer per distinct phrase and line: the same "ок" after two different lines is two
    /// examples, listed twice after the same line it is one, carrying the acts of both.
    static func labelled(_ rulebook: Rulebook, in language: Language) -> [LabelledAnswer] {
        var order: [(key: Key, location: SourceLocation)] = []
        var acts: [Key: Set<ActID>] = [:]
        func add(_ text: String, _ line: String, _ heard: Set<ActID>, _ location: SourceLocation) {
            let key = Key(text: text, line: line)
            if acts[key] == nil {
                order.append((key, location))
                acts[key] = []
            }
            acts[key]?.formUnion(heard)
        }
        for act in rulebook.acts {
            for example in act.languages[language]?.examples ?? [] { add(example.value, "", [act.id], example.location) }
        }
        for noise in rulebook.noise[language] ?? [] { add(noise.value, "", [], noise.location) }
        for answer in rulebook.answers where answer.language == language { add(answer.text, answer.counterpart, answer.acts, answer.location) }
        return order.map {
            LabelledAnswer(language: language, counterpart: $0.key.line, acts: acts[$0.key] ?? [], text: $0.key.text, location: $0.location)
        }
    }

    private struct Key: Hashable {
        var text: String
        var line: String
    }

    /// The rulebook without these phrases, wherever they are listed (a phrase listed under two
    /// acts, in two files or after two lines, goes from all of them).
    public static func removing(_ phrases: Set<String>, in language: Language, from rulebook: Rulebook) -> Rulebook {
        var reduced = rulebook
        for index in reduced.acts.indices {
            reduced.acts[index].languages[language]?.examples.removeAll { phrases.contains($0.value) }
        }
        reduced.noise[language]?.removeAll { phrases.contains($0.value) }
        reduced.answers.removeAll { $0.language == language && phrases.contains($0.text) }
        return reduced
    }
}
