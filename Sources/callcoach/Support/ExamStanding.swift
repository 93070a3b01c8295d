import Certification
import Foundation
import ProgressStore

/// Each trainee's certification, exam by exam, worked out from the attempts the progress
/// store keeps, by the rules the exam command enforces (`CertificationStatus`).
struct ExamStanding {
    /// Statuses by trainee, each trainee's in exam id order.
    let byTrainee: [String: [CertificationStatus]]
    /// Every exam anyone has attempted, in id order: the team table's columns.
    let exams: [String]

    init(_ attempts: [StoredExamAttempt], now: Date) {
        var grouped: [String: [String: [ExamAttempt]]] = [:]
        for stored in attempts {
            grouped[stored.trainee, default: [:]][stored.exam, default: []].append(ExamAttempt(stored))
        }
        byTrainee = grouped.mapValues { exams in
            exams.keys.sorted().compactMap { CertificationStatus.of(exams[$0] ?? [], now: now) }
        }
        exams = Set(attempts.map(\.exam)).sorted()
    }

    func statuses(_ trainee: String) -> [CertificationStatus] { byTrainee[trainee] ?? [] }

    func status(_ trainee: String, exam: String) -> CertificationStatus? {
        statuses(trainee).first { $0.exam == exam }
    }
}
