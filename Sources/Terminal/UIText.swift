import Engine
import ScenarioKit

/// Every label the transcript shows, in Russian and English.
public struct UIText: Sendable {
    public let language: UILanguage

    public init(_ language: UILanguage) {
        self.language = language
    }

    func pick(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    var brief: String { pick("Задача", "Brief") }
    var you: String { pick("Вы", "You") }
    var heard: String { pick("услышано", "heard") }
    var nothingHeard: String { pick("не понято — собеседник переспросит", "unclear — the other side will ask again") }
    var total: String { pick("итого", "total") }
    var coach: String { pick("Тренер", "Coach") }
    var milestone: String { pick("Этап пройден", "Milestone") }
    var scorecard: String { pick("Итоги звонка", "Scorecard") }
    var score: String { pick("Оценка", "Score") }
    var outcomeLabel: String { pick("Результат", "Outcome") }
    var milestones: String { pick("Этапы", "Milestones") }
    var violations: String { pick("Нарушения", "Violations") }
    var goodMoves: String { pick("Удачные ходы", "Good moves") }
    var advice: String { pick("Заметка тренера", "Coach's note") }
    var answers: String { pick("Ответов", "Answers") }
    var none: String { pick("нет", "none") }
    var rule: String { pick("правило", "rule") }
    var helpUsed: String { pick("Подсказок взято", "Help used") }

    /// Which language the call is played in, and how the mode helps: said before the first
    /// line, so nobody wonders why the secretary speaks English.
    func playing(_ language: Language, mode: Mode) -> String {
        let name = language == .ru ? pick("на русском", "in Russian") : pick("на английском", "in English")
        let how = switch mode {
        case .practice: pick("тренировка: оценка и совет после каждого ответа", "practice: a verdict and advice after every answer")
        case .guided: pick("с вариантами ответа на каждом шаге", "guided: numbered options at every step")
        case .exam: pick("экзамен: без подсказок, оценка в конце", "exam: no help, the score at the end")
        }
        return pick("Звонок \(name); \(how).", "The call is \(name); \(how).")
    }

    /// How to hear the same call again, and what the score is measured against.
    func replay(seed: UInt64, passMark: Int) -> String {
        pick("Проходной балл \(passMark). Сыграть этот звонок заново: --seed \(seed)",
             "Pass mark \(passMark). Replay this call: --seed \(seed)")
    }

    /// In an exam a call's seed replays nothing on its own: the exam's seed draws the calls and
    /// their seeds, so the way back to the same calls is the exam's command. Sitting it again
    /// is a new attempt, and the line says so.
    func replayExam(_ command: String, passMark: Int) -> String {
        pick("Проходной балл звонка — \(passMark). Те же звонки ещё раз: \(command) (это новая попытка)",
             "Pass mark of this call: \(passMark). The same calls again: \(command) (a new attempt)")
    }

    /// "+25 баллов", "+1 point": a signed amount with the noun agreeing with it.
    func points(_ value: Int) -> String {
        let number = value > 0 ? "+\(value)" : "\(value)"
        return "\(number) " + (language == .ru
            ? russianPlural(value, one: "балл", few: "балла", many: "баллов")
            : (abs(value) == 1 ? "point" : "points"))
    }

    func outcome(_ outcome: Outcome) -> String {
        switch outcome {
        case .win: pick("выигран", "won")
        case .loss: pick("проигран", "lost")
        case .abandoned: pick("прерван", "abandoned")
        }
    }

    /// Russian nouns after a number: 1 ответ, 2 ответа, 5 ответов, 21 ответ, 11 ответов.
    func russianPlural(_ value: Int, one: String, few: String, many: String) -> String {
        let (lastTwo, last) = (abs(value) % 100, abs(value) % 10)
        if (11...14).contains(lastTwo) { return many }
        if last == 1 { return one }
        return (2...4).contains(last) ? few : many
    }
}
