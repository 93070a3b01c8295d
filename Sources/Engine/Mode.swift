/// How much help the trainee gets. The engine behaves the same in every mode; front ends
/// decide what to show, and exams record the mode with the result.
public enum Mode: String, Sendable, Codable, CaseIterable {
    /// A verdict and coaching after every answer.
    case practice
    /// Numbered options at every step, plus everything practice shows.
    case guided
    /// No verdicts, hints or options until the scorecard.
    case exam
}
