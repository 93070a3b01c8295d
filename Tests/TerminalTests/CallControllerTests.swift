import Engine
import Testing
@testable import Terminal

@Suite struct CallControllerTests {
    @Test func startShowsTheBriefAndTheFirstLine() {
        var call = TerminalFixtures.controller()
        let opening = call.start()
        #expect(opening.types == ["start", "line"])
        #expect(opening.notices.isEmpty)
        #expect(opening.lines.first?.text == "Acme, Laura speaking.")
    }

    @Test func answersGoToTheSession() {
        var call = TerminalFixtures.controller()
        _ = call.start()
        let outputs = call.enter("Put me through to the director please")
        #expect(outputs.verdicts.first?.answer == "Put me through to the director please")
        #expect(outputs.lines.first?.name == "Mr Boss")
        #expect(call.session.state.turns == 1)
    }

    @Test func hintGivesTheBestModelAnswerAndIsNotATurn() {
        var call = TerminalFixtures.controller()
        _ = call.start()
        let hint = Help(kind: .hint, step: "start", answers: ["Put me through to the director, please."])
        #expect(call.enter("/hint") == [.event(.help(hint))])
        #expect(call.enter("  /HINT please ") == [.event(.help(hint))])
        #expect(call.session.state.turns == 0)
        #expect(call.session.state.helpUsed == 2)
    }

    @Test func aNumberAfterOptionsAnswersWithThatOption() throws {
        var call = TerminalFixtures.controller()
        _ = call.start()
        let options = try #require(call.enter("/options").help.first).answers
        #expect(Set(options) == ["Sure, I'll email it.", "Put me through to the director, please."])
        let outputs = call.enter("2")
        #expect(outputs.first == .notice(.chosen(options[1])))
        #expect(outputs.verdicts.first?.answer == options[1])
        #expect(call.session.state.turns == 1)
    }

    @Test func numbersMeanOptionsOnlyWhileTheyAreOnScreen() {
        var call = TerminalFixtures.controller()
        _ = call.start()
        #expect(call.enter("1").verdicts.first?.answer == "1")
        _ = call.enter("/options")
        #expect(call.enter("7") == [.notice(.noSuchOption(7, count: 2))])
        #expect(call.session.state.turns == 1)
    }

    @Test func optionsAreForgottenAfterAnAnswer() {
        var call = TerminalFixtures.controller()
        _ = call.start()
        _ = call.enter("/options")
        _ = call.enter("put me through to the director")
        #expect(call.enter("1").verdicts.first?.answer == "1")
    }

    @Test func unknownCommandsGetAHintAndAreNotTurns() {
        var call = TerminalFixtures.controller()
        _ = call.start()
        #expect(call.enter("/hnit") == [.notice(.unknownCommand("/hnit", suggestion: .hint))])
        #expect(call.enter("/xyz") == [.notice(.unknownCommand("/xyz", suggestion: nil))])
        #expect(call.session.state.turns == 0)
    }

    @Test func repeatAndScoreReportWithoutMovingTheCall() {
        var call = TerminalFixtures.controller()
        _ = call.start()
        _ = call.enter("put me through to the director")
        #expect(call.enter("/repeat").first == .notice(.repeated(call.session.lastLine!)))
        #expect(call.enter("/score") == [.notice(.score(20, answers: 1, milestones: ["Got past the front desk"]))])
        #expect(call.session.state.turns == 1)
    }

    @Test func restartBeginsTheSameCallAfresh() {
        var call = TerminalFixtures.controller()
        let first = call.start()
        _ = call.enter("put me through to the director")
        let again = call.enter("/restart")
        #expect(again.first == .notice(.restarted))
        #expect(Array(again.dropFirst()) == first)
        #expect(call.session.state.turns == 0)
        #expect(!call.isOver)
    }

    @Test func quitAbandonsWithAScorecard() {
        var call = TerminalFixtures.controller()
        _ = call.start()
        let outputs = call.enter("/quit")
        #expect(outputs.scorecard?.outcome == .abandoned)
        #expect(call.isOver)
        #expect(call.enter("put me through").isEmpty)
    }

    @Test func leavingAbandonsWithAScorecard() {
        var call = TerminalFixtures.controller()
        _ = call.start()
        #expect(call.leave().types == ["ending", "scorecard"])
        #expect(call.isOver)
    }

    @Test(arguments: [SlashCommand.score, .restart])
    func examRefusesTheScoreAndARestartWithoutATurn(command: SlashCommand) {
        var call = TerminalFixtures.controller(mode: .exam)
        _ = call.start()
        #expect(call.enter(command.word) == [.notice(.refused(command))])
        #expect(call.session.state.turns == 0)
    }

    @Test(arguments: [SlashCommand.hint, .options])
    func theEngineRefusesHelpInAnExam(command: SlashCommand) {
        var call = TerminalFixtures.controller(mode: .exam)
        _ = call.start()
        #expect(call.enter(command.word) == [.event(.notice(CallNotice(kind: .helpRefused)))])
        #expect(call.session.state.helpUsed == 0)
    }

    @Test func examTakesNumbersAsAnswers() {
        var call = TerminalFixtures.controller(mode: .exam)
        _ = call.start()
        let outputs = call.enter("1")
        #expect(outputs.verdicts.isEmpty)
        #expect(call.session.state.records.first?.answer == "1")
    }

    @Test func guidedShowsOptionsAtEveryStepUntilTheEnd() {
        var call = TerminalFixtures.controller(mode: .guided)
        let opening = call.start()
        guard let options = opening.help.first?.answers else {
            Issue.record("expected options, got \(opening)")
            return
        }
        let number = options.firstIndex(of: "Put me through to the director, please.")! + 1
        let next = call.enter("\(number)")
        #expect(next.lines.first?.name == "Mr Boss")
        guard let bossOptions = next.help.last?.answers else {
            Issue.record("expected options, got \(next)")
            return
        }
        #expect(Set(bossOptions) == ["Let's meet on Tuesday at 10.", "Could we meet?"])
        let end = call.enter("let's meet on tuesday at 10")
        #expect(end.scorecard?.outcome == .win)
        #expect(end.help.isEmpty)
    }
}
