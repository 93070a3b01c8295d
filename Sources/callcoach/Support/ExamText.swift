import Certification
import Terminal

/// The exam command's own lines in Russian and English. A Russian exam prints no English:
/// the trainee is certified in that language, and a proctor reads the same screen.
struct ExamText {
    let language: UILanguage

    func pick(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    func call(_ number: Int, of count: Int, title: String) -> String {
        pick("Звонок \(number) из \(count): \(title)", "Call \(number) of \(count): \(title)")
    }

    func late(seconds: Int, limit: Int) -> String {
        pick("(ответ через \(seconds) с, лимит \(limit) с: засчитан как молчание)",
             "(answered after \(seconds) s, limit \(limit) s: counted as no answer)")
    }

    /// The prompt's clock: "[90 с] ".
    func secondsLeft(_ seconds: Int) -> String { pick("[\(seconds) с] ", "[\(seconds) s] ") }

    func written(_ path: String, signature: String?) -> String {
        guard let signature else {
            return pick("результат: \(path) (без подписи: ключа нет, см. `callcoach keys init`)",
                        "result: \(path) (not signed: no key; see `callcoach keys init`)")
        }
        return pick("результат: \(path), подпись: \(signature)", "result: \(path), signature: \(signature)")
    }

    func refused(_ reason: AdmissionError) -> String {
        switch reason {
        case .noAttemptsLeft(let used):
            pick("попыток не осталось: после последней сдачи провалено \(used)",
                 "no attempts left: \(used) failed since the last pass")
        case .coolingDown(let until):
            pick("последняя попытка не сдана; следующую можно начать после \(until)",
                 "the last attempt failed; the next may start at \(until)")
        }
    }

    /// An earlier result is never replaced: the file is refused before the sitting starts.
    func resultExists(_ path: String) -> String {
        pick("\(path) уже существует, а результат экзамена никогда не записывается поверх файла; укажите другой --out",
             "\(path) exists, and an exam result never overwrites a file; name another --out")
    }

    /// Without the store no attempt can be counted, so no sitting starts.
    func noStore(_ error: any Error) -> String {
        pick("экзамен не начат: попытку негде записать (\(error))", "the exam has not started: the attempt cannot be recorded (\(error))")
    }

    func notRecorded(_ error: any Error) -> String {
        pick("экзамен не сохраняется в базе прогресса: \(error)", "the exam is not being saved in the progress database: \(error)")
    }

    func cannotWrite(_ path: String) -> String {
        pick("не удалось записать \(path)", "cannot write \(path)")
    }
}
