/// Scores 0–100 as a row of bars, one a call, so a trend reads at a glance in a terminal.
enum Sparkline {
    private static let bars = Array("▁▂▃▄▅▆▇█")

    static func text(_ scores: [Int]) -> String {
        String(scores.map { bars[min(bars.count - 1, max(0, $0) * bars.count / 101)] })
    }
}
