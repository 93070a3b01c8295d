import ProgressStore
import Terminal

/// The reports' words in Russian and English; CSV and JSON keep English field names so
/// scripts read them whatever the language.
struct ReportText {
    let language: UILanguage

    func pick(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    var trainee: String { pick("Стажёр", "Trainee") }
    var calls: String { pick("Звонков", "Calls") }
    var wins: String { pick("Выиграно", "Won") }
    var average: String { pick("Средний балл", "Average") }
    var best: String { pick("Лучший", "Best") }
    var gatekeeper: String { pick("Секретарь пройден", "Gatekeeper passed") }
    var decisionMaker: String { pick("ЛПР достигнут", "Decision maker reached") }
    var meeting: String { pick("Встреча назначена", "Meeting booked") }
    var trap: String { pick("Ловушка КП", "Proposal trap") }
    var lastCall: String { pick("Последний звонок", "Last call") }
    /// The funnel's steps in running text.
    var funnelSteps: (calls: String, gatekeeper: String, decisionMaker: String, meeting: String) {
        language == .ru ? ("звонков", "секретарь пройден", "ЛПР достигнут", "встреча назначена")
            : ("calls", "gatekeeper passed", "decision maker reached", "meeting booked")
    }
    var trend: String { pick("Динамика", "Trend") }
    var funnel: String { pick("Воронка", "Funnel") }
    var rulesBroken: String { pick("Чаще всего нарушено", "Rules broken most") }
    var byStage: String { pick("По этапам продаж", "By sales stage") }
    var byRole: String { pick("По ролям", "By role") }
    var byDifficulty: String { pick("По сложности", "By difficulty") }
    var session: String { pick("Звонок", "Call") }
    var attempt: String { pick("Попытка", "Attempt") }
    var scenario: String { pick("Сценарий", "Scenario") }
    var mode: String { pick("Режим", "Mode") }
    var outcome: String { pick("Результат", "Outcome") }
    var score: String { pick("Балл", "Score") }
    var answers: String { pick("Ответов", "Answers") }
    var started: String { pick("Начат", "Started") }

    /// Won, lost, abandoned, or still being played.
    func outcome(_ call: SessionSummary) -> String {
        switch call.outcome ?? call.state {
        case "win": pick("выигран", "won")
        case "loss": pick("проигран", "lost")
        case "abandoned": pick("прерван", "abandoned")
        case "running": pick("идёт", "running")
        case let other: other
        }
    }

    var judgedBy: String { pick("Оценено по", "Judged by") }
    var milestones: String { pick("Этапы", "Milestones") }
    var them: String { pick("Собеседник", "Them") }
    var you: String { pick("Вы", "You") }
    var helpUsed: String { pick("помощь", "help") }
    var heard: String { pick("услышано", "heard") }
    var rule: String { pick("правило", "rule") }
    var total: String { pick("итого", "total") }
    var unclearVerdict: String { pick("не понято: судья не распознал ни одного действия", "unclear: the judge heard no act") }

    func points(_ value: Int) -> String {
        pick("\(value > 0 ? "+" : "")\(value) б.", "\(value > 0 ? "+" : "")\(value) points")
    }

    var noUnclear: String { pick("Непонятых ответов нет.", "No unclear answers recorded.") }
    var noCalls: String { pick("Звонков пока нет.", "No calls recorded yet.") }
    var oldestToLatest: String { pick("от старых к новым", "oldest to latest") }

    func after(_ line: String) -> String { pick("в ответ на «\(line)»", "after “\(line)”") }

    func trapLine(_ traps: Int, of calls: Int) -> String {
        pick("\(traps) из \(calls) звонков (\(percent(traps, calls)))", "\(traps) of \(calls) calls (\(percent(traps, calls)))")
    }

    func summaryLine(_ summary: TraineeSummary) -> String {
        let (won, average) = (percent(summary.wins, summary.calls), ReportFormat.score(summary.averageScore))
        return pick("звонков: \(summary.calls), выиграно \(summary.wins) (\(won)), средний балл \(average), лучший \(summary.bestScore)",
                    "\(summary.calls) calls, \(summary.wins) won (\(won)), average \(average), best \(summary.bestScore)")
    }

    func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "0%" : "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }
}
