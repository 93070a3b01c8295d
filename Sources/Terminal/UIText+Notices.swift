import Engine
import ScenarioKit

/// The terminal's own words during a call: help, hints, options, refusals.
extension UIText {
    var welcome: String {
        pick("Отвечайте своими словами и нажимайте Enter. Команды — /help, выйти — Ctrl-D.",
             "Answer in your own words and press Enter. /help lists the commands; Ctrl-D leaves.")
    }

    func help(_ mode: Mode) -> [String] {
        let exam = pick(" (на экзамене недоступно)", " (not in an exam)")
        func mark(_ command: SlashCommand) -> String { mode == .exam && command.helpsToAnswer ? exam : "" }
        let rows: [(SlashCommand, String)] = [
            (.hint, pick("подсказка: как можно ответить сейчас", "a model answer for this step")),
            (.options, pick("варианты ответа; введите номер, чтобы ответить им", "numbered choices; type a number to answer with it")),
            (.repeat, pick("ещё раз услышать последнюю реплику собеседника", "hear the other side's last line again")),
            (.score, pick("сколько баллов набрано", "the score so far")),
            (.restart, pick("начать звонок заново", "start the call again")),
            (.quit, pick("завершить звонок", "leave the call")),
            (.help, pick("этот список", "this list")),
        ]
        let width = SlashCommand.allCases.map(\.word.count).max() ?? 0
        return [pick("Команды:", "Commands:")]
            + rows.map { command, about in
                "  " + command.word + String(repeating: " ", count: width - command.word.count + 2) + about + mark(command)
            }
            + [pick("Ctrl-C стирает набранное, на пустой строке — завершает звонок; Ctrl-D тоже завершает.",
                    "Ctrl-C clears the line, and on an empty line leaves the call, as Ctrl-D does.")]
    }

    var hint: String { pick("Подсказка", "Hint") }
    var noHint: String { pick("Для этого шага подсказки нет.", "No model answer for this step.") }
    var optionsHeader: String {
        pick("Варианты (введите номер или ответьте своими словами):", "Options (type a number, or answer in your own words):")
    }
    var noOptions: String {
        pick("Для этого шага вариантов нет — ответьте своими словами.", "No options for this step: answer in your own words.")
    }
    var restarted: String { pick("— Звонок начинается заново —", "— The call starts again —") }

    func noSuchOption(_ number: Int, count: Int) -> String {
        let range = count == 1 ? "1" : "1–\(count)"
        return pick("Варианта \(number) нет: выберите \(range) или ответьте своими словами.",
                    "There is no option \(number): choose \(range), or answer in your own words.")
    }

    func score(_ score: Int, answers: Int, milestones: [String]) -> String {
        let reached = milestones.isEmpty ? "" : pick("; этапы: ", "; milestones: ") + milestones.joined(separator: ", ")
        let answerWord = russianPlural(answers, one: "ответ", few: "ответа", many: "ответов")
        return pick("Пока \(score) из 100 за \(answers) \(answerWord)\(reached).",
                    "Score so far: \(score)/100 after \(answers) answer\(answers == 1 ? "" : "s")\(reached).")
    }

    func unknownCommand(_ word: String, suggestion: SlashCommand?) -> String {
        guard let suggestion else {
            return pick("Нет команды \(word). Список команд — /help.", "There is no command \(word); /help lists them.")
        }
        return pick("Нет команды \(word). Может быть, \(suggestion.word)? Список команд — /help.",
                    "There is no command \(word). Did you mean \(suggestion.word)? /help lists them.")
    }

    func otherLanguage(_ language: Language) -> String {
        language == .ru
            ? pick("Этот звонок идёт на русском: ответьте, пожалуйста, по-русски.", "This call is in Russian: please answer in Russian.")
            : pick("Этот звонок идёт на английском: ответьте, пожалуйста, по-английски.", "This call is in English: please answer in English.")
    }

    func refused(_ command: SlashCommand) -> String {
        switch command {
        case .options: pick("На экзамене вариантов нет — отвечайте своими словами.", "No options in an exam: answer in your own words.")
        case .score: pick("На экзамене баллы видны только в итогах.", "In an exam the score comes with the scorecard.")
        case .restart: pick("Экзаменационный звонок не переиграть. Чтобы выйти, наберите /quit.", "An exam call cannot be replayed. To leave, type /quit.")
        default: pick("На экзамене подсказок нет — отвечайте сами.", "No hints in an exam: you're on your own.")
        }
    }
}
