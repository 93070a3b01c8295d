import ArgumentParser
import Foundation
import ProgressStore
import ScenarioKit

/// `callcoach bench-store` (hidden): fills a progress database with calls made from the
/// shipped scenarios' tests, then times the team report and one trainee's report, and writes
/// the reports' SQL beside it so `scripts/bench-store` can time `sqlite3` on the same work.
struct BenchStore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store", abstract: "Fill a progress database with generated calls and time the reports (release build).",
        shouldDisplay: false)

    @Option(help: "Calls to generate.")
    var sessions = 100_000

    @Option(help: "Answered turns to generate, spread evenly over the calls.")
    var turns = 1_000_000

    @Option(help: "Trainees the calls are spread over.")
    var trainees = 100

    @Option(help: "Seed for the generator.")
    var seed: UInt64 = 1

    @Flag(help: "Write as live calls do, a transaction per start, turn and end (for load tests), not in batches.")
    var oneByOne = false

    @Flag(help: "Only generate; do not time the reports.")
    var noReports = false

    @Option(help: "Write the reports' SQL here (team.sql, trainee.sql).")
    var sqlOut: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if sessions < 1 || turns < 1 || trainees < 1 { throw ValidationError("--sessions, --turns and --trainees must be at least 1") }
    }

    func run() throws {
        let scenarios = try [Language.en, .ru].map { try library.loadScenario("gatekeeper-proposal", language: $0) }
        let calls = SyntheticCalls(scenarios: scenarios)
        let database = try store.open()
        let clock = ContinuousClock()
        let generating = try clock.measure {
            try calls.write(into: database, sessions: sessions, turns: turns, trainees: trainees, oneByOne: oneByOne, seed: seed)
        }
        guard !noReports else { return }
        Output.line("generated \(sessions) calls, \(turns / sessions * sessions) turns, \(trainees) trainees in \(format(generating)) s")
        Output.line("database: \(megabytes(store.resolvedPath)) MiB (with its WAL)")
        let trainee = "trainee-001"
        let team = median { _ = try? database.teamReport(ReportFilter()) }
        let one = median { _ = try? database.traineeReport(trainee, ReportFilter()) }
        Output.line("team report (\(try database.teamReport(ReportFilter()).count) trainees): \(format(team, milliseconds: true)) ms (median of 11)")
        Output.line("one trainee's report (\(trainee)): \(format(one, milliseconds: true)) ms (median of 11)")
        if let sqlOut { try writeSQL(to: sqlOut, trainee: trainee) }
    }

    /// Runs each report once on a tracing connection and keeps the statements it ran.
    private func writeSQL(to folder: String, trainee: String) throws {
        let statements = Statements()
        let traced = try SQLiteProgressDatabase.open(at: store.resolvedPath) { statements.add($0) }
        for (name, report) in [("team", { _ = try traced.teamReport(ReportFilter()) }), ("trainee", { _ = try traced.traineeReport(trainee, ReportFilter()) })] {
            statements.clear()
            try report()
            let sql = statements.all.filter { $0.hasPrefix("SELECT") }.map { $0 + ";\n" }.joined()
            try sql.write(toFile: "\(folder)/\(name).sql", atomically: true, encoding: .utf8)
        }
    }

    private func median(_ work: () -> Void) -> Duration {
        let clock = ContinuousClock()
        return (0..<11).map { _ in clock.measure(work) }.sorted()[5]
    }

    private func format(_ duration: Duration, milliseconds: Bool = false) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: milliseconds ? "%.1f" : "%.2f", milliseconds ? seconds * 1000 : seconds)
    }

    private func megabytes(_ path: String) -> String {
        let size = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: path + $0)[.size] as? Int }.reduce(0, +)
        return String(format: "%.1f", Double(size) / 1_048_576)
    }
}

/// The statements a traced connection ran, gathered from SQLite's trace callback.
private final class Statements: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    func add(_ statement: String) { lock.withLock { statements.append(statement) } }
    func clear() { lock.withLock { statements = [] } }
    var all: [String] { lock.withLock { statements } }
}
