import Engine
import Foundation
import ProgressStore

/// A recorded call in words: a heading, then per turn the line, the answer, and the judge's
/// reasons, read from the verdict the engine gave at the time.
struct TranscriptView {
    let transcript: SessionTranscript
    let text: ReportText

    func lines() -> [String] {
        let call = transcript.session, made = transcript.provenance
        var lines = [
            "\(text.session) \(call.id): \(call.trainee), \(text.attempt.lowercased()) \(call.attempt) — \(transcript.title) [\(call.scenario)]",
            "\(text.mode): \(call.mode), seed \(transcript.seed); \(text.outcome.lowercased()): \(text.outcome(call)), "
                + "\(text.score.lowercased()) \(call.score.map(String.init) ?? "-"); \(ReportFormat.minute(call.startedAt)) UTC",
        ]
        lines.append("\(text.judgedBy): scenario \(made.scenarioHash.prefix(12)), rulebook \(made.rulebookFingerprint.prefix(12)), callcoach \(made.programVersion)")
        lines.append("\(text.milestones): " + (transcript.milestones.isEmpty ? "—" : transcript.milestones.joined(separator: ", ")))
        for turn in transcript.turns {
            let record = try? JSONDecoder().decode(TurnRecord.self, from: Data(turn.recordJSON.utf8))
            lines.append("")
            lines.append("\(turn.turn). \(record?.line?.name ?? text.them): \(turn.line)")
            var said = "   \(text.you): \(turn.answer)"
            var notes: [String] = []
            if let waited = turn.millisecondsToAnswer { notes.append(String(format: "%.1f s", Double(waited) / 1000)) }
            if !turn.help.isEmpty { notes.append(text.helpUsed + ": " + turn.help.joined(separator: ", ")) }
            if !notes.isEmpty { said += "  (" + notes.joined(separator: "; ") + ")" }
            lines.append(said)
            lines += reasons(turn, record?.verdict).map { "      " + $0 }
        }
        return lines
    }

    /// What the judge heard and why, and the rules it applied; the bare figures when the
    /// record was written by a program whose verdicts this one cannot read.
    private func reasons(_ turn: RecordedTurn, _ verdict: Verdict?) -> [String] {
        guard let verdict else { return ["\(text.points(turn.points)), \(text.total) \(turn.total)"] }
        var lines: [String] = []
        if verdict.unclear { lines.append(text.unclearVerdict) }
        for act in verdict.acts {
            lines.append("\(text.heard) \(act.act.rawValue) \(String(format: "%.2f", act.confidence)): \(act.why)")
        }
        for rule in verdict.rules {
            lines.append("\(text.rule) \(rule.rule) (\(rule.severity.rawValue), \(rule.points > 0 ? "+" : "")\(rule.points)): \(rule.title)")
        }
        lines.append("\(text.points(verdict.points)), \(text.total) \(verdict.total)")
        return lines
    }
}
