import Engine
import ScenarioKit

/// A readable certificate of one result, as plain text or Markdown. It restates the signed
/// document; the signature, not this text, is what a reader should trust.
public struct Certificate: Sendable {
    public enum Format: String, Sendable, CaseIterable { case text, markdown }

    public var result: ExamResult
    /// The fingerprint of the key that signed the result, when it was signed.
    public var signer: String?
    public var language: Language

    public init(result: ExamResult, signer: String?, language: Language? = nil) {
        self.result = result
        self.signer = signer
        self.language = language ?? result.exam.language
    }

    public func render(_ format: Format) -> String {
        let l = CertificateLabels.of(language)
        let fields: [(String, String)] = [
            (l.trainee, result.trainee),
            (l.exam, "\(result.exam.title) (\(result.exam.id), \(result.exam.language.rawValue))"),
            (l.date, String(result.finished.prefix(10))),
            (l.validUntil, result.validUntil.map { String($0.prefix(10)) } ?? (result.passed ? l.noExpiry : "—")),
            (l.result, result.passed ? l.passed : l.failed),
            (l.average, "\(result.average) / \(result.exam.passMark.average)"),
            (l.wins, "\(result.wins) / \(result.exam.passMark.wins)"),
            (l.criticalRules, result.exam.criticalRules.isEmpty ? l.none : result.exam.criticalRules.joined(separator: ", ")),
            (l.seed, String(result.seed)),
            (l.signedBy, signer ?? l.notSigned),
        ]
        let calls = result.calls.enumerated().map { index, call in
            "\(index + 1). \(call.title) (\(call.scenario)): \(l.score) \(call.scorecard.score), \(outcome(call.scorecard.outcome, l))"
        }
        let reasons = result.reasons.map { reason($0, l) }
        switch format {
        case .text:
            let width = fields.map(\.0.count).max() ?? 0
            var lines = [l.heading, String(repeating: "=", count: l.heading.count)]
            lines += fields.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
            lines += ["", l.calls + ":"] + calls.map { "  " + $0 }
            if !reasons.isEmpty { lines += ["", l.reasons + ":"] + reasons.map { "  - " + $0 } }
            return lines.joined(separator: "\n") + "\n"
        case .markdown:
            var lines = ["# \(l.heading)", "", "| | |", "|---|---|"]
            lines += fields.map { "| \($0.0) | \($0.1.replacingOccurrences(of: "|", with: "\\|")) |" }
            lines += ["", "## \(l.calls)", ""] + calls
            if !reasons.isEmpty { lines += ["", "## \(l.reasons)", ""] + reasons.map { "- " + $0 } }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// A reason in the certificate's language; the document keeps it in English.
    private func reason(_ reason: ExamResult.Reason, _ l: CertificateLabels) -> String {
        let mark = result.exam.passMark
        switch (reason.kind, language) {
        case (.average, .ru): return "средний балл \(result.average) ниже проходного \(mark.average)"
        case (.wins, .ru): return "успешных звонков \(result.wins), нужно \(mark.wins)"
        case (.criticalRule, .ru): return "нарушено критическое правило «\(reason.rule ?? "")» в «\(reason.scenario ?? "")»"
        case (.abandoned, .ru): return "экзамен прерван до последнего звонка"
        case (_, .en): return reason.message
        }
    }

    private func outcome(_ outcome: Outcome, _ l: CertificateLabels) -> String {
        switch outcome {
        case .win: l.won
        case .loss: l.lost
        case .abandoned: l.abandoned
        }
    }
}
