#if os(Linux)
import Foundation
import Glibc
import Testing

/// Attempts live in the progress database `play` uses: a sitting is an attempt from its first
/// line (killing the program does not save one), its calls are sessions linked to it, and the
/// cool-down is read back from there.
@Suite struct ExamAttemptsCommandTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("exam-attempts-\(UUID().uuidString)")
    var database: String { home.path + "/progress.sqlite" }

    func examFile() throws -> String {
        try OneCallExam.write(in: home, ["attempts: 3", "cool-down: 24h"])
    }

    private func sqlite(_ query: String) throws -> String {
        try SQLiteShell.query(database, query)
    }

    @Test func aSittingKilledAfterItsFirstAnswerStillCostsAnAttempt() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let exam = try examFile()
        let run = try TerminalRun(["exam", exam, "--db", database, "--out", home.path + "/killed.json"], columns: 160)
        try run.expect("You: ")
        run.type("Hi Laura, this is Alex from Brightline. Could you put me through to David Miller, please?\r")
        try run.expect("You: ")
        run.send(SIGKILL)
        #expect(throws: TerminalRun.Failure.self) { try run.exitStatus() }
        #expect(try sqlite("SELECT state FROM exam_results") == "running")
        #expect(try sqlite("SELECT COUNT(*) FROM turns JOIN sessions ON sessions.id = turns.session_id WHERE exam_result_id IS NOT NULL") == "1")

        let again = try Binary.run(["exam", exam, "--db", database, "--out", home.path + "/again.json"],
                                   environment: ["USER": "trainee"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("the last attempt failed; the next may start at"), "\(again.stderr)")
        #expect(try sqlite("SELECT state || ' ' || passed FROM exam_results") == "abandoned 0")
        #expect(try sqlite("SELECT state FROM sessions") == "abandoned")
    }

    /// `CALLCOACH_DB` as `play` reads it: the sitting's row holds the signed document and its
    /// signature, and the call is a session in exam mode pointing at it.
    @Test func theSittingAndItsCallsAreInTheDatabasePlayUses() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["CALLCOACH_DB": database, "XDG_CONFIG_HOME": home.path + "/config", "USER": "anna"]
        #expect(try Binary.run(["keys", "init"], environment: environment).status == 0)
        let answers = home.appendingPathComponent("answers.txt").path
        let exam = try examFile()
        try (ExamAttemptsCommandTests.winning.joined(separator: "\n") + "\n").write(toFile: answers, atomically: true, encoding: .utf8)
        let result = home.path + "/result.json"
        let sat = try Binary.run(["exam", exam, "--answers", answers, "--out", result, "--seed", "3"], environment: environment)
        #expect(sat.status == 0, "\(sat.stdout)\(sat.stderr)")
        #expect(try sqlite("SELECT state || ' ' || passed || ' ' || wins FROM exam_results") == "finished 1 1")
        #expect(try sqlite("SELECT result_json FROM exam_results") + "\n" == (try String(contentsOfFile: result, encoding: .utf8)))
        #expect(try sqlite("SELECT signature FROM exam_results") == (try String(contentsOfFile: result + ".sig", encoding: .utf8))
            .trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(try sqlite("SELECT s.mode || ' ' || s.outcome FROM sessions s JOIN exam_results e ON e.id = s.exam_result_id") == "exam win")
        #expect(try sqlite("SELECT COUNT(*) FROM turns") == "5")
        let history = try Binary.run(["history", "--format", "csv"], environment: environment)
        #expect(history.stdout.contains(",gatekeeper-proposal,exam,"), "\(history.stdout)")
    }

    static let winning = [
        "Hi Laura, this is Alex from Brightline. Could you put me through to David Miller, please?",
        "I understand. But the proposal depends on how his fleet runs, so I need two minutes with him. Could you connect me?",
        "Hi David, Alex from Brightline. We cut fuel costs for three hauliers your size. I'd like to set up a short meeting.",
        "I understand. But the numbers depend on your routes. Could we meet on Tuesday at 10 or Wednesday at 3?",
        "Great, so that's Tuesday at 10am at your depot. I'll send an invite. See you then!",
    ]
}
#endif
