import Engine
import Judge
import ScenarioKit

/// Turns engine events into the text a trainee reads: the brief, each line with the speaker's
/// name, the verdict and coaching (in practice and guided modes), and the scorecard. Plain
/// text; a `Style` adds colour when the output is a terminal. The trainee's own lines are not
/// part of a verdict's text: readline shows them as typed, and `CallLoop` echoes lines read
/// from a pipe or a file (`Notice.echo`), commands included.
public struct TranscriptRenderer: Sendable {
    public let text: UIText
    public let style: Style
    public let mode: Mode
    /// The command that replays what is being played, when the scenario's own `--seed` does
    /// not: an exam sitting is replayed as a whole (`callcoach exam EXAM --seed N`).
    public let replayCommand: String?

    public init(ui: UILanguage, style: Style = .plain, mode: Mode, replayCommand: String? = nil) {
        text = UIText(ui)
        self.style = style
        self.mode = mode
        self.replayCommand = replayCommand
    }

    /// What readline shows before the cursor: the trainee's side of the transcript.
    public var prompt: String { style.promptSpeaker(text.you) + ": " }

    /// The lines for what one entered line produced. Of the advice an answer earns only the
    /// most useful line is shown, so practice stays short; the ending's lesson always shows.
    public func render(_ outputs: [CallOutput]) -> [String] {
        let shown = CoachingChoice.index(in: outputs)
        return outputs.indices.flatMap { index -> [String] in
            switch outputs[index] {
            case .event(.coaching(let advice)) where advice.source != .ending:
                index == shown ? render(.coaching(advice)) : []
            case .event(let event):
                render(event)
            case .notice(let notice):
                render(notice)
            }
        }
    }

    /// The lines to print for one event, without trailing newlines.
    public func render(_ event: Event) -> [String] {
        switch event {
        case .start(let start):
            var lines = [style.title(start.title), style.note(text.playing(start.language, mode: start.mode)),
                         "\(style.label(text.brief)): \(start.brief)"]
            lines += start.cast.compactMap { person in person.about.map { "  \(person.name) — \($0)" } }
            return lines + [""]
        case .line(let line):
            return [said(line)]
        case .verdict(let verdict):
            return renderVerdict(verdict)
        case .coaching(let coaching):
            return [style.coaching("  \(text.coach): \(coaching.text)")]
        case .state(let change):
            return change.changes.compactMap { $0.milestone }.map { style.milestone("  ★ \(text.milestone): \($0)") }
        case .help(let help):
            return render(help)
        case .notice(let notice):
            return render(notice)
        case .ending:
            return []
        case .scorecard(let card):
            return renderScorecard(card)
        }
    }

    func said(_ line: Line) -> String { "\(style.speaker(line.name)): \(Self.visible(line.text))" }

    func typed(_ answer: String) -> String { "\(style.speaker(text.you)): \(Self.visible(answer))" }

    /// Control characters shown as ^X: an answer file must not be able to move the cursor,
    /// clear the screen or change colours.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0x7F {
                result.append(contentsOf: "^?".unicodeScalars)
            } else if scalar.value < 0x20 && scalar != "\t" {
                result.append("^")
                result.append(Unicode.Scalar(scalar.value + 0x40)!)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private func renderVerdict(_ verdict: Verdict) -> [String] {
        let heard = verdict.unclear ? text.nothingHeard
            : verdict.acts.map { "\($0.act.rawValue) \(Int(($0.confidence * 100).rounded()))%" }.joined(separator: ", ")
        var lines = [style.verdict("  [\(verdict.unclear ? "?" : text.heard): \(heard)] \(text.points(verdict.points)), \(text.total) \(verdict.total)")]
        for rule in verdict.rules {
            let mark = rule.severity == .good ? "+" : "!"
            lines.append(style.rule("  \(mark) \(text.rule) \(rule.rule): \(rule.title) (\(signed(rule.points)))", severity: rule.severity))
        }
        return lines
    }

    private func renderScorecard(_ card: Scorecard) -> [String] {
        var lines = ["", style.title(text.scorecard)]
        let outcome = style.outcome(text.outcome(card.outcome), card.outcome)
        lines.append("  \(text.score): \(card.score)/100    \(text.outcomeLabel): \(outcome)    \(text.answers): \(card.answers)")
        lines.append("  \(text.milestones): \(card.milestones.isEmpty ? text.none : card.milestones.map(\.title).joined(separator: ", "))")
        let violations = card.violations.map { "\($0.title) ×\($0.count)" }
        lines.append("  \(text.violations): \(violations.isEmpty ? text.none : violations.joined(separator: "; "))")
        if !card.goodMoves.isEmpty {
            lines.append("  \(text.goodMoves): \(card.goodMoves.map { "\($0.title) ×\($0.count)" }.joined(separator: "; "))")
        }
        if card.helpUsed > 0 { lines.append("  \(text.helpUsed): \(card.helpUsed)") }
        for advice in card.coaching.prefix(2) {
            lines.append(style.coaching("  \(text.advice): \(advice)"))
        }
        let replay = replayCommand.map { text.replayExam($0, passMark: card.passMark) } ?? text.replay(seed: card.seed, passMark: card.passMark)
        lines.append(style.note("  " + replay))
        return lines
    }

    private func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}
