import Engine
import Judge
import ScenarioKit

/// Turns engine events into the text a trainee reads: the brief, each line with the speaker's
/// name, the answer, the verdict and coaching (in practice and guided modes), and the
/// scorecard. Plain text; a `Style` adds colour when the output is a terminal.
public struct TranscriptRenderer: Sendable {
    public let text: UIText
    public let style: Style
    public let mode: Mode
    /// Whether answers are echoed: yes for a batch transcript, no when the trainee just typed them.
    public let echoAnswers: Bool

    public init(ui: UILanguage, style: Style = .plain, mode: Mode, echoAnswers: Bool) {
        text = UIText(ui)
        self.style = style
        self.mode = mode
        self.echoAnswers = echoAnswers
    }

    /// The lines to print for one event, without trailing newlines.
    public func render(_ event: Event) -> [String] {
        switch event {
        case .start(let start):
            var lines = [style.title(start.title), "\(style.label(text.brief)): \(start.brief)"]
            lines += start.cast.compactMap { person in person.about.map { "  \(person.name) — \($0)" } }
            return lines + [""]
        case .line(let line):
            return ["\(style.speaker(line.name)): \(line.text)"]
        case .verdict(let verdict):
            var lines = echoAnswers ? ["\(style.speaker(text.you)): \(verdict.answer)"] : []
            if mode != .exam { lines += renderVerdict(verdict) }
            return lines
        case .coaching(let coaching):
            return mode == .exam && coaching.source != .ending ? [] : [style.coaching("  \(text.coach): \(coaching.text)")]
        case .milestone(let milestone):
            return mode == .exam ? [] : [style.milestone("  ★ \(text.milestone): \(milestone.milestone)")]
        case .ending:
            return []
        case .scorecard(let card):
            return renderScorecard(card)
        }
    }

    private func renderVerdict(_ verdict: Verdict) -> [String] {
        let heard = verdict.unclear ? text.nothingHeard
            : verdict.acts.map { "\($0.act.rawValue) \(Int(($0.confidence * 100).rounded()))%" }.joined(separator: ", ")
        var lines = [style.verdict("  [\(verdict.unclear ? "?" : text.heard): \(heard)] \(signed(verdict.points)) \(text.points), \(text.total) \(verdict.total)")]
        for rule in verdict.rules {
            let mark = rule.severity == .good ? "+" : "!"
            lines.append(style.rule("  \(mark) \(text.rule) \(rule.rule): \(rule.title) (\(signed(rule.points)))", severity: rule.severity))
        }
        return lines
    }

    private func renderScorecard(_ card: Scorecard) -> [String] {
        var lines = ["", style.title(text.scorecard)]
        lines.append("  \(text.score): \(card.score)/100    \(text.outcomeLabel): \(text.outcome(card.outcome))    \(text.answers): \(card.answers)")
        lines.append("  \(text.milestones): \(card.milestones.isEmpty ? text.none : card.milestones.joined(separator: ", "))")
        let violations = card.violations.map { "\($0.title) ×\($0.count)" }
        lines.append("  \(text.violations): \(violations.isEmpty ? text.none : violations.joined(separator: "; "))")
        if !card.goodMoves.isEmpty {
            lines.append("  \(text.goodMoves): \(card.goodMoves.map { "\($0.title) ×\($0.count)" }.joined(separator: "; "))")
        }
        for advice in card.coaching.prefix(2) {
            lines.append(style.coaching("  \(text.advice): \(advice)"))
        }
        return lines
    }

    private func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}
