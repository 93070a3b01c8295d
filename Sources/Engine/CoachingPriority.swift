/// Orders a call's advice by use to the trainee: the ending's lesson, then critical rules,
/// then other mistakes by how often they happened, then the script's own remarks. Each text
/// once.
enum CoachingPriority {
    static func ordered(_ advice: [Coaching], counts: [Scorecard.RuleCount]) -> [String] {
        func rank(_ item: Coaching) -> (Int, Int) {
            switch item.source {
            case .ending: return (0, 0)
            case .rule:
                let count = counts.first { $0.rule == item.rule }
                switch count?.severity {
                case .critical: return (1, -(count?.count ?? 0))
                case .violation: return (2, -(count?.count ?? 0))
                default: return (4, 0)
                }
            case .reply, .otherwise: return (3, 0)
            }
        }
        var seen: Set<String> = []
        return advice.enumerated()
            .sorted {
                let (left, right) = (rank($0.element), rank($1.element))
                return (left.0, left.1, $0.offset) < (right.0, right.1, $1.offset)
            }
            .map(\.element.text)
            .filter { seen.insert($0).inserted }
    }
}
