@testable import Engine
@testable import Judge
import ScenarioKit
import Testing
@testable import Terminal

@Suite struct NoticeRenderingTests {
    private let english = TranscriptRenderer(ui: .en, mode: .practice)
    private let russian = TranscriptRenderer(ui: .ru, mode: .practice)

    @Test func optionsAreNumberedFromOne() {
        #expect(english.render(.help(Help(kind: .options, step: "s", answers: ["Put me through.", "Let's meet."]))) == [
            "  Options (type a number, or answer in your own words):",
            "  1. Put me through.",
            "  2. Let's meet.",
        ])
    }

    @Test func aHintAndNoHintReadApart() {
        #expect(english.render(.help(Help(kind: .hint, step: "s", answers: ["Put me through."]))) == ["  Hint: Put me through."])
        #expect(russian.render(.help(Help(kind: .hint, step: "s", answers: []))) == ["  Для этого шага подсказки нет."])
    }

    @Test func anAnswerInTheOtherLanguageIsNamed() {
        #expect(english.render(.notice(CallNotice(kind: .otherLanguage, language: .ru))) == ["  This call is in Russian: please answer in Russian."])
        #expect(russian.render(.notice(CallNotice(kind: .otherLanguage, language: .en))) == ["  Этот звонок идёт на английском: ответьте, пожалуйста, по-английски."])
    }

    @Test func echoedLinesReadAsTheTraineesSide() {
        #expect(russian.render(.echo("/hint")) == ["Вы: /hint"])
        #expect(english.render(.chosen("Let's meet.")) == ["  → Let's meet."])
    }

    @Test func helpListsEveryCommandAndMarksWhatAnExamRefuses() {
        let practice = english.render(.help(.practice))
        #expect(SlashCommand.allCases.allSatisfy { command in practice.contains { $0.hasPrefix("  \(command.word) ") } })
        #expect(!practice.joined().contains("not in an exam"))
        let exam = russian.render(.help(.exam))
        #expect(exam.filter { $0.contains("на экзамене недоступно") }.count == 4)
    }

    @Test func russianAgreesNumbersAndNouns() {
        #expect(russian.render(.score(35, answers: 2, milestones: [])) == ["  Пока 35 из 100 за 2 ответа."])
        #expect(russian.render(.score(0, answers: 5, milestones: ["Прошли секретаря"])) == ["  Пока 0 из 100 за 5 ответов; этапы: Прошли секретаря."])
        #expect(english.render(.score(20, answers: 1, milestones: [])) == ["  Score so far: 20/100 after 1 answer."])
        #expect(UIText(.ru).points(21) == "+21 балл")
        #expect(UIText(.ru).points(-3) == "-3 балла")
        #expect(UIText(.ru).points(11) == "+11 баллов")
        #expect(UIText(.en).points(1) == "+1 point")
    }

    @Test func unknownCommandsAndRefusalsAreOneLine() {
        #expect(english.render(.unknownCommand("/hnt", suggestion: .hint)) == ["  There is no command /hnt. Did you mean /hint? /help lists them."])
        #expect(russian.render(.unknownCommand("/x", suggestion: nil)) == ["  Нет команды /x. Список команд — /help."])
        #expect(SlashCommand.allCases.filter(\.helpsToAnswer).allSatisfy { russian.render(.refused($0)).count == 1 })
    }

    @Test func onlyTheMostUsefulAdviceFollowsAnAnswer() {
        let verdict = Verdict(
            turn: 1, step: "start", answer: "I'll email it", acts: [], unclear: false,
            rules: [
                RuleHit(rule: "asked", title: "Asked", points: 10, severity: .good, coach: nil, because: []),
                RuleHit(rule: "trap", title: "Trap", points: -30, severity: .critical, coach: nil, because: []),
            ],
            reply: "emailed", points: -20, total: 0)
        let outputs: [CallOutput] = [
            .event(.verdict(verdict)),
            .event(.coaching(Coaching(text: "Nice opening.", source: .reply, rule: nil))),
            .event(.coaching(Coaching(text: "Good, you asked.", source: .rule, rule: "asked"))),
            .event(.coaching(Coaching(text: "Book the meeting instead.", source: .rule, rule: "trap"))),
            .event(.coaching(Coaching(text: "A proposal is not a meeting.", source: .ending, rule: nil))),
        ]
        let coaching = english.render(outputs).filter { $0.contains("Coach:") }
        #expect(coaching == ["  Coach: Book the meeting instead.", "  Coach: A proposal is not a meeting."])
    }

    @Test func theScorecardShowsOutcomeMilestonesViolationsAndTwoNotes() {
        let card = Scorecard(
            scenario: "x", seed: 1, mode: .practice, outcome: .loss, ending: "emailed", score: 0, passMark: 60, points: -30, answers: 2,
            milestones: [.init(id: "passed-gatekeeper", title: "Прошли секретаря")], state: [:],
            violations: [.init(rule: "trap", title: "Proposal instead of a meeting", severity: .critical, count: 2)],
            goodMoves: [], helpUsed: 0, coaching: ["First.", "Second.", "Third."], provenance: Provenance(scenario: "a", rulebook: "b"))
        #expect(russian.render(.scorecard(card)) == [
            "",
            "Итоги звонка",
            "  Оценка: 0/100    Результат: проигран    Ответов: 2",
            "  Этапы: Прошли секретаря",
            "  Нарушения: Proposal instead of a meeting ×2",
            "  Заметка тренера: First.",
            "  Заметка тренера: Second.",
            "  Проходной балл 60. Сыграть этот звонок заново: --seed 1",
        ])
    }

    @Test func thePromptHidesColourCodesFromReadline() {
        let coloured = TranscriptRenderer(ui: .en, style: Style(colours: true), mode: .practice)
        #expect(coloured.prompt == "\u{1}\u{1B}[1;36m\u{2}You\u{1}\u{1B}[0m\u{2}: ")
        #expect(english.prompt == "You: ")
    }
}
