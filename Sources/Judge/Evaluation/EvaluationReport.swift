import ScenarioKit

/// How well the judge hears each act on a labelled set: the figures a trainer needs to trust
/// it, and the ones the product stands on (the cardinal violation's recall and precision).
public struct EvaluationReport: Sendable, Codable {
    public struct Counts: Sendable, Codable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        /// Nil when there is nothing to divide by: no case claimed (precision) or none to find
        /// (recall). A report says "n/a" rather than pretend a perfect score.
        public var precision: Double? { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double? { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double? {
            guard truePositives + falsePositives + falseNegatives > 0 else { return nil }
            return 2 * Double(truePositives) / Double(2 * truePositives + falsePositives + falseNegatives)
        }
        public var support: Int { truePositives + falseNegatives }

        mutating func add(expected: Bool, predicted: Bool) {
            switch (expected, predicted) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): break
            }
        }

        static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
                   falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
        }

        private func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
            denominator == 0 ? nil : Double(numerator) / Double(denominator)
        }
    }

    /// Counts for one act in one language (`all` for both).
    public struct ActRow: Sendable, Codable {
        public var act: ActID
        public var language: String
        public var counts: Counts
    }

    /// An act a person heard that the judge took for another (or the reverse).
    public struct Confusion: Sendable, Codable {
        struct Pair: Hashable {
            var expected: String
            var predicted: String
        }

        public var expected: String
        public var predicted: String
        public var count: Int
    }

    /// One answer the judge got wrong, for the trainer to look at.
    public struct Mistake: Sendable, Codable {
        public var location: SourceLocation
        public var text: String
        public var missed: [ActID]
        public var extra: [ActID]
        /// Set when the mistake changes the cardinal verdict: the violation `missed`, or
        /// `claimed` of an answer a person did not hear it in.
        public var cardinal: CardinalError?
    }

    public enum CardinalError: String, Sendable, Codable {
        case missed, claimed
    }

    /// How often one pattern (or the examples) made the judge hear an act, rightly and wrongly:
    /// where a trainer looks first when precision drops.
    public struct Source: Sendable, Codable {
        struct Key: Hashable {
            var act: ActID
            var source: String
        }

        public var act: ActID
        public var source: String
        public var right: Int
        public var wrong: Int
    }

    public var answers: Int
    public var rows: [ActRow]
    public var microF1: Double?
    /// The mean of the F1 of the acts that occur in the set.
    public var macroF1: Double?
    public var confusions: [Confusion]
    /// The rule whose firing the cardinal figures describe.
    public var cardinalRule: String?
    public var cardinal: Counts
    public var mistakes: [Mistake]
    public var sources: [Source]
}
