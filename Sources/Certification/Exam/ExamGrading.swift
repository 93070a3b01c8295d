import Engine
import ScenarioKit

/// Pass or fail, and why: every reason that applies is listed, not just the first, so a
/// trainee who failed on two counts learns both.
public enum ExamGrading {
    public struct Grade: Sendable, Equatable {
        public var passed: Bool
        /// The mean score over the calls planned, calls not played counting 0, rounded down so
        /// 69.5 never passes a mark of 70.
        public var average: Int
        public var wins: Int
        public var reasons: [ExamResult.Reason]
    }

    public static func grade(_ scorecards: [Scorecard], planned: Int, exam: Exam, abandoned: Bool) -> Grade {
        let average = planned == 0 ? 0 : scorecards.reduce(0) { $0 + $1.score } / planned
        let wins = scorecards.filter { $0.outcome == .win }.count
        var reasons: [ExamResult.Reason] = []
        if abandoned {
            reasons.append(.init(kind: .abandoned, message: "the exam was left before its last call"))
        }
        if average < exam.passMark.average {
            reasons.append(.init(kind: .average, message: "average score \(average) is below the pass mark \(exam.passMark.average)"))
        }
        if wins < exam.passMark.wins {
            reasons.append(.init(kind: .wins, message: "\(wins) call(s) won, \(exam.passMark.wins) needed"))
        }
        let critical = Set(exam.criticalRules.map(\.value))
        for card in scorecards {
            for violation in card.violations where critical.contains(violation.rule) {
                reasons.append(.init(kind: .criticalRule, message: "critical rule '\(violation.rule)' (\(violation.title)) broken in '\(card.scenario)'",
                                     rule: violation.rule, scenario: card.scenario))
            }
        }
        return Grade(passed: reasons.isEmpty, average: average, wins: wins, reasons: reasons)
    }
}
