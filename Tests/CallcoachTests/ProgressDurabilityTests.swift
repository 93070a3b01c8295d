#if os(Linux)
import Foundation
import Glibc
import Testing

/// Nothing lost: a call killed mid-way keeps its answers, and trainees playing at once into one
/// new database all get their calls written.
@Suite struct ProgressDurabilityTests {
    private let database = FileManager.default.temporaryDirectory.appendingPathComponent("durable-\(UUID().uuidString)/progress.sqlite").path

    private func sqlite(_ query: String) throws -> String {
        try SQLiteShell.query(database, query)
    }

    @Test func sigkillAfterThreeAnswersLeavesThreeTurnsAndTheCallBecomesAbandoned() throws {
        let run = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "en", "--ui", "en", "--db", database], columns: 160)
        try run.expect("You: ")
        for answer in [
            "Hi Laura, this is Alex from Brightline. Could you put me through to David Miller, please?",
            "I understand. But the proposal depends on how his fleet runs, so I need two minutes with him. Could you connect me?",
            "Hi David, Alex from Brightline. We cut fuel costs for three hauliers your size. I'd like to set up a short meeting.",
        ] {
            run.type(answer + "\r")
            try run.expect("You: ")
        }
        run.send(SIGKILL)
        #expect(throws: TerminalRun.Failure.self) { try run.exitStatus() }
        #expect(try sqlite("SELECT state FROM sessions") == "running")
        #expect(try sqlite("SELECT COUNT(*) FROM turns") == "3")
        let history = try Binary.run(["history", "--format", "csv", "--db", database])
        #expect(history.stdout.contains(",abandoned,abandoned,"))
        #expect(try sqlite("SELECT state || ' ' || answers FROM sessions") == "abandoned 3")
        #expect(try sqlite("PRAGMA integrity_check") == "ok")
    }

    @Test func twoProcessesWriting200CallsEachIntoOneNewDatabaseGet400() throws {
        let writers = try (0..<2).map { seed in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = ["bench-store", "--db", database, "--sessions", "200", "--turns", "600", "--trainees", "5",
                                 "--one-by-one", "--no-reports", "--seed", "\(seed + 1)"]
            var environment = ProcessInfo.processInfo.environment
            environment["CALLCOACH_CACHE"] = Binary.cache.path
            process.environment = environment
            process.standardError = FileHandle.standardError
            try process.run()
            return process
        }
        writers.forEach { $0.waitUntilExit() }
        #expect(writers.map(\.terminationStatus) == [0, 0])
        #expect(try sqlite("SELECT COUNT(*) FROM sessions") == "400")
        #expect(try sqlite("SELECT COUNT(*) FROM turns") == "1200")
        #expect(try sqlite("SELECT COUNT(*) FROM (SELECT trainee_id, attempt FROM sessions GROUP BY 1, 2 HAVING COUNT(*) > 1)") == "0")
        #expect(try sqlite("PRAGMA integrity_check") == "ok")
    }
}
#endif
