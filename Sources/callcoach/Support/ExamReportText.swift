import Certification
import Foundation
import Terminal

/// The reports' words for exams, in Russian and English: a certification status as a head
/// of sales reads it, and the states of single attempts.
struct ExamReportText {
    let language: UILanguage

    func pick(_ ru: String, _ en: String) -> String { language == .ru ? ru : en }

    var certification: String { pick("Аттестация", "Certification") }
    var attempts: String { pick("Попытки экзаменов", "Exam attempts") }

    /// "passed on 2026-11-04 (valid until 2027-11-04)", "failed on 2026-11-04 (attempts left
    /// 2, next attempt after 2026-11-05 10:00)", "in progress since 2026-11-04 10:00".
    func status(_ status: CertificationStatus) -> String {
        let date = day(status.date)
        switch status.state {
        case .passed:
            guard let until = status.validUntil else { return pick("сдан \(date), бессрочно", "passed on \(date) (no expiry)") }
            return pick("сдан \(date), действует до \(day(until))", "passed on \(date) (valid until \(day(until)))")
        case .expired:
            let until = day(status.validUntil ?? status.date)
            return pick("срок истёк \(until)", "expired on \(until)")
        case .inProgress:
            return pick("идёт с \(minute(status.date))", "in progress since \(minute(status.date))")
        case .failed, .abandoned:
            let head = status.state == .failed ? pick("не сдан \(date)", "failed on \(date)") : pick("прерван \(date)", "abandoned on \(date)")
            let details = [status.attemptsLeft.map(attemptsLeft), status.nextAttempt.map(nextAttempt)].compactMap { $0 }
            guard !details.isEmpty else { return head }
            return language == .ru ? ([head] + details).joined(separator: "; ") : head + " (" + details.joined(separator: ", ") + ")"
        }
    }

    /// One attempt's state: running, finished (passed or failed) or abandoned.
    func attempt(_ state: String, passed: Bool) -> String {
        switch state {
        case "running": pick("идёт", "in progress")
        case "abandoned": pick("прерван", "abandoned")
        default: passed ? pick("сдан", "passed") : pick("не сдан", "failed")
        }
    }

    func attemptLine(started: Date, exam: String, state: String, average: Int?, wins: Int?, validUntil: Date?) -> String {
        var line = "\(ReportFormat.minute(started))  \(exam)  \(state)"
        if let average, let wins { line += pick(", средний балл \(average), выиграно звонков \(wins)", ", average \(average), calls won \(wins)") }
        if let validUntil { line += pick(", действует до \(ReportFormat.day(validUntil))", ", valid until \(ReportFormat.day(validUntil))") }
        return line
    }

    private func attemptsLeft(_ count: Int) -> String {
        count == 0 ? pick("попыток не осталось", "no attempts left") : pick("попыток осталось: \(count)", "attempts left \(count)")
    }

    private func nextAttempt(_ moment: String) -> String {
        pick("следующая попытка после \(minute(moment))", "next attempt after \(minute(moment))")
    }

    private func day(_ moment: String) -> String { ExamDate.date(moment).map(ReportFormat.day) ?? moment }

    private func minute(_ moment: String) -> String { ExamDate.date(moment).map(ReportFormat.minute) ?? moment }
}
