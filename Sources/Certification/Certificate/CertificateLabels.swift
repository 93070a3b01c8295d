import ScenarioKit

/// The certificate's words in Russian and English, as the terminal's labels are kept
/// (`UIText`): one table, every label in both languages.
struct CertificateLabels {
    let heading, trainee, exam, date, validUntil, noExpiry, result, passed, failed, average, wins, calls,
        criticalRules, none, reasons, signedBy, notSigned, seed, won, lost, abandoned, score: String

    static func of(_ language: Language) -> CertificateLabels {
        switch language {
        case .ru:
            CertificateLabels(
                heading: "Сертификат CallCoach", trainee: "Сотрудник", exam: "Экзамен", date: "Дата", validUntil: "Действителен до",
                noExpiry: "бессрочно", result: "Результат", passed: "СДАН", failed: "НЕ СДАН", average: "Средний балл",
                wins: "Успешных звонков", calls: "Звонки", criticalRules: "Критические правила", none: "нет", reasons: "Причины",
                signedBy: "Подпись (ключ)", notSigned: "не подписан", seed: "Сид", won: "успех", lost: "провал",
                abandoned: "прерван", score: "балл")
        case .en:
            CertificateLabels(
                heading: "CallCoach certificate", trainee: "Trainee", exam: "Exam", date: "Date", validUntil: "Valid until",
                noExpiry: "no expiry", result: "Result", passed: "PASSED", failed: "FAILED", average: "Average score",
                wins: "Calls won", calls: "Calls", criticalRules: "Critical rules", none: "none", reasons: "Reasons",
                signedBy: "Signed by key", notSigned: "not signed", seed: "Seed", won: "won", lost: "lost",
                abandoned: "abandoned", score: "score")
        }
    }
}
