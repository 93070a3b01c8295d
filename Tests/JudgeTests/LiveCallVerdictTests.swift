import Foundation
import Testing
@testable import Judge
@testable import ScenarioKit

/// Answers trainees gave in the shipped gatekeeper call that the judge once got wrong (issue
/// 15), judged by the shipped cold-call rulebook after the line the other side said there.
/// None of them is written into an example file: each kind is fixed in the mechanism.
@Suite struct LiveCallVerdictTests {
    static let rulebook: Rulebook = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scenarios/rulebooks/cold-call.yaml").path
        guard case .success(let file) = SourceFile.read(path), let rulebook = RulebookLoader.load(file).0 else {
            preconditionFailure("the shipped rulebook does not load: \(path)")
        }
        return rulebook
    }()

    static let judges = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, Judge(rulebook: rulebook, language: $0)) })

    static func judge(_ text: String, after line: String) -> Judgement {
        let language: Language = text.unicodeScalars.contains { ("\u{0400}"..."\u{04FF}").contains($0) } ? .ru : .en
        return judges[language]!.judge(text, after: line)
    }

    static func rules(_ judgement: Judgement, counterpart: CounterpartRole = .decisionMaker) -> Set<String> {
        Set(judges[judgement.language]!.rules(for: judgement, in: Situation(counterpart: counterpart)).map(\.rule))
    }

    // The other side's lines in the shipped scenario.
    static let reception = "What is this regarding? Just email us your proposal and I'll pass it on."
    static let receptionInsists = "Like I said, everything goes by email first. He decides if it's interesting."
    static let directorWantsEmail = "Look, just send me a proposal by email. If it's interesting I'll call you."
    static let directorEmailMe = "Email me something and I'll look at it when I have time."
    static let directorBooked = "Alright, you've got me. I'm writing it down. You know where we are?"
    static let secretary = "Андрей Викторович занят. Отправьте коммерческое предложение на info@vector-log.ru, он посмотрит."
    static let directorSendIt = "Давайте так: скиньте предложение, посмотрю на досуге."
    static let directorBookedRu = "Ладно, убедили. Записываю. Адрес знаете?"

    static let everyLine = [
        "Acme Freight, Laura speaking.", reception, receptionInsists, "Miller. Make it quick, I've got five minutes.",
        directorWantsEmail, directorEmailMe, "Fine. What's the next step?", "Alright. When?", directorBooked,
        "Компания «Вектор Логистик», здравствуйте.", secretary, "Я же говорю: всё на почту. Директор сам решит, интересно или нет.",
        "Смирнов, слушаю. Только коротко, у меня пять минут.", directorSendIt, "Хорошо, и какой следующий шаг?", "Ну ладно. Когда?",
        directorBookedRu,
    ]

    /// Sending named in another clause, as the subject or under "avoid", promises nothing.
    @Test(arguments: [
        ("But what I'd send depends on his routes — could you put me through?", reception),
        ("to avoid sending a useless proposal, could you put me through", receptionInsists),
        ("то, что я пришлю, зависит от планировки — соедините?", secretary),
    ])
    func sendingTalkedAboutIsNoAgreement(answer: String, line: String) {
        let judgement = Self.judge(answer, after: line)
        #expect(!judgement.actIDs.contains("agree-send-proposal"), "\(judgement.acts.map(\.why))")
        #expect(!Self.rules(judgement).contains("proposal-instead-of-meeting"))
    }

    @Test func askingToBePutThroughIsStillHeard() {
        #expect(Self.judge("But what I'd send depends on his routes — could you put me through?", after: Self.reception).actIDs.contains("ask-decision-maker"))
        #expect(Self.judge("to avoid sending a useless proposal, could you put me through", after: Self.receptionInsists).actIDs.contains("ask-decision-maker"))
    }

    /// A question about the proposal asks; it agrees to nothing.
    @Test(arguments: [
        ("What exactly would you want to see in it?", directorEmailMe),
        ("Will he really read it?", "He's quite busy. Could you send something to info@acmefreight.com? He'll have a look."),
        ("А с кем я могу обсудить планировку, чтобы КП было точным?", secretary),
    ])
    func aQuestionAboutTheProposalIsNoAgreement(answer: String, line: String) {
        let judgement = Self.judge(answer, after: line)
        #expect(!judgement.actIDs.contains("agree-send-proposal"), "\(judgement.acts.map(\.why))")
    }

    /// Booking words propose the meeting; nothing is confirmed while the other side still asks
    /// for a proposal.
    @Test(arguments: [
        ("let's lock in a meeting: Thursday at 11?", directorWantsEmail),
        ("I'll send it ahead of our meeting. Does Thursday 10am work?", directorEmailMe),
        ("давайте сразу зафиксируем встречу: четверг в 11?", directorSendIt),
        ("Deal: Tuesday 10am at your office", directorWantsEmail),
    ])
    func bookingWordsProposeTheMeeting(answer: String, line: String) {
        let judgement = Self.judge(answer, after: line)
        #expect(judgement.actIDs.isSuperset(of: ["propose-meeting", "offer-time-options"]), "\(judgement.acts.map(\.why))")
        #expect(!judgement.actIDs.contains("confirm-details"))
        #expect(!Self.rules(judgement).contains("proposal-instead-of-meeting"))
    }

    /// An answer with no content is asked again, whatever step of the call it comes at.
    @Test(arguments: ["6", "20", "sorry?", "hello?", "what?", "ну", "вы меня слышите?", "алло?", "что?", "не понял"])
    func aNonAnswerIsUnclearAtEveryStep(answer: String) {
        for line in Self.everyLine {
            let judgement = Self.judges[.en]!.judge(answer, after: line)
            let russian = Self.judges[.ru]!.judge(answer, after: line)
            #expect(judgement.unclear && russian.unclear, "after '\(line)': \(judgement.acts.map(\.why)) \(russian.acts.map(\.why))")
        }
    }

    /// A bare yes, with or without a filler word, means what the other side asked for.
    @Test func aBareYesAgreesToTheLine() {
        #expect(Self.judge("yeah", after: Self.directorEmailMe).actIDs == ["agree-send-proposal"])
        #expect(Self.judge("ну да", after: "Пришлите КП на почту, посмотрим.").actIDs == ["agree-send-proposal"])
    }

    /// "Alternative choice" needs two slots to choose from.
    @Test func anAlternativeChoiceNeedsTwoSlots() {
        #expect(!Self.rules(Self.judge("let's lock in a meeting: Thursday at 11?", after: Self.directorWantsEmail)).contains("alternative-choice"))
        #expect(!Self.rules(Self.judge("давайте сразу зафиксируем встречу: четверг в 11?", after: Self.directorSendIt)).contains("alternative-choice"))
        #expect(Self.rules(Self.judge("Could we meet on Tuesday at 10 or Wednesday at 3?", after: Self.directorWantsEmail)).contains("alternative-choice"))
        #expect(Self.rules(Self.judge("Давайте встретимся во вторник в 10 или в среду в 15?", after: Self.directorSendIt)).contains("alternative-choice"))
    }

    /// Details confirmed are details: a day, a time, a place, the people or a contact.
    @Test func detailsConfirmedNeedDetails() {
        #expect(!Self.rules(Self.judge("Спасибо, до встречи!", after: Self.directorBookedRu)).contains("details-confirmed"))
        #expect(!Self.rules(Self.judge("I'll email him a meeting invite", after: Self.directorBooked)).contains("details-confirmed"))
        #expect(Self.rules(Self.judge("So that's Tuesday at 10am at your depot. See you then!", after: Self.directorBooked)).contains("details-confirmed"))
    }
}
