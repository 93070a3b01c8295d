import Engine

/// Picks the one line of advice worth showing after an answer: a broken rule's lesson first,
/// then the script's remark on the reply, then its remark on an unclear answer, then praise
/// from a rule. The ending's lesson is not a candidate; it is always shown.
enum CoachingChoice {
    /// The position in `outputs` of the advice to show, or nil when there is none.
    static func index(in outputs: [CallOutput]) -> Int? {
        let broken = Set(outputs.flatMap { output -> [String] in
            guard case .event(.verdict(let verdict)) = output else { return [] }
            return verdict.rules.filter(\.severity.isViolation).map(\.rule)
        })
        let ranked = outputs.indices.compactMap { index -> (rank: Int, index: Int)? in
            guard case .event(.coaching(let advice)) = outputs[index] else { return nil }
            switch advice.source {
            case .ending: return nil
            case .rule: return (advice.rule.map(broken.contains) == true ? 0 : 3, index)
            case .reply: return (1, index)
            case .otherwise: return (2, index)
            }
        }
        return ranked.min { ($0.rank, $0.index) < ($1.rank, $1.index) }?.index
    }
}
