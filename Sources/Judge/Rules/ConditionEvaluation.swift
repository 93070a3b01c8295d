import ScenarioKit

extension Condition {
    /// Whether the condition holds for an answer with `acts` given in `situation`; local
    /// patterns are checked against the answer's tokens. `excusing` are the acts that count
    /// against `none` (all of `acts` unless given).
    public func holds(acts: Set<ActID>, situation: Situation, tokens: [Token], patterns: PatternSet, language: Language,
                      excusing: Set<ActID>? = nil) -> Bool {
        guard all.allSatisfy({ acts.contains($0.value) }) else { return false }
        guard any.isEmpty || any.contains(where: { acts.contains($0.value) }) else { return false }
        guard !none.contains(where: { (excusing ?? acts).contains($0.value) }) else { return false }
        guard counterpart.isEmpty || counterpart.contains(situation.counterpart) else { return false }
        guard reached.allSatisfy({ situation.milestones.contains($0.value) }) else { return false }
        guard !notReached.contains(where: { situation.milestones.contains($0.value) }) else { return false }
        guard rules.isEmpty || rules.contains(where: { situation.firedRules.contains($0.value) }) else { return false }
        guard expression.map({ $0.value.holds(situation.state) }) ?? true else { return false }
        if !self.patterns.isEmpty {
            return self.patterns.contains { patterns.matches($0.value, tokens, language: language) }
        }
        return true
    }
}
