/// A certification exam as a trainer writes it in `scenarios/exams/*.yaml`: which calls are
/// played (all of a list, or `draw` of them from a pool), what passes, what fails outright,
/// and the rules of sitting it (time per answer, attempts, cool-down, validity).
public struct Exam: Sendable {
    public var id: String
    public var title: String
    public var language: Language
    public var file: String
    /// The scenarios played in order, or the pool drawn from.
    public var scenarios: [Located<String>]
    /// How many calls are drawn from `scenarios`; nil plays them all, in order.
    public var draw: Int?
    public var passMark: PassMark
    /// Rulebook rules of which one hit fails the exam, whatever the scores.
    public var criticalRules: [Located<String>]
    /// Seconds to answer each line; nil for no limit.
    public var timePerAnswer: Int?
    /// Attempts allowed before a pass; nil for any number.
    public var attempts: Int?
    /// Seconds to wait after a failed attempt before the next.
    public var coolDown: Int
    /// Seconds a pass stays valid (the certificate's expiry); nil for no expiry.
    public var validFor: Int?

    /// The scores and wins a pass needs.
    public struct PassMark: Sendable, Codable, Equatable {
        /// The lowest average score over the calls, 0–100.
        public var average: Int
        /// The fewest calls that must end as a win.
        public var wins: Int

        public init(average: Int, wins: Int) {
            self.average = average
            self.wins = wins
        }
    }

    /// How many calls a sitting plays.
    public var callCount: Int { draw ?? scenarios.count }
}
