import Foundation
import Judge

/// The evaluation report as tables a trainer reads.
enum EvaluationPrinter {
    static func print(_ report: EvaluationReport, mistakes: Bool) {
        func figure(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "n/a" }
        Output.line("\(report.answers) answers")
        var rows = [["ACT", "LANG", "PREC", "REC", "F1", "SUPPORT", "TP", "FP", "FN"]]
        for row in report.rows {
            let counts = row.counts
            rows.append([row.act.rawValue, row.language, figure(counts.precision), figure(counts.recall), figure(counts.f1),
                         String(counts.support), String(counts.truePositives), String(counts.falsePositives), String(counts.falseNegatives)])
        }
        Table.print(rows)
        Output.line("")
        Output.line("micro-F1 \(figure(report.microF1))   macro-F1 \(figure(report.macroF1))")
        let cardinal = report.cardinal
        Output.line("cardinal violation (\(report.cardinalRule ?? "-")): recall \(figure(cardinal.recall)) precision \(figure(cardinal.precision))"
            + " (\(cardinal.truePositives) caught, \(cardinal.falseNegatives) missed, \(cardinal.falsePositives) wrongly claimed)")
        Output.line("")
        Output.line("most frequent confusions (heard by a person → heard by the judge):")
        Table.print([["EXPECTED", "PREDICTED", "COUNT"]] + report.confusions.map { [$0.expected, $0.predicted, String($0.count)] })
        Output.line("")
        Output.line("where wrong acts come from (pattern line or examples):")
        let misfiring = report.sources.filter { $0.wrong > 0 }.prefix(15)
        Table.print([["ACT", "SOURCE", "RIGHT", "WRONG"]] + misfiring.map { [$0.act.rawValue, $0.source, String($0.right), String($0.wrong)] })
        guard mistakes else { return }
        Output.line("")
        for mistake in report.mistakes {
            let missed = mistake.missed.map { "-\($0.rawValue)" }
            let extra = mistake.extra.map { "+\($0.rawValue)" }
            let cardinal = mistake.cardinal.map { " [cardinal violation \($0 == .missed ? "missed" : "wrongly claimed")]" } ?? ""
            Output.line("\(mistake.location.file):\(mistake.location.line): \((missed + extra).joined(separator: " "))\(cardinal): \(mistake.text)")
        }
    }
}
