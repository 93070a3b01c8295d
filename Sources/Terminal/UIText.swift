import ScenarioKit

/// Every label the transcript shows, in Russian and English.
public struct UIText: Sendable {
    public let language: UILanguage

    public init(_ language: UILanguage) {
        self.language = language
    }

    private func pick(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    var brief: String { pick("Задача", "Brief") }
    var you: String { pick("Вы", "You") }
    var heard: String { pick("услышано", "heard") }
    var nothingHeard: String { pick("не понято — собеседник переспросит", "unclear — the other side will ask again") }
    var points: String { pick("баллы", "points") }
    var total: String { pick("итого", "total") }
    var coach: String { pick("Тренер", "Coach") }
    var milestone: String { pick("Этап пройден", "Milestone") }
    var scorecard: String { pick("Итоги звонка", "Scorecard") }
    var score: String { pick("Оценка", "Score") }
    var outcomeLabel: String { pick("Результат", "Outcome") }
    var milestones: String { pick("Этапы", "Milestones") }
    var violations: String { pick("Нарушения", "Violations") }
    var goodMoves: String { pick("Удачные ходы", "Good moves") }
    var advice: String { pick("Над чем поработать", "Work on") }
    var answers: String { pick("Ответов", "Answers") }
    var none: String { pick("нет", "none") }
    var rule: String { pick("правило", "rule") }

    func outcome(_ outcome: Outcome) -> String {
        switch outcome {
        case .win: pick("выигран", "won")
        case .loss: pick("проигран", "lost")
        case .abandoned: pick("прерван", "abandoned")
        }
    }
}
