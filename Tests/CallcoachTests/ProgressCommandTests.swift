import Foundation
import Testing

/// `play` writing progress and the commands that read it, each test on a database of its own.
@Suite struct ProgressCommandTests {
    private static let winning = [
        "Hi Laura, this is Alex from Brightline. Could you put me through to David Miller, please?",
        "I understand. But the proposal depends on how his fleet runs, so I need two minutes with him. Could you connect me?",
        "Hi David, Alex from Brightline. We cut fuel costs for three hauliers your size. I'd like to set up a short meeting.",
        "I understand. But the numbers depend on your routes. Could we meet on Tuesday at 10 or Wednesday at 3?",
        "Great, so that's Tuesday at 10am at your depot. I'll send an invite. See you then!",
    ]
    private static let trap = ["Hi, could you put me through to your director please?", "Sure, I will email it"]

    private let database = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)/progress.sqlite").path

    @discardableResult
    private func run(_ arguments: [String], stdin: String = "") throws -> Binary.Run {
        try Binary.run(arguments, stdin: Data(stdin.utf8), environment: ["CALLCOACH_DB": database])
    }

    private func play(_ answers: [String], trainee: String, language: String = "en") throws {
        let played = try run(["play", "gatekeeper-proposal", "--lang", language, "--trainee", trainee],
                             stdin: answers.joined(separator: "\n") + "\n")
        #expect(played.status == 0)
        #expect(played.stderr.isEmpty)
    }

    private func sqlite(_ query: String) throws -> String {
        try SQLiteShell.query(database, query)
    }

    /// Rows as Python's `csv` module reads them.
    private func pythonCSV(_ text: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8'), newline='')))))"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([[String]].self, from: data)
    }

    @Test func everyTurnOfAPlayedCallIsKeptAndReported() throws {
        try play(Self.winning, trainee: "anna")
        try play(Self.trap, trainee: "anna")
        #expect(try sqlite("SELECT COUNT(*) FROM turns") == "7")
        #expect(try sqlite("SELECT group_concat(state || ':' || outcome, ' ') FROM sessions ORDER BY id") == "finished:win finished:loss")
        let report = try run(["report", "--trainee", "anna", "--ui", "en"])
        #expect(report.status == 0)
        #expect(report.stdout.hasPrefix("anna: 2 calls, 1 won (50%)"))
        #expect(report.stdout.contains("Funnel: calls 2 → gatekeeper passed 1 (50%) → decision maker reached 1 (50%) → meeting booked 1 (50%)"))
        #expect(report.stdout.contains("Proposal trap: 1 of 2 calls (50%)"))
        #expect(report.stdout.contains("«Sure, I will email it»"))
        let review = try run(["review", "anna/2", "--ui", "en"])
        #expect(review.stdout.contains("rule proposal-instead-of-meeting (critical, -30)"))
        #expect(try sqlite("PRAGMA integrity_check") == "ok")
    }

    @Test func runningOutOfAnswersKeepsTheTurnsAndMarksTheCallAbandoned() throws {
        try play(Array(Self.winning.prefix(2)), trainee: "boris")
        #expect(try sqlite("SELECT state || ' ' || answers FROM sessions") == "abandoned 2")
        #expect(try sqlite("SELECT COUNT(*) FROM turns") == "2")
    }

    @Test func csvSurvivesQuotesCommasLineBreaksAndCyrillicInPython() throws {
        let trainee = "Иванова, \"Аня\"\nвторая строка"
        let hostile = ["Хм, \"это\" как бы… ну", "ээ, \"\"; ,,"]
        try play(hostile, trainee: trainee, language: "ru")
        let team = try pythonCSV(try run(["report", "--format", "csv"]).stdout)
        #expect(team.count == 2)
        #expect(team[1][0] == trainee)
        #expect(team[1][1] == "1")
        let unclear = try pythonCSV(try run(["unclear", "--format", "csv"]).stdout)
        #expect(Set(unclear.dropFirst().map { $0[1] }) == Set(hostile))
        let trainees = try pythonCSV(try run(["history", "--format", "csv"]).stdout)
        #expect(trainees.dropFirst().map { $0[1] } == [trainee])
    }

    @Test func aStoreThatCannotBeWrittenCostsOneLineNotTheCall() throws {
        let played = try Binary.run(["play", "gatekeeper-proposal", "--lang", "en", "--db", "/proc/callcoach/progress.sqlite"],
                                    stdin: Data((Self.trap.joined(separator: "\n") + "\n").utf8))
        #expect(played.status == 0)
        #expect(played.stdout.contains("Outcome: lost"))
        #expect(played.stderr == "callcoach: progress is not being saved: cannot create the folder /proc/callcoach for the progress database\n")
    }

    @Test func forgetNeedsAYesAndThenRemovesEveryCall() throws {
        try play(Self.trap, trainee: "carol")
        let refused = try run(["forget", "carol"])
        #expect(refused.status == 2)
        #expect(refused.stderr == "callcoach: forgetting 'carol' needs a yes: add --yes\n")
        let forgotten = try run(["forget", "carol", "--yes"])
        #expect(forgotten.stdout == "Forgot 'carol': 1 call removed.\n")
        #expect(try sqlite("SELECT COUNT(*) FROM turns") == "0")
        #expect(try run(["forget", "carol", "--yes"]).status == 2)
    }

    @Test func reportInputErrorsAreOneLine() throws {
        let since = try run(["report", "--since", "yesterday"])
        #expect(since.status == 2)
        #expect(since.stderr.split(separator: "\n").count == 1)
        let nobody = try run(["report", "--trainee", "nobody"])
        #expect(nobody.status == 2)
        #expect(nobody.stderr == "callcoach: no calls recorded for trainee 'nobody'\n")
        let review = try run(["review", "nothing"])
        #expect(review.status == 2)
    }
}
