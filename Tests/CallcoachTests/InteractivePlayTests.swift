#if os(Linux)
import Foundation
import Glibc
import Testing

/// `callcoach play` at a terminal, as a trainee meets it: the built binary runs on a
/// pseudo-terminal of its own, keys are typed into it, and the tests read the screen, the
/// exit status, the terminal's settings afterwards and the trainee's history file.
@Suite struct InteractivePlayTests {
    @Test func aRussianAnswerIsEditedByCharacterWithCursorKeysAndBackspace() throws {
        let run = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "ru", "--ui", "en"])
        try run.expect("Ольга: ")
        try run.expect("You: ")
        run.type("Добрый день, соедените с директором")
        try run.expect("директором")
        let left = String(repeating: "\u{1B}[D", count: 17)
        run.type(left + "\u{7F}" + "и" + "\u{1B}[F" + ", пожалуйста." + "\r")
        let reply = try run.expect("You: ")
        #expect(reply.contains("heard:"))
        #expect(reply.contains("ask-decision-maker"))
        #expect(reply.contains("Ольга: "))
        #expect(run.history() == ["Добрый день, соедините с директором, пожалуйста."])
        run.type("\u{04}")
        try run.expect("Outcome: abandoned")
        #expect(try run.exitStatus() == 0)
        #expect(run.terminalIsRestored)
    }

    @Test func tabCompletesTheHintAndANumberAnswersWithThatOption() throws {
        let run = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "en", "--ui", "en"], columns: 160)
        try run.expect("You: ")
        run.type("/hi\t")
        try run.expect("/hint ")
        run.type("\r")
        let hint = try run.expect("You: ")
        #expect(hint.contains("Hint: "))
        run.type("/options\r")
        let shown = try run.expect("You: ")
        let options = shown.split(separator: "\n").compactMap { line -> (Int, String)? in
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ".", maxSplits: 1)
            guard parts.count == 2, let number = Int(parts[0]) else { return nil }
            return (number, parts[1].trimmingCharacters(in: .whitespaces))
        }
        #expect(options.map(\.0) == Array(1...options.count))
        let second = try #require(options.count >= 2 ? options[1].1 : nil)
        run.type("2\r")
        let answered = try run.expect("You: ")
        #expect(answered.contains("→ \(second)"))
        #expect(answered.contains("heard:"))
        #expect(answered.contains("Laura: "))
    }

    @Test func ctrlCClearsTheLineAndOnAnEmptyLineLeavesTheCall() throws {
        let run = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "ru", "--ui", "en"])
        try run.expect("You: ")
        run.type("Хорошо, вышлю КП")
        try run.expect("вышлю КП")
        run.type("\u{03}")
        try run.expect("^C")
        try run.expect("You: ")
        run.type("Добрый день, соедините с директором, пожалуйста.\r")
        let reply = try run.expect("You: ")
        #expect(reply.contains("ask-decision-maker"))
        #expect(!reply.contains("proposal-instead-of-meeting"))
        run.type("\u{03}")
        try run.expect("Outcome: abandoned    Answers: 1")
        #expect(try run.exitStatus() == 0)
        #expect(run.terminalIsRestored)
        #expect(run.history() == ["Добрый день, соедините с директором, пожалуйста."])
    }

    @Test func ctrlDLeavesAnExamThatRefusedHints() throws {
        let run = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "en", "--mode", "exam"])
        try run.expect("You: ")
        run.type("/hint\r")
        let refusal = try run.expect("You: ")
        #expect(refusal.contains("No hints in an exam"))
        run.type("\u{04}")
        try run.expect("Outcome: abandoned    Answers: 0")
        #expect(try run.exitStatus() == 0)
        #expect(run.terminalIsRestored)
        #expect(!run.screen.contains("Fatal error"))
    }

    @Test func guidedShowsOptionsAndQuitLeaves() throws {
        let run = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "en", "--mode", "guided"], columns: 160)
        let opening = try run.expect("You: ")
        #expect(opening.contains("Options (type a number"))
        #expect(opening.contains("  1. "))
        run.type("/quit\r")
        try run.expect("Outcome: abandoned")
        #expect(try run.exitStatus() == 0)
        #expect(run.terminalIsRestored)
    }

    @Test func aClosedTerminalEndsTheCallWithoutACrash() throws {
        let run = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "en"])
        try run.expect("You: ")
        run.type("Hello")
        try run.expect("Hello")
        run.hangUp()
        #expect(try run.exitStatus() == 0)
    }

    @Test func terminationAbandonsTheCallAndRestoresTheTerminal() throws {
        let run = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "en"])
        try run.expect("You: ")
        run.type("Hello")
        try run.expect("Hello")
        run.send(SIGTERM)
        try run.expect("Outcome: abandoned")
        #expect(try run.exitStatus() == 0)
        #expect(run.terminalIsRestored)
    }

    @Test func linesWrapToTheTerminalByCharactersAndAResizeIsHarmless() throws {
        let run = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "ru", "--ui", "en"], columns: 100)
        let opening = try run.expect("You: ").split(separator: "\n").map(\.count)
        #expect(opening.allSatisfy { $0 <= 100 })
        #expect(opening.contains { $0 > 80 })
        run.resize(columns: 40)
        run.type("/help\r")
        try run.expect("/help")
        let help = try run.expect("You: ")
        #expect(help.contains("/restart"))
        #expect(help.contains("Ctrl-C clears the line"))
        #expect(!help.contains("Ctrl-C clears the line, and on an empty line leaves the call"))
        #expect(help.split(separator: "\n").allSatisfy { $0.count <= 40 })
        run.type("Добрый день, соедините с директором, пожалуйста.\r")
        #expect(try run.expect("You: ").contains("ask-decision-maker"))
    }

    @Test func coloursOnlyWhenAllowed() throws {
        let coloured = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "en"], environment: ["NO_COLOR": nil])
        try coloured.expect("You: ")
        #expect(coloured.screen(raw: true).contains("\u{1B}[1;36mLaura\u{1B}[0m"))
        let plain = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "en", "--no-color"], environment: ["NO_COLOR": nil])
        try plain.expect("You: ")
        #expect(!plain.screen(raw: true).contains("\u{1B}[1;36m"))
        #expect(plain.screen(raw: true).contains("Laura: "))
    }

    @Test func answersFromAFileOrRedirectedInputPrintOnePlainTranscriptOnATerminal() throws {
        let answers = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(UUID().uuidString).txt")
        try "Hi, could you put me through to your director please?\n/options\n1\n".write(to: answers, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: answers) }
        let arguments = ["play", "gatekeeper-proposal", "--lang", "en", "--seed", "4"]
        let fromFile = try TerminalRun(arguments + ["--answers", answers.path], environment: ["NO_COLOR": nil], columns: 40)
        let redirected = try TerminalRun(arguments, environment: ["NO_COLOR": nil], columns: 40, standardInput: answers.path)
        for run in [fromFile, redirected] {
            try run.expect("Outcome: ")
            #expect(try run.exitStatus() == 0)
            #expect(!run.screen(raw: true).contains("\u{1B}"))
            #expect(run.screen.contains("You: Hi, could you put me through to your director please?"))
            #expect(run.screen.contains("You: /options"))
        }
        #expect(fromFile.screen(raw: true) == redirected.screen(raw: true))
    }

    @Test func historyBringsBackTheLastCallsAnswers() throws {
        let home = try TerminalRun.makeHome()
        let first = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "ru", "--ui", "en"], home: home)
        try first.expect("You: ")
        first.type("Здравствуйте, соедините с директором, пожалуйста.\r")
        try first.expect("You: ")
        first.type("\u{04}")
        #expect(try first.exitStatus() == 0)

        let second = try TerminalRun(["play", "gatekeeper-proposal", "--lang", "ru", "--ui", "en"], home: home)
        try second.expect("You: ")
        second.type("\u{1B}[A")
        try second.expect("соедините с директором, пожалуйста.")
        second.type("\r")
        #expect(try second.expect("You: ").contains("ask-decision-maker"))
    }
}
#endif
